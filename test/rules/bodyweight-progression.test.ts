import { describe, expect, it } from 'vitest';
import { applySetToStats } from '../../lambda/progress/lift-stats';
import {
  exerciseCatalog,
  type Goal,
  guidelines,
  type Level,
  MOST_BODYWEIGHT_REPS,
  prescribe,
  progressionFor,
  type SessionFocus,
} from '../../lambda/rules';
import type { LiftStats, LoggedSet } from '../../lambda/store';

// DESIGN (from the source): "bodyweight lifts are prescribed by reps (and added load when advanced)";
// hypertrophy is "progressive overload by volume (sets × reps)". A lifter who makes every set of a
// bodyweight lift must keep progressing: reps to the top of the goal's range, a set up to the level's
// cap, then added load (advanced) or, below advanced, more reps past the range (no load to add).
// The loop is the one the skill and the progress Lambda run: prescribe → log the sets →
// applySetToStats → prescribe again, starting from a first set of 11 good reps.

const SESSIONS_PER_FOCUS = 12;
const FIRST_SET_REPS = 11;
const bodyweightLifts = exerciseCatalog.filter((exercise) => exercise.bodyweight).map(({ id }) => id);
const goals: Goal[] = ['hypertrophy', 'strength', 'both'];
const levels: Level[] = ['beginner', 'intermediate', 'advanced'];

interface Prescribed {
  focus: SessionFocus;
  sets: number;
  reps: number;
  added: number;
}

function logged(
  exerciseId: string,
  context: { goal: Goal; level: Level; focus: SessionFocus; session: number },
  setIndex: number,
  reps: number,
  target: LoggedSet['target'],
): [string, LoggedSet] {
  const startedAt = new Date(Date.UTC(2026, 10, 2 + context.session * 2, 8)).toISOString();
  const loggedAt = new Date(Date.parse(startedAt) + (setIndex + 1) * 180_000).toISOString();
  const requestId = `request-${context.session}-${setIndex}`;
  return [
    `LOG#${loggedAt}#${requestId}`,
    {
      requestId,
      exerciseId,
      kind: 'working',
      reps,
      load: target?.load ?? null,
      failed: false,
      effort: null,
      target,
      workoutId: `workout-${context.session}`,
      workoutStartedAt: startedAt,
      focus: context.focus,
      goal: context.goal,
      level: context.level,
      unit: 'kg',
      exerciseIndex: 0,
      setIndex,
      closesWorkout: false,
      loggedAt,
    },
  ];
}

/** Every set made as prescribed, session after session; a focus with no targets yet gets a first set. */
function madeSessions(exerciseId: string, goal: Goal, level: Level): Prescribed[] {
  let stats: LiftStats | null = null;
  const prescribed: Prescribed[] = [];
  const focuses: SessionFocus[] = goal === 'both' ? ['strength', 'hypertrophy'] : [goal];
  for (let session = 0; session < SESSIONS_PER_FOCUS * focuses.length + focuses.length; session += 1) {
    const focus = focuses[session % focuses.length] as SessionFocus;
    const context = { goal, level, focus, session };
    const result = prescribe({
      exerciseId,
      goal,
      level,
      focus,
      unit: 'kg',
      oneRepMax: stats?.estimatedOneRepMax ?? null,
      progression: progressionFor(stats ?? undefined, exerciseId, focus),
    });
    if (!result.ok) {
      expect(result.error.code).toBe('no-reps-known');
      const [key, set] = logged(exerciseId, context, 0, FIRST_SET_REPS, null);
      stats = applySetToStats(stats, key, set).stats;
      continue;
    }
    const working = result.value.workingSets;
    const first = working[0];
    if (!first) throw new Error('no working sets');
    prescribed.push({ focus, sets: working.length, reps: first.targetReps, added: first.load?.value ?? 0 });
    for (const [setIndex, set] of working.entries()) {
      const target = { reps: set.targetReps, load: set.load };
      const [key, loggedSet] = logged(exerciseId, context, setIndex, set.targetReps, target);
      stats = applySetToStats(stats, key, loggedSet).stats;
    }
  }
  return prescribed;
}

const volume = (session: Prescribed) => session.sets * session.reps;

describe('bodyweight lifts keep progressing while every set is made', () => {
  const grid = bodyweightLifts.flatMap((id) =>
    goals.flatMap((goal) => levels.map((level) => [id, goal, level] as const)),
  );
  it.each(grid)('%s, %s, %s: every session more reps, sets or load than the last', (id, goal, level) => {
    const sessions = madeSessions(id, goal, level);
    for (const focus of ['strength', 'hypertrophy'] as const) {
      const own = sessions.filter((session) => session.focus === focus);
      const rules = guidelines(goal, level, focus).programming;
      for (let index = 1; index < own.length; index += 1) {
        const before = own[index - 1] as Prescribed;
        const after = own[index] as Prescribed;
        const label = `${focus} session ${index + 1}: ${own.map((s) => `${s.sets}×${s.reps}+${s.added}`).join(' ')}`;
        // The only hold allowed: a lifter below advanced at the set cap and the most reps a
        // bodyweight set is asked for (past it, the work is endurance, not size or strength).
        const ceiling = before.sets === rules.sets.max && before.reps === MOST_BODYWEIGHT_REPS;
        if (ceiling) continue;
        const progressed = after.added > before.added || volume(after) > volume(before);
        expect(progressed, label).toBe(true);
        // A load step restarts the reps lower; otherwise nothing goes down.
        if (after.added === before.added) expect(after.reps, label).toBeGreaterThanOrEqual(before.reps);
        // Only advanced lifters add load (the source's "added load when advanced").
        if (level !== 'advanced') expect(after.added, label).toBe(0);
      }
    }
  });
});

describe('the sessions the weeks showed sitting flat', () => {
  it.each<[string, Goal, Level, string]>([
    // Beginner strength, 11 good pull-ups: targets start at the range's top (10) and the set cap (3).
    ['pull-up', 'strength', 'beginner', '3×10+0 3×11+0 3×12+0 3×13+0'],
    ['dip', 'hypertrophy', 'beginner', '2×10+0 2×11+0 2×12+0 3×12+0 3×13+0'],
    ['push-up', 'strength', 'intermediate', '3×10+0 4×10+0 4×11+0 4×12+0'],
    // Advanced: the first set earned 5 kg for 4 (strength) or reps (size); the added load climbs.
    ['pull-up', 'strength', 'advanced', '3×4+5 3×5+5 3×6+5 4×6+5 5×6+5 5×4+7.5 5×5+7.5'],
    [
      'dip',
      'hypertrophy',
      'advanced',
      '3×10+0 3×11+0 3×12+0 4×12+0 5×12+0 5×8+2.5 5×9+2.5 5×10+2.5 5×11+2.5 5×12+2.5 5×8+5',
    ],
  ])('%s, %s, %s: %s', (id, goal, level, expected) => {
    const sessions = madeSessions(id, goal, level);
    const shown = sessions.map((session) => `${session.sets}×${session.reps}+${session.added}`).join(' ');
    expect(shown.startsWith(expected), shown).toBe(true);
  });
});
