import fc from 'fast-check';
import type { Goal, Level, ProgressionState, SessionFocus, Unit, Weight } from '../../lambda/rules';
import { exerciseCatalog } from '../../lambda/rules';

// Shared generators for the rules' property tests.

export const goals = fc.constantFrom<Goal>('hypertrophy', 'strength', 'both');
export const levels = fc.constantFrom<Level>('beginner', 'intermediate', 'advanced');
export const focuses = fc.constantFrom<SessionFocus>('hypertrophy', 'strength');
export const units = fc.constantFrom<Unit>('kg', 'lb');
export const loadedExercises = fc.constantFrom(...exerciseCatalog.filter((exercise) => !exercise.bodyweight));
export const bodyweightExercises = fc.constantFrom(
  ...exerciseCatalog.filter((exercise) => exercise.bodyweight),
);
export const anyExercise = fc.constantFrom(...exerciseCatalog);

export const weights = (min: number, max: number): fc.Arbitrary<Weight> =>
  fc.record({ value: fc.double({ min, max, noNaN: true }), unit: units });

export const progressionStates = (exerciseId: string, focus: SessionFocus): fc.Arbitrary<ProgressionState> =>
  fc.record({
    exerciseId: fc.constant(exerciseId),
    focus: fc.constant(focus),
    load: fc.option(weights(2.5, 400), { nil: null }),
    targetReps: fc.integer({ min: 1, max: 15 }),
    sets: fc.integer({ min: 1, max: 6 }),
    failedSessions: fc.integer({ min: 0, max: 2 }),
    beatTargetSessions: fc.integer({ min: 0, max: 2 }),
    updatedAt: fc.constant('2026-11-20T10:00:00.000Z'),
  });
