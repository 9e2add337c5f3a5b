import { all, isIntent, pendingIs } from '../guards';
import { ask, pendingOf } from '../reply';
import { exerciseAt } from '../workout/engine';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';
import { logInWorkout } from './log-set';
import { noWorkout } from './next-set';

/** "Yes" to "Did you lift forty-five pounds?": the load is logged as said and the rules adjust from it. */
export const yesToLoad = defineHandler(
  'YesToLoad',
  all(isIntent('AMAZON.YesIntent'), pendingIs('confirm-load')),
  async (input, turn) => {
    const pending = pendingOf(input);
    const { activeWorkout } = await turn.user();
    if (!activeWorkout) return noWorkout(input, turn);
    // The workout moved on since the question (another device, a retry): ask what is open now.
    if (pending?.kind !== 'confirm-load' || exerciseAt(activeWorkout)?.exerciseId !== pending.exerciseId) {
      const question = workoutQuestion(turn.speaker, activeWorkout);
      return ask(input, question.question, question.reprompt, { pending: question.pending });
    }
    return logInWorkout(input, turn, activeWorkout, {
      exerciseId: pending.exerciseId,
      set: {
        reps: pending.reps,
        load: { value: pending.weight, unit: pending.unit },
        failed: pending.failed,
        conversion: '',
        loadConfirmed: true,
      },
    });
  },
);

/** "No": nothing is logged; the reps are kept and the weight is asked again. */
export const noToLoad = defineHandler(
  'NoToLoad',
  all(isIntent('AMAZON.NoIntent'), pendingIs('confirm-load')),
  (input, turn) => {
    const pending = pendingOf(input);
    return ask(
      input,
      turn.speaker.fixed('logging.askWeightAgain'),
      turn.speaker.fixed('logging.askWeightAgainReprompt'),
      {
        pending:
          pending?.kind === 'confirm-load'
            ? { kind: 'ask-reps', reps: pending.reps, failed: pending.failed }
            : { kind: 'ask-reps' },
      },
    );
  },
);
