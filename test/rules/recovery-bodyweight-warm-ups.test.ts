import { describe, expect, it } from 'vitest';
import type { HistorySession, Level, SessionFocus, TrainingDayPlan } from '../../lambda/rules';
import {
  bodyweightStart,
  feederSets,
  findExercise,
  isRecoveryDay,
  planWorkout,
  progress,
  recoveryDaysFor,
  warmUpSets,
} from '../../lambda/rules';

// Source: /work/shared/reference/hypertrophy-vs-strength.txt, line 65: "you should always warm up,
// avoid rapid weight increases, and schedule enough recovery time."

const now = '2026-11-26T08:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();
const session = (days: number, exerciseIds = ['bench-press']): HistorySession => ({
  date: daysAgo(days),
  focus: 'hypertrophy',
  exerciseIds,
  hard: true,
});

describe('recoveryDaysFor: "schedule enough recovery time" (line 65) per level', () => {
  it.each<[Level, SessionFocus, number, number, string]>([
    ['beginner', 'hypertrophy', 3, 1, 'full body every other day'],
    ['beginner', 'strength', 3, 1, 'full body every other day'],
    ['intermediate', 'hypertrophy', 4, 2, 'upper/lower: two on, one off'],
    ['intermediate', 'strength', 4, 2, 'upper/lower: two on, one off'],
    ['advanced', 'hypertrophy', 6, 3, 'push/pull/legs: three on, one off'],
    // Line 34: "Strength programs emphasize heavy compound lifts and longer recovery."
    ['advanced', 'strength', 5, 3, 'heavy work recovers more slowly (line 34)'],
  ])('%s %s trains %i days a week, at most %i in a row (%s)', (level, focus, days, inARow) => {
    expect(recoveryDaysFor(level, focus)).toEqual({
      trainingDaysPerWeek: days,
      restDaysPerWeek: 7 - days,
      mostDaysInARow: inARow,
    });
  });

  it.each<[string, Level, HistorySession[], boolean]>([
    ['a beginner the day after a session', 'beginner', [session(1)], true],
    ['a beginner two days after', 'beginner', [session(2)], false],
    ['an intermediate after one day', 'intermediate', [session(1)], false],
    ['an intermediate after two days running', 'intermediate', [session(1), session(2)], true],
    ['an advanced lifter after two days running', 'advanced', [session(1), session(2)], false],
    ['an advanced lifter after three days running', 'advanced', [session(1), session(2), session(3)], true],
    [
      'an intermediate with four days in the last six',
      'intermediate',
      [session(1), session(3), session(4), session(6)],
      true,
    ],
    ['anyone who already trained today', 'beginner', [session(1), session(0)], false],
    ['a session with no known lifts', 'beginner', [session(1, [])], false],
    ['an easy look (no working sets)', 'beginner', [{ ...session(1), hard: false }], false],
  ])('%s: recovery day %s', (_, level, history, expected) => {
    expect(isRecoveryDay(level, 'hypertrophy', history, now)).toBe(expected);
  });

  it('an unreadable time is never a recovery day', () => {
    expect(isRecoveryDay('beginner', 'hypertrophy', [session(1)], 'soon')).toBe(false);
  });

  it('plans the recovery day as a rest day that says why, in one breath', () => {
    const rest = planWorkout({
      profile: {
        goal: 'hypertrophy',
        level: 'intermediate',
        unit: 'kg',
        equipment: ['full-gym'],
        statedMaxes: {},
      },
      stats: [],
      history: [session(1, ['squat']), session(2, ['bench-press'])],
      now,
    });
    expect(rest).toMatchObject({ ok: true, value: { kind: 'rest' } });
    if (rest.ok && rest.value.kind === 'rest') {
      expect(rest.value.reason).toBe(
        "You've trained two days in a row, so today is a recovery day. Muscles grow while they recover; come back tomorrow.",
      );
    }
    const week = planWorkout({
      profile: {
        goal: 'hypertrophy',
        level: 'beginner',
        unit: 'kg',
        equipment: ['full-gym'],
        statedMaxes: {},
      },
      stats: [],
      history: [session(2, ['squat']), session(4, ['bench-press']), session(6, ['lat-pulldown'])],
      now,
    });
    expect(week.ok && week.value.kind === 'rest' && week.value.reason).toBe(
      "You've trained three days this week, so today is a recovery day. Muscles grow while they recover; come back tomorrow.",
    );
    const yesterday = planWorkout({
      profile: { goal: 'strength', level: 'beginner', unit: 'kg', equipment: ['full-gym'], statedMaxes: {} },
      stats: [],
      history: [session(1, ['lunge'])],
      now,
    });
    expect(yesterday.ok && yesterday.value.kind === 'rest' && yesterday.value.reason).toMatch(
      /^You trained yesterday, so today is a recovery day/,
    );
  });
});

describe('bodyweightStart: the first set of a bodyweight lift sets its targets', () => {
  // The first set stops one short of failure; working sets leave about two (the 1–3 in reserve the
  // coach aims for), so the target is one rep under the first set. The source's rep ranges cap it:
  // hypertrophy 6–12 (line 27), strength 6+ (closed at 10), advanced strength ≤ 6 at 85%+.
  it.each<[string, Level, 'hypertrophy' | 'strength', number, number, number | null]>([
    ['beginner hypertrophy, 3 pull-ups', 'beginner', 'hypertrophy', 3, 2, null],
    ['beginner hypertrophy, 11 push-ups', 'beginner', 'hypertrophy', 11, 10, null],
    ['beginner hypertrophy, 30 push-ups: the range top (12)', 'beginner', 'hypertrophy', 30, 12, null],
    ['intermediate strength, 8 dips', 'intermediate', 'strength', 8, 7, null],
    ['intermediate strength, 25: the closed top (10)', 'intermediate', 'strength', 25, 10, null],
    // Advanced: past the top by two or more, load is added — a step per two reps over, at most four.
    ['advanced strength, 20 push-ups: 4 × 2.5 kg for 4', 'advanced', 'strength', 20, 4, 10],
    ['advanced strength, 9 pull-ups: 1 × 2.5 kg for 4', 'advanced', 'strength', 9, 4, 2.5],
    ['advanced strength, 7 pull-ups: reps only (6)', 'advanced', 'strength', 7, 6, null],
    ['advanced hypertrophy, 16 dips: 1 step for 8', 'advanced', 'hypertrophy', 16, 8, 2.5],
  ])('%s', (_, level, goal, reps, targetReps, addedKg) => {
    const state = bodyweightStart({ exerciseId: 'push-up', goal, level, unit: 'kg', reps, now });
    expect(state.targetReps).toBe(targetReps);
    expect(state.load).toEqual(addedKg === null ? null : { value: addedKg, unit: 'kg' });
    expect(state.failedSessions).toBe(0);
  });

  it('the progress Lambda fold: an untargeted first set measures, the targeted sets are judged', () => {
    const base = {
      exerciseId: 'pull-up',
      goal: 'hypertrophy' as const,
      level: 'beginner' as const,
      unit: 'kg' as const,
      previous: null,
      now,
    };
    const measured = progress({ ...base, sets: [{ reps: 6, load: null }] });
    expect(measured.ok && measured.value.state).toMatchObject({ targetReps: 5, load: null });
    // 6 measured → 5 a set; both sets made at 5 add a rep (double progression), not 3 × 10.
    const made = progress({
      ...base,
      sets: [
        { reps: 6, load: null },
        { reps: 5, load: null, target: { reps: 5, load: null } },
        { reps: 5, load: null, target: { reps: 5, load: null } },
      ],
    });
    expect(made.ok && made.value).toMatchObject({ decision: 'add-reps', state: { targetReps: 6 } });
    const missed = progress({
      ...base,
      sets: [
        { reps: 6, load: null },
        { reps: 3, load: null, target: { reps: 5, load: null } },
      ],
    });
    expect(missed.ok && missed.value).toMatchObject({ decision: 'hold', state: { targetReps: 5 } });
  });
});

describe('warm-ups: "always warm up" (line 65), shaped by the lift\'s place in the session', () => {
  const plan = (equipment: ('full-gym' | 'bodyweight')[], level: Level, history: HistorySession[] = []) => {
    const result = planWorkout({
      profile: {
        goal: 'hypertrophy',
        level,
        unit: 'kg',
        equipment,
        statedMaxes: {
          'bench-press': { value: 100, unit: 'kg' },
          'incline-press': { value: 80, unit: 'kg' },
          'overhead-press': { value: 60, unit: 'kg' },
        },
      },
      stats: ['push-up', 'pull-up', 'dip', 'chin-up'].map((exerciseId) => ({
        exerciseId,
        estimatedOneRepMax: null,
        progression: bodyweightStart({ exerciseId, goal: 'hypertrophy', level, unit: 'kg', reps: 9, now }),
      })),
      history,
      now,
    });
    if (!result.ok || result.value.kind !== 'training') throw new Error('expected a training day');
    return result.value;
  };
  const warmUps = (day: TrainingDayPlan, id: string) => {
    const item = day.exercises.find((exercise) => exercise.exerciseId === id);
    if (item?.status !== 'ready') throw new Error(`${id} is not ready`);
    return item.prescription.warmUpSets;
  };

  it('a bodyweight session warms up: an easy set of about half the reps on the body alone', () => {
    const day = plan(['bodyweight'], 'intermediate');
    expect(day.exercises.map((exercise) => exercise.exerciseId)).toContain('push-up');
    expect(warmUps(day, 'push-up')).toEqual([
      { load: { value: 0, unit: 'kg' }, reps: 4, percentOfWorkingLoad: 0, isEmptyBar: false },
    ]);
  });

  it('incline press after bench press gets one or two feeder sets, not a four-set ramp', () => {
    // An advanced push day after a legs day: bench press, overhead press, incline press.
    const day = plan(['full-gym'], 'advanced', [
      { date: daysAgo(1), focus: 'hypertrophy', exerciseIds: ['squat', 'deadlift'], hard: true },
    ]);
    expect(day.day).toBe('push');
    const ids = day.exercises.map((exercise) => exercise.exerciseId);
    expect(ids.indexOf('incline-press')).toBeGreaterThan(ids.indexOf('bench-press'));
    expect(warmUps(day, 'bench-press').length).toBeGreaterThanOrEqual(4);
    const incline = warmUps(day, 'incline-press');
    expect(incline.length).toBeGreaterThanOrEqual(1);
    expect(incline.length).toBeLessThanOrEqual(2);
    expect(incline.every((set) => !set.isEmptyBar && set.percentOfWorkingLoad < 100)).toBe(true);
  });

  it.each([
    ['bench-press', 100, [60, 80]],
    ['incline-press', 62.5, [37.5, 50]],
    ['biceps-curl', 15, [7.5]],
  ] as const)('feeder sets for %s at %d kg: %j', (id, load, expected) => {
    const exercise = findExercise(id);
    if (!exercise) throw new Error(id);
    expect(feederSets(exercise, { value: load, unit: 'kg' }).map((set) => set.load.value)).toEqual(expected);
  });

  it.each([255, 180, 100, 60])('a %d kg squat ramp keeps every jump within about 20%% of the work', (kg) => {
    const squat = findExercise('squat');
    if (!squat) throw new Error('squat');
    const ramp = warmUpSets(squat, { value: kg, unit: 'kg' });
    const loads = [...ramp.map((set) => set.load.value), kg];
    for (let index = 1; index < loads.length; index += 1) {
      // One 2.5 kg step of slack for rounding (warm-up.ts).
      expect((loads[index] ?? 0) - (loads[index - 1] ?? 0)).toBeLessThanOrEqual(kg * 0.2 + 2.5);
    }
  });
});
