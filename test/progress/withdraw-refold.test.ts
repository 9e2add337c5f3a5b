import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import { statsWithoutSessionSet } from '../../lambda/progress/session-without';
import { type Effort, type Goal, progressionFor, type SessionFocus } from '../../lambda/rules';
import type { LiftStats, LoggedSet } from '../../lambda/store';

// "Undo that" must leave a lift's stats exactly as if the set had never been logged: folding the
// remaining sets (applySetToStats, one by one) and withdrawing one from the fold of them all give
// the same max and the same next targets. The fold's max keeps the chart's proof of sets over ten
// reps (provenMaxAtLeast: the load over the NSCA chart's share for the reps plus the reserve) and
// the 5% ceiling over the max the session opened with; a withdrawal read Brzycki alone and lost both.

const openedAt = '2026-11-10T08:00:00.000Z';
const kg = (value: number) => ({ value, unit: 'kg' as const });

interface Planned {
  reps: number;
  load: number;
  target: number;
  effort: Effort | null;
  failed?: boolean;
}

function loggedSet(
  index: number,
  planned: Planned,
  context: { goal: Goal; focus: SessionFocus; workout: string; startedAt: string },
): [string, LoggedSet] {
  const loggedAt = new Date(Date.parse(context.startedAt) + (index + 1) * 180_000).toISOString();
  const requestId = `${context.workout}-request-${index}`;
  return [
    `LOG#${loggedAt}#${requestId}`,
    {
      requestId,
      exerciseId: 'biceps-curl',
      kind: 'working',
      reps: planned.reps,
      load: kg(planned.load),
      failed: planned.failed ?? false,
      effort: planned.effort,
      target: { reps: planned.target, load: kg(planned.load) },
      workoutId: context.workout,
      workoutStartedAt: context.startedAt,
      focus: context.focus,
      goal: context.goal,
      level: 'intermediate',
      unit: 'kg',
      exerciseIndex: 0,
      setIndex: index,
      closesWorkout: false,
      loggedAt,
    },
  ];
}

/** A known max from an earlier session (unless today is the lift's first), then today's sets. */
function fold(
  goal: Goal,
  focus: SessionFocus,
  today: readonly [string, LoggedSet][],
  firstSession = false,
): LiftStats | null {
  const earlier = { goal, focus, workout: 'workout-0', startedAt: '2026-11-07T08:00:00.000Z' };
  let stats: LiftStats | null = null;
  for (const planned of [0, 1].map(() => ({ reps: 8, load: 15, target: 8, effort: null }))) {
    if (firstSession) break;
    const [key, set] = loggedSet(stats?.session?.sets.length ?? 0, planned, earlier);
    stats = applySetToStats(stats, key, set).stats;
  }
  for (const [key, set] of today) stats = applySetToStats(stats, key, set).stats;
  return stats;
}

/** What a later plan reads: the max, both focuses' targets, the session's sets and its recent entry. */
function whatPlansRead(stats: LiftStats | null) {
  return {
    max: stats?.estimatedOneRepMax ?? null,
    strength: progressionFor(stats ?? undefined, 'biceps-curl', 'strength'),
    hypertrophy: progressionFor(stats ?? undefined, 'biceps-curl', 'hypertrophy'),
    recent: stats?.recent ?? [],
  };
}

function compare(
  goal: Goal,
  focus: SessionFocus,
  sets: readonly Planned[],
  withdrawn: number,
  firstSession = false,
) {
  const context = { goal, focus, workout: 'workout-1', startedAt: openedAt };
  const today = sets.map((planned, index) => loggedSet(index, planned, context));
  const all = fold(goal, focus, today, firstSession) as LiftStats;
  const [key, set] = today[withdrawn] as [string, LoggedSet];
  const undone = statsWithoutSessionSet(all, key, set);
  const remaining = fold(
    goal,
    focus,
    today.filter((_, index) => index !== withdrawn),
    firstSession,
  );
  return { undone: whatPlansRead(undone), remaining: whatPlansRead(remaining) };
}

describe('withdrawing a set gives what folding the remaining sets gives', () => {
  it.each<[string, Goal, SessionFocus, Planned[], number, boolean?]>([
    [
      // 15 kg × 12 with two to spare is a 14-rep max on the chart (65.7%): at least 22.8 kg, capped 5%
      // over the opening 20 kg max at 21 kg. Undoing a later 12.5 kg × 8 keeps that proof.
      'the chart row 65% (15 reps): a high-rep set proves the max past Brzycki',
      'hypertrophy',
      'hypertrophy',
      [
        { reps: 12, load: 15, target: 12, effort: null },
        { reps: 8, load: 12.5, target: 8, effort: null },
        { reps: 8, load: 12.5, target: 8, effort: null },
      ],
      2,
    ],
    [
      'a made set never lowers the max (the rules README): undo the only trustworthy one',
      'strength',
      'strength',
      [
        { reps: 12, load: 15, target: 12, effort: 'easy' },
        { reps: 7, load: 17.5, target: 7, effort: null },
      ],
      1,
    ],
    [
      'the only set of the session: the max it opened with stays',
      'hypertrophy',
      'hypertrophy',
      [{ reps: 12, load: 15, target: 12, effort: null }],
      0,
    ],
    [
      'the only set of the lift’s first session: no targets are left behind',
      'hypertrophy',
      'hypertrophy',
      [{ reps: 10, load: 15, target: 10, effort: null }],
      0,
      true,
    ],
    [
      'a ground-out set found the limit; undoing it leaves the made sets’ max',
      'strength',
      'strength',
      [
        { reps: 8, load: 17.5, target: 8, effort: null },
        { reps: 8, load: 17.5, target: 8, effort: 'failure' },
      ],
      1,
    ],
  ])('%s', (_, goal, focus, sets, withdrawn, firstSession) => {
    const { undone, remaining } = compare(goal, focus, sets, withdrawn, firstSession);
    expect(undone).toEqual(remaining);
  });

  it('for any session: fold(sets) equals withdraw(fold(sets + one), that one)', () => {
    const planned = fc.record({
      reps: fc.integer({ min: 3, max: 15 }),
      load: fc.constantFrom(10, 12.5, 15, 17.5, 20),
      target: fc.integer({ min: 6, max: 12 }),
      effort: fc.constantFrom<Effort | null>(null, 'easy', 'hard', 'failure'),
      failed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<Goal>('hypertrophy', 'strength', 'both'),
        fc.constantFrom<SessionFocus>('hypertrophy', 'strength'),
        fc.array(planned, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.boolean(),
        (goal, chosen, sets, pick, firstSession) => {
          const focus = goal === 'both' ? chosen : goal;
          const { undone, remaining } = compare(goal, focus, sets, pick % sets.length, firstSession);
          expect(undone).toEqual(remaining);
        },
      ),
      { numRuns: 300 },
    );
  });
});
