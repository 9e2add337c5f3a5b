import { all, isRequest, isResumeTask, not } from '../guards';
import { ask, sentences } from '../reply';
import { exerciseAt } from '../workout/engine';
import { offerWorkoutQuestion, onboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';

/** "Open lift coach": onboarding for a new lifter, the workout where it stopped, or today's offer. */
export const launch = defineHandler(
  'Launch',
  all(isRequest('LaunchRequest'), not(isResumeTask)),
  async (input, turn) => {
    const { speaker } = turn;
    const user = await turn.user();
    const notice = user.recovered.activeWorkoutDiscarded ? speaker.fixed('workout.discardedNotice') : '';
    if (!user.profile) {
      return ask(input, speaker.fixed('welcome.first'), speaker.fixed('onboarding.askGoalReprompt'), {
        pending: { kind: 'onboarding' },
      });
    }
    const onboarding = onboardingQuestion(speaker, user.profile);
    if (onboarding) {
      return ask(
        input,
        sentences(speaker.say('welcome.back'), notice, onboarding.question),
        onboarding.reprompt,
        {
          pending: onboarding.pending,
        },
      );
    }
    const workout = user.activeWorkout;
    if (workout) {
      const question = workoutQuestion(speaker, workout);
      const exercise = exerciseAt(workout);
      const where =
        exercise && workout.cursor.phase !== 'done'
          ? speaker.fixed('welcome.resume', { exercise: exercise.name, next: '' })
          : '';
      return ask(
        input,
        sentences(speaker.say('welcome.back'), where, question.lead, question.question),
        question.reprompt,
        {
          pending: question.pending,
        },
      );
    }
    const offer = offerWorkoutQuestion(speaker);
    return ask(input, sentences(speaker.say('welcome.back'), notice, offer.question), offer.reprompt, {
      pending: offer.pending,
    });
  },
);
