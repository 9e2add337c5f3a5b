import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  EquipmentAccess,
  HistorySession,
  PlanWorkoutInput,
  TrainingDayPlan,
  TrainingProfile,
  WorkoutPlan,
} from '../../lambda/rules';
import {
  classifySession,
  findExercise,
  hasEquipmentFor,
  isRecoveryDay,
  planWorkout,
  recoveringMuscles,
  sessionFocusFor,
} from '../../lambda/rules';
import { goals, levels, units } from './arbitraries';

const now = '2026-11-26T08:00:00.000Z';
const hoursAgo = (hours: number) => new Date(Date.parse(now) - hours * 3_600_000).toISOString();

const profile = (overrides: Partial<TrainingProfile> = {}): TrainingProfile => ({
  goal: 'hypertrophy',
  level: 'beginner',
  unit: 'kg',
  equipment: ['full-gym'],
  statedMaxes: {
    squat: { value: 120, unit: 'kg' },
    'bench-press': { value: 90, unit: 'kg' },
    deadlift: { value: 150, unit: 'kg' },
    'barbell-row': { value: 80, unit: 'kg' },
    'overhead-press': { value: 55, unit: 'kg' },
  },
  ...overrides,
});

function plan(input: Partial<PlanWorkoutInput> & { profile: TrainingProfile }): WorkoutPlan {
  const result = planWorkout({ stats: [], history: [], now, ...input });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function training(result: WorkoutPlan): TrainingDayPlan {
  if (result.kind !== 'training') throw new Error(`expected a training day: ${result.reason}`);
  return result;
}

const muscles = (day: TrainingDayPlan) =>
  new Set(day.exercises.flatMap((exercise) => findExercise(exercise.exerciseId)?.muscles ?? []));

describe('planWorkout', () => {
  it('gives a beginner a full-body day, compound lifts first, each with a prescription', () => {
    const day = training(plan({ profile: profile() }));
    expect(day.day).toBe('full-body');
    expect(day.date).toBe('2026-11-26');
    expect(day.focus).toBe('hypertrophy');
    const patterns = new Set(day.exercises.map((exercise) => findExercise(exercise.exerciseId)?.pattern));
    expect(patterns).toEqual(new Set(['legs', 'push', 'pull']));
    // Session A of the full-body pair: a squat, a horizontal push, a vertical pull and a light hinge
    // (the deadlift is B's), so no lift repeats three times a week.
    expect(day.exercises.map((exercise) => exercise.exerciseId)).toEqual([
      'squat',
      'bench-press',
      'lat-pulldown',
      'hip-thrust',
    ]);
    expect(day.exercises.filter((exercise) => exercise.status === 'ready').map((e) => e.exerciseId)).toEqual([
      'squat',
      'bench-press',
    ]);
    expect(day.summary).toBe(
      'Muscle-building day, full body: squat, bench press, lat pulldown and hip thrust.',
    );
  });

  it('splits intermediates upper/lower and rotates from the last session', () => {
    const first = training(plan({ profile: profile({ level: 'intermediate' }) }));
    expect(first.day).toBe('upper');
    const history: HistorySession[] = [
      { date: hoursAgo(72), focus: 'hypertrophy', exerciseIds: ['bench-press', 'barbell-row'], hard: true },
    ];
    const next = training(plan({ profile: profile({ level: 'intermediate' }), history }));
    expect(next.day).toBe('lower');
    expect(
      [...muscles(next)].every((muscle) =>
        ['quads', 'glutes', 'hamstrings', 'calves', 'core', 'back'].includes(muscle),
      ),
    ).toBe(true);
  });

  it('splits advanced lifters push/pull/legs', () => {
    const history: HistorySession[] = [
      { date: hoursAgo(80), focus: 'strength', exerciseIds: ['bench-press', 'dip'], hard: true },
    ];
    const day = training(plan({ profile: profile({ level: 'advanced', goal: 'strength' }), history }));
    expect(day.day).toBe('pull');
    expect(day.exercises.every((exercise) => findExercise(exercise.exerciseId)?.pattern === 'pull')).toBe(
      true,
    );
  });

  it('puts compound lifts before isolation lifts', () => {
    const day = training(plan({ profile: profile({ level: 'intermediate' }) }));
    const kinds = day.exercises.map((exercise) => findExercise(exercise.exerciseId)?.kind);
    expect(kinds.indexOf('isolation')).toBeGreaterThan(kinds.lastIndexOf('compound'));
  });

  it('keeps strength days to compound lifts', () => {
    const day = training(plan({ profile: profile({ level: 'intermediate', goal: 'strength' }) }));
    expect(day.exercises.every((exercise) => findExercise(exercise.exerciseId)?.kind === 'compound')).toBe(
      true,
    );
    expect(day.exercises).toHaveLength(4);
  });

  it('alternates strength and hypertrophy days for the goal `both`', () => {
    const both = profile({ goal: 'both' });
    expect(training(plan({ profile: both })).focus).toBe('hypertrophy');
    const afterSize: HistorySession[] = [
      { date: hoursAgo(50), focus: 'hypertrophy', exerciseIds: ['squat'], hard: false },
    ];
    expect(training(plan({ profile: both, history: afterSize })).focus).toBe('strength');
    const afterStrength: HistorySession[] = [
      { date: hoursAgo(50), focus: 'strength', exerciseIds: ['squat'], hard: false },
    ];
    expect(training(plan({ profile: both, history: afterStrength })).focus).toBe('hypertrophy');
    const sameDay: HistorySession[] = [
      { date: hoursAgo(1), focus: 'strength', exerciseIds: ['squat'], hard: false },
    ];
    expect(training(plan({ profile: both, history: sameDay })).focus).toBe('strength');
  });

  it('does not load a muscle trained hard in the last 48 hours', () => {
    // An intermediate may train two days running (a beginner rests after every session).
    const history: HistorySession[] = [
      { date: hoursAgo(20), focus: 'hypertrophy', exerciseIds: ['squat', 'deadlift'], hard: true },
    ];
    const day = training(plan({ profile: profile({ level: 'intermediate' }), history }));
    // The deadlift's back work is the lower back: the next day's rows and pull-ups may still train.
    expect(day.restedMuscles).toEqual(expect.arrayContaining(['quads', 'glutes', 'hamstrings']));
    expect(day.restedMuscles).not.toContain('back');
    for (const muscle of muscles(day)) expect(day.restedMuscles).not.toContain(muscle);
  });

  it('loads those muscles again once 48 hours have passed, or when the session was easy', () => {
    const trainsQuads = (day: TrainingDayPlan) => muscles(day).has('quads');
    const old: HistorySession[] = [
      { date: hoursAgo(49), focus: 'hypertrophy', exerciseIds: ['squat'], hard: true },
    ];
    expect(trainsQuads(training(plan({ profile: profile(), history: old })))).toBe(true);
    const easy: HistorySession[] = [
      { date: hoursAgo(10), focus: 'hypertrophy', exerciseIds: ['squat'], hard: false },
    ];
    expect(trainsQuads(training(plan({ profile: profile(), history: easy })))).toBe(true);
  });

  it('gives a rest day with a reason when every split day is still recovering', () => {
    const history: HistorySession[] = [
      {
        date: hoursAgo(24),
        focus: 'hypertrophy',
        exerciseIds: ['squat', 'bench-press', 'barbell-row'],
        hard: true,
      },
    ];
    // An intermediate may train the day after, but upper and lower are both still recovering.
    const result = plan({ profile: profile({ level: 'intermediate' }), history });
    expect(result.kind).toBe('rest');
    if (result.kind === 'rest') {
      expect(result.reason).toContain('rest day');
      expect(result.reason).toContain('whole body');
    }
  });

  it('fits the equipment: bodyweight only gets bodyweight lifts', () => {
    const day = training(plan({ profile: profile({ equipment: ['bodyweight'] }) }));
    expect(day.exercises.every((exercise) => findExercise(exercise.exerciseId)?.bodyweight)).toBe(true);
  });

  it('fits the equipment: dumbbells plus the body', () => {
    const day = training(plan({ profile: profile({ equipment: ['dumbbells'] }) }));
    expect(
      day.exercises.every((exercise) =>
        ['dumbbells', 'bodyweight'].includes(findExercise(exercise.exerciseId)?.equipment ?? ''),
      ),
    ).toBe(true);
  });

  it('marks lifts without a known max as needing one instead of inventing a load', () => {
    const day = training(plan({ profile: profile({ statedMaxes: {} }) }));
    const barbell = day.exercises.filter(
      (exercise) => findExercise(exercise.exerciseId)?.equipment === 'barbell',
    );
    expect(barbell.length).toBeGreaterThan(0);
    for (const exercise of barbell) {
      expect(exercise.status).toBe('needs-max');
      if (exercise.status === 'needs-max') {
        expect(exercise.calibration.targetReps).toBe(8);
        expect(exercise.calibration.instruction).toContain('kilos');
      }
    }
    const pounds = training(plan({ profile: profile({ statedMaxes: {}, unit: 'lb' }) }));
    const first = pounds.exercises[0];
    expect(first?.status === 'needs-max' && first.calibration.instruction).toContain('pounds');
  });

  it('prefers the estimated max and the progression target from stats', () => {
    const day = training(
      plan({
        profile: profile(),
        stats: [
          {
            exerciseId: 'squat',
            estimatedOneRepMax: { value: 200, unit: 'kg' },
            progression: null,
          },
        ],
      }),
    );
    const squat = day.exercises[0];
    expect(squat?.status === 'ready' && squat.prescription.reason.oneRepMax).toEqual({
      value: 200,
      unit: 'kg',
    });
  });

  it.each([
    ['an unreadable time', { now: 'yesterday' }, 'invalid-time'],
    ['an unknown goal', { profile: profile({ goal: 'tone' as never }) }, 'invalid-profile'],
    ['an unknown level', { profile: profile({ level: 'elite' as never }) }, 'invalid-profile'],
    ['an unknown unit', { profile: profile({ unit: 'stone' as never }) }, 'invalid-profile'],
    [
      'unknown equipment',
      { profile: profile({ equipment: ['kettlebells' as EquipmentAccess] }) },
      'invalid-profile',
    ],
    [
      'a broken stated max',
      { profile: profile({ statedMaxes: { squat: { value: -1, unit: 'kg' } } }) },
      'invalid-profile',
    ],
  ])('answers %s with an error result', (_, overrides, code) => {
    const result = planWorkout({ profile: profile(), stats: [], history: [], now, ...overrides });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('ignores history from the future and unreadable dates', () => {
    const history: HistorySession[] = [
      { date: '2026-12-01T00:00:00.000Z', focus: 'strength', exerciseIds: ['squat'], hard: true },
      { date: 'not a date', focus: 'strength', exerciseIds: ['squat'], hard: true },
    ];
    expect(training(plan({ profile: profile(), history })).exercises[0]?.exerciseId).toBe('squat');
  });

  it('plans without stated maxes and skips lifts it does not know in the history', () => {
    const history: HistorySession[] = [
      { date: hoursAgo(5), focus: 'strength', exerciseIds: ['zercher-carry'], hard: true },
    ];
    const bare = { ...profile(), statedMaxes: undefined as unknown as TrainingProfile['statedMaxes'] };
    const day = training(plan({ profile: bare, history }));
    expect(day.restedMuscles).toEqual([]);
    expect(day.exercises[0]).toMatchObject({ exerciseId: 'squat', status: 'needs-max' });
  });

  it('classifies a past session by most of its lifts', () => {
    const session: HistorySession = {
      date: now,
      focus: null,
      exerciseIds: ['squat', 'leg-press', 'bench-press', 'nope'],
      hard: true,
    };
    expect(classifySession(session, ['upper', 'lower'])).toBe('lower');
    expect(classifySession(session, ['push', 'pull', 'legs'])).toBe('legs');
    expect(classifySession(session, ['full-body'])).toBeNull();
    expect(sessionFocusFor('strength', [], now)).toBe('strength');
    expect(sessionFocusFor('both', [{ ...session, focus: 'strength' }], 'garbage')).toBe('hypertrophy');
  });

  it('always returns a plain, serialisable plan that respects recovery and equipment (property)', () => {
    const equipment = fc.subarray<EquipmentAccess>([
      'full-gym',
      'barbell',
      'dumbbells',
      'machines',
      'bodyweight',
    ]);
    const sessions = fc.array(
      fc.record({
        date: fc.integer({ min: 0, max: 200 }).map(hoursAgo),
        focus: fc.constantFrom('hypertrophy' as const, 'strength' as const, null),
        exerciseIds: fc.subarray([
          'squat',
          'bench-press',
          'pull-up',
          'leg-curl',
          'biceps-curl',
          'lunge',
          'cable-row',
        ]),
        hard: fc.boolean(),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(goals, levels, units, equipment, sessions, (goal, level, unit, owned, history) => {
        const result = planWorkout({
          profile: profile({ goal, level, unit, equipment: owned }),
          stats: [],
          history,
          now,
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const value = result.value;
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
        if (value.kind === 'rest') {
          // A rest day is earned by recovering muscles or by the level's days a week (recoveryDaysFor).
          const recovery = isRecoveryDay(level, sessionFocusFor(goal, history, now), history, now);
          expect(recovery || value.restedMuscles.length > 0).toBe(true);
          return;
        }
        const allowed = new Set<string>([...owned, 'bodyweight']);
        for (const exercise of value.exercises) {
          const entry = findExercise(exercise.exerciseId);
          expect(allowed.has('full-gym') || allowed.has(entry?.equipment ?? '')).toBe(true);
          if (entry) expect(hasEquipmentFor(entry, owned)).toBe(true);
          // A hinge's back is the lower back, which rows and pull-ups leave fresh (recoveringMuscles).
          for (const muscle of entry ? recoveringMuscles(entry) : []) {
            expect(value.restedMuscles).not.toContain(muscle);
          }
          if (exercise.status === 'ready') expect(exercise.prescription.unit).toBe(unit);
        }
        if (level === 'beginner') expect(value.day).toBe('full-body');
        else expect(value.day).not.toBe('full-body');
      }),
      { numRuns: 300 },
    );
  });
});
