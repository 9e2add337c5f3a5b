import { findExercise } from '../../rules';
import { isIntent } from '../guards';
import { ask, pendingOf } from '../reply';
import { resolvedSlot } from '../slots';
import { defineHandler } from './define';
import { saveFreeSet } from './free-set';
import { exerciseIds, logInWorkout, unknownExercise } from './log-set';

/**
 * A lift's name on its own, or "it was bench press": the answer to "Which lift was that?". The set
 * heard before it is completed (a free set without a workout, an extra or planned set within one);
 * with no set waiting, the coach asks for the reps with the lift.
 */
export const nameExercise = defineHandler(
  'NameExercise',
  isIntent('NameExerciseIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const pending = pendingOf(input);
    const exercise = resolvedSlot(input, 'exercise', exerciseIds);
    const waiting = pending?.kind === 'name-lift' ? pending : undefined;
    if (exercise.kind === 'no-match') return unknownExercise(input, turn, exercise.heard, waiting);
    if (exercise.kind === 'missing' || !waiting) {
      const name = (exercise.kind === 'match' && findExercise(exercise.id)?.name) || 'bench press';
      return ask(
        input,
        speaker.fixed('corrections.nameNeedsReps', { exercise: name }),
        speaker.fixed('corrections.nameNeedsRepsReprompt', { exercise: name }),
      );
    }
    const { activeWorkout } = await turn.user();
    const load = waiting.weight === null ? null : { value: waiting.weight, unit: waiting.unit };
    if (!activeWorkout) return saveFreeSet(input, turn, { ...waiting, exerciseId: exercise.id });
    return logInWorkout(input, turn, activeWorkout, {
      exerciseId: exercise.id,
      set: { reps: waiting.reps, load, failed: waiting.failed, conversion: '' },
    });
  },
);
