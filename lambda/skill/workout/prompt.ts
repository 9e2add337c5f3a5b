import { findExercise } from '../../rules';
import type { ActiveWorkout } from '../../store';
import type { Speaker } from '../i18n';
import type { Pending } from '../reply';
import { calibrationExample, calibrationPrompt, describeCurrentSet } from './describe';
import { exerciseAt, needsCalibration, plannedSetAt } from './engine';

export interface Question {
  /** Context before the question (the set to do), may be empty. */
  lead: string;
  question: string;
  reprompt: string;
  pending: Pending;
}

/**
 * What to ask to keep a workout moving. `brief` skips restating the set (after an answer to a side
 * question the lifter already knows it).
 */
export function workoutQuestion(speaker: Speaker, workout: ActiveWorkout, brief = false): Question {
  if (workout.cursor.phase === 'done') {
    return {
      lead: '',
      question: speaker.say('workout.allDone'),
      reprompt: speaker.fixed('workout.allDoneReprompt'),
      pending: { kind: 'wrap-up' },
    };
  }
  if (workout.cursor.phase === 'resting') {
    return {
      lead: '',
      question: speaker.fixed('workout.askReady'),
      reprompt: speaker.fixed('workout.askReadyReprompt'),
      pending: { kind: 'ask-ready' },
    };
  }
  if (needsCalibration(workout) && findExercise(exerciseAt(workout)?.exerciseId ?? '')?.bodyweight) {
    return {
      lead: brief ? '' : calibrationPrompt(speaker, workout),
      question: speaker.fixed('calibration.askBodyweight'),
      reprompt: speaker.fixed('calibration.askBodyweightReprompt'),
      pending: { kind: 'ask-reps' },
    };
  }
  if (needsCalibration(workout)) {
    return {
      lead: brief ? '' : calibrationPrompt(speaker, workout),
      question: speaker.fixed('calibration.ask'),
      reprompt: speaker.fixed('calibration.askReprompt', {
        exampleSet: calibrationExample(speaker, exerciseAt(workout)?.exerciseId ?? ''),
      }),
      pending: { kind: 'ask-reps' },
    };
  }
  return {
    lead: brief ? '' : describeCurrentSet(speaker, workout),
    // A warm-up cue is said before the set: the question is for when it is done.
    question: brief
      ? speaker.fixed('workout.askRepsShort')
      : plannedSetAt(workout)?.kind === 'warmup'
        ? speaker.fixed('workout.askWarmupReps')
        : speaker.say('workout.askReps'),
    reprompt: speaker.fixed('workout.askRepsReprompt'),
    pending: { kind: 'ask-reps' },
  };
}
