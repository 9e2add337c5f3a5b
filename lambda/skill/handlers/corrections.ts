import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { defaultUnitForLocale, findExercise, type Weight } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { isIntent } from '../guards';
import { ask, sentences } from '../reply';
import { cancelRestTimer } from '../rest';
import { saveChanges } from '../save';
import { repsSlot, resolvedSlot, weightSlot } from '../slots';
import { integerToWords, sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { capitalised } from '../workout/describe';
import { isAbsurdLoad, knownMax, toLifterUnit } from '../workout/load-check';
import { setPhrase } from '../workout/logged-words';
import { workoutQuestion } from '../workout/prompt';
import { type Rewound, rewindLastSet } from '../workout/rewind';
import { answer } from './answer';
import { defineHandler } from './define';
import { logInWorkout } from './log-set';

/** The last set, ready to be taken back; or the spoken answer why there is none. */
async function lastSetToTakeBack(
  input: HandlerInput,
  turn: Turn,
): Promise<{ rewound: Rewound; workout: ActiveWorkout } | { response: Response }> {
  const { speaker } = turn;
  const user = await turn.user();
  const workout = user.activeWorkout;
  if (!workout) return { response: await answer(input, turn, speaker.fixed('corrections.noWorkout')) };
  const rewound = rewindLastSet(turn, workout, user.profile);
  if (!rewound) {
    const key = workout.setsLogged.length > 0 ? 'corrections.onlyLast' : 'corrections.nothingToUndo';
    const question = workoutQuestion(speaker, workout, true);
    return {
      response: ask(input, sentences(speaker.fixed(key), question.question), question.reprompt, {
        pending: question.pending,
      }),
    };
  }
  return { rewound, workout };
}

/**
 * "Undo that", "scratch that": the last set is withdrawn (its item stays; a withdrawal item says it
 * no longer counts), the cursor goes back to it and the coach asks for that set again.
 */
export const undoSet = defineHandler('UndoSet', isIntent('UndoSetIntent'), async (input, turn) => {
  const { speaker } = turn;
  const found = await lastSetToTakeBack(input, turn);
  if ('response' in found) return found.response;
  const { rewound, workout } = found;
  await cancelRestTimer(input, turn, workout.restTimerId);
  const after: ActiveWorkout = { ...rewound.workout, restTimerId: null };
  const saved = await saveChanges(turn, {
    activeWorkout: after,
    withdrawnSet: rewound.withdrawal,
    ...(rewound.profile ? { profile: rewound.profile } : {}),
  });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const question = workoutQuestion(speaker, after);
  return ask(
    input,
    sentences(
      speaker.fixed('corrections.undone', { what: setPhrase(rewound.set.reps, rewound.set.load) }),
      question.lead,
      question.question,
    ),
    question.reprompt,
    { pending: question.pending },
  );
});

/**
 * "That was wrong, I did six": the last set is withdrawn and the corrected one logged in its place,
 * in one write; the workout goes on from there as if the lifter had said it right the first time.
 */
export const correctSet = defineHandler('CorrectSet', isIntent('CorrectSetIntent'), async (input, turn) => {
  const { speaker } = turn;
  const reps = repsSlot(input);
  if (!reps.ok) {
    const heard = reps.problem === 'too-many' && reps.heard !== undefined ? integerToWords(reps.heard) : '';
    const key = reps.problem === 'missing' ? 'logging.repsMissing' : `logging.${problemKey[reps.problem]}`;
    return ask(
      input,
      capitalised(speaker.fixed(key, { reps: heard })),
      speaker.fixed('workout.askRepsReprompt'),
    );
  }
  const found = await lastSetToTakeBack(input, turn);
  if ('response' in found) return found.response;
  const { rewound } = found;
  const user = await turn.user();
  const unit = user.profile?.unit ?? defaultUnitForLocale(turn.locale);
  const weight = weightSlot(input);
  let load: Weight | null = rewound.set.load;
  if (weight.kind === 'value') {
    const saidUnit = resolvedSlot(input, 'unit', ['kg', 'lb'] as const);
    load = toLifterUnit(
      { value: weight.value, unit: saidUnit.kind === 'match' ? saidUnit.id : unit },
      unit,
      rewound.set.exerciseId,
    ).load;
    // A misheard correction changes nothing: the set stays as it was logged.
    if (isAbsurdLoad(load, knownMax(user, rewound.set.exerciseId))) {
      const exercise = findExercise(rewound.set.exerciseId)?.name ?? 'that lift';
      return ask(
        input,
        capitalised(speaker.fixed('logging.weightAbsurd', { load: sayWeight(load), exercise })),
        speaker.fixed('logging.weightAbsurdReprompt'),
      );
    }
  }
  return logInWorkout(input, turn, rewound.workout, {
    exerciseId: rewound.set.exerciseId,
    set: {
      reps: reps.reps,
      load,
      failed: false,
      conversion: speaker.fixed('corrections.corrected', {
        what: setPhrase(rewound.set.reps, rewound.set.load),
      }),
      loadConfirmed: true,
      replaces: rewound.withdrawal,
    },
  });
});

const problemKey = {
  invalid: 'repsInvalid',
  zero: 'repsZero',
  negative: 'repsNegative',
  'too-many': 'repsTooMany',
} as const;
