import { randomUUID } from 'node:crypto';
import type { TrainingDayPlan } from '../../lambda/rules';
import type { ActiveWorkout, NewLoggedSet, Profile } from '../../lambda/store';
import { emptyProfile } from '../../lambda/store';

export const fixedNow = new Date('2026-11-26T07:30:00.000Z');

export function newUserId(): string {
  return `amzn1.ask.account.${randomUUID()}`;
}

export function strengthProfile(now = fixedNow): Profile {
  return {
    ...emptyProfile(now, 'en-GB'),
    goal: 'strength',
    level: 'intermediate',
    unit: 'kg',
    equipment: ['full-gym'],
    statedMaxes: {
      'bench-press': {
        oneRepMax: { value: 100, unit: 'kg' },
        weight: { value: 100, unit: 'kg' },
        reps: 1,
        statedAt: now.toISOString(),
      },
    },
  };
}

export function benchPlan(): TrainingDayPlan {
  return {
    kind: 'training',
    date: '2026-11-26',
    focus: 'strength',
    day: 'upper',
    exercises: [
      {
        status: 'ready',
        exerciseId: 'bench-press',
        name: 'bench press',
        prescription: {
          exerciseId: 'bench-press',
          exerciseName: 'bench press',
          focus: 'strength',
          unit: 'kg',
          warmUpSets: [
            { load: { value: 20, unit: 'kg' }, reps: 10, percentOfWorkingLoad: 0, isEmptyBar: true },
          ],
          workingSets: [1, 2, 3].map((setNumber) => ({
            setNumber,
            targetReps: 6,
            load: { value: 75, unit: 'kg' as const },
            repsInReserve: 2,
            restSeconds: 180,
          })),
          restSeconds: 180,
          percentOfMax: 75,
          reason: {
            code: 'percent-of-max',
            text: 'Seventy-five percent of your max.',
            percentOfMax: 75,
            oneRepMax: { value: 100, unit: 'kg' },
            targetReps: 6,
            repsInReserve: 2,
          },
        },
      },
    ],
    restedMuscles: [],
    summary: 'Bench press, three sets of six.',
  };
}

export function newWorkout(version = 0, now = fixedNow): ActiveWorkout {
  return {
    workoutId: randomUUID(),
    startedAt: now.toISOString(),
    plan: benchPlan(),
    cursor: { exerciseIndex: 0, setIndex: 0, phase: 'working' },
    currentTarget: {
      exerciseId: 'bench-press',
      kind: 'working',
      reps: 6,
      load: { value: 75, unit: 'kg' },
      restSeconds: 180,
    },
    restTimerId: null,
    setsLogged: [],
    notes: {},
    lastTurnAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 1,
    version,
  };
}

export function benchSet(
  workout: ActiveWorkout,
  overrides: Partial<NewLoggedSet> = {},
  now = fixedNow,
): NewLoggedSet {
  return {
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    exerciseId: 'bench-press',
    kind: 'working',
    reps: 6,
    load: { value: 75, unit: 'kg' },
    failed: false,
    effort: null,
    target: { reps: 6, load: { value: 75, unit: 'kg' } },
    workoutId: workout.workoutId,
    workoutStartedAt: workout.startedAt,
    focus: 'strength',
    goal: 'strength',
    level: 'intermediate',
    unit: 'kg',
    exerciseIndex: 0,
    setIndex: workout.cursor.setIndex,
    loggedAt: now.toISOString(),
    ...overrides,
  };
}
