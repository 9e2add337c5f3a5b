import { loadStepFor, minimumLoad, snapToLoadable } from './loading';
import { defaultTargetReps, MOST_BODYWEIGHT_REPS, maxTargetReps } from './prescribe';
import type { ProgressDecision, ProgressOutcome, Session } from './progression-types';
import { DELOAD_SHARE, MAX_SESSION_INCREASE } from './progression-types';
import { clamp, ok } from './result';
import { spokenNumber, spokenWeight } from './spoken';
import type { Equipment, ProgressionState, RuleResult, Unit } from './types';

// The moves progression can make for the next session: add reps, a set or load, hold, or deload.

/** Raise a load by whole steps, capped at about 5% (one step is the least the equipment allows). */
export function raiseLoad(load: number, steps: number, equipment: Equipment, unit: Unit): number {
  const step = loadStepFor(equipment, unit);
  const cappedSteps = Math.max(1, Math.floor((load * MAX_SESSION_INCREASE) / step + 1e-9));
  const raised = load + Math.min(steps, cappedSteps) * step;
  // An off-grid load below the equipment's lightest must not be pulled up to it in one go.
  return Math.min(raised, snapToLoadable(raised, equipment, unit, 'nearest'));
}

export function repWindow(session: Session): { bottom: number; top: number } {
  const { min } = session.rules.reps;
  // A bodyweight lift climbs the goal's own range; reps past it come only after the set cap.
  const max = session.equipment === 'bodyweight' ? session.rules.reps.max : maxTargetReps(session.rules);
  // Double progression climbs the top third of the range: 8→12 for hypertrophy's 6–12.
  return session.focus === 'hypertrophy'
    ? { bottom: Math.max(min, max - 4), top: max }
    : { bottom: min, top: max };
}

export function outcome(
  session: Session,
  decision: ProgressDecision,
  reason: string,
  changes: Partial<Session> = {},
) {
  const next = { ...session, ...changes };
  // One number everywhere, never more than one raise (about 5%, or a step) over what was lifted.
  const ceiling =
    session.lifted !== null
      ? raiseLoad(session.lifted, Number.MAX_SAFE_INTEGER, session.equipment, session.unit)
      : null;
  const load = next.load !== null && ceiling !== null ? Math.min(next.load, ceiling) : next.load;
  const state: ProgressionState = {
    exerciseId: next.exerciseId,
    focus: next.focus,
    load: load === null || load <= 0 ? null : { value: load, unit: next.unit },
    targetReps: clamp(
      next.targetReps,
      next.equipment === 'bodyweight' ? 1 : next.rules.reps.min,
      maxTargetReps(next.rules, next.equipment === 'bodyweight'),
    ),
    sets: clamp(next.sets, next.rules.sets.min, next.rules.sets.max),
    failedSessions: next.failedSessions,
    beatTargetSessions: next.beatTargetSessions,
    updatedAt: next.now,
    ...(next.madeSessions > 0 ? { madeSessions: next.madeSessions } : {}),
    // A deload stays one until a session earns a load again.
    ...(decision === 'deload' || (session.deload && decision !== 'increase-load') ? { deload: true } : {}),
    ...(next.nextStepTooHeavy ? { nextStepTooHeavy: true } : {}),
  };
  return ok<ProgressOutcome>({ state, decision, reason });
}

export function describeLoad(load: number | null, unit: Unit): string {
  return load === null || load <= 0 ? 'bodyweight' : spokenWeight({ value: load, unit });
}

export function deload(session: Session): RuleResult<ProgressOutcome> {
  const { bottom } = repWindow(session);
  const reset = { failedSessions: 0, beatTargetSessions: 0 };
  if (session.load === null) return deloadBodyweight(session);
  const { equipment, unit } = session;
  const step = loadStepFor(equipment, unit);
  // About 10% lighter, and at least one loadable step: rounding to the nearest step must not hand
  // back the same 10 kg curl or 50 lb pulldown.
  const lighter = Math.min(
    snapToLoadable(session.load * DELOAD_SHARE, equipment, unit, 'nearest'),
    snapToLoadable(session.load - step, equipment, unit, 'down'),
  );
  if (lighter >= minimumLoad(equipment, unit) && lighter < session.load) {
    const targetReps = session.focus === 'hypertrophy' ? bottom : session.targetReps;
    return outcome(
      session,
      'deload',
      `Three sessions short of the target means you need a lighter week: ${describeLoad(lighter, unit)} next time, then build back up.`,
      { ...reset, load: lighter, targetReps },
    );
  }
  // Already on the lightest load: the lighter week is fewer reps and a set less.
  const targetReps = Math.max(session.rules.reps.min, session.targetReps - 2);
  return outcome(
    session,
    'deload',
    `Three sessions short of the target, and ${describeLoad(session.load, unit)} is the lightest there is: ${spokenNumber(targetReps)} reps next time, then build back up.`,
    { ...reset, targetReps, sets: Math.max(session.rules.sets.min, session.sets - 1) },
  );
}

/**
 * A lighter week on the body alone: about 10% fewer reps and at least one (5 × 0.9 rounds back to
 * 5), never lifted to the range's floor (three pull-ups on a 6–12 range stay under it); at one rep,
 * a set fewer. A lift already at one rep of the level's fewest sets has nothing lighter: it holds.
 */
function deloadBodyweight(session: Session): RuleResult<ProgressOutcome> {
  const reset = { failedSessions: 0, beatTargetSessions: 0 };
  const targetReps = Math.max(
    1,
    Math.min(session.targetReps - 1, Math.round(session.targetReps * DELOAD_SHARE)),
  );
  if (targetReps < session.targetReps) {
    return outcome(
      session,
      'deload',
      `Three sessions short of the target: back off to ${spokenNumber(targetReps)} reps and build up again.`,
      { ...reset, targetReps },
    );
  }
  const sets = session.sets - 1;
  if (sets >= session.rules.sets.min) {
    return outcome(
      session,
      'deload',
      `Three sessions short of the target: ${spokenNumber(sets)} sets next time, then build back up.`,
      { ...reset, sets },
    );
  }
  return outcome(
    session,
    'hold',
    'Three sessions short of the target, and one rep is as light as this lift gets: keep at it, or ask a trainer for an easier version.',
    reset,
  );
}

/**
 * A made session of a bodyweight lift: a rep up to the range's top, then a set up to the level's cap,
 * then a load step at the bottom of the reps for the advanced (the source: "added load when
 * advanced"); below advanced, with no load to add, the reps go on past the range up to
 * MOST_BODYWEIGHT_REPS. Added load is never checked against the chart: its max is not the lift's.
 */
export function progressBodyweight(session: Session): RuleResult<ProgressOutcome> {
  const { bottom, top } = repWindow(session);
  const { unit } = session;
  if (session.targetReps < top) {
    const targetReps = session.targetReps + 1;
    return outcome(
      session,
      'add-reps',
      `Every set done, so next time aim for ${spokenNumber(targetReps)} reps.`,
      {
        targetReps,
      },
    );
  }
  if (session.sets < session.rules.sets.max) {
    return outcome(session, 'add-set', 'Top of the rep range, so next time adds a set.', {
      sets: session.sets + 1,
    });
  }
  if (session.level === 'advanced') {
    const load = raiseLoad(session.load ?? 0, 1, 'bodyweight', unit);
    // Strength restarts at its usual four, size at the bottom of its climb (8 of 6–12).
    const targetReps =
      session.focus === 'hypertrophy' ? bottom : defaultTargetReps(session.focus, session.level);
    return outcome(
      session,
      'increase-load',
      `Top of the range on every set: next time add ${describeLoad(load, unit)} for ${spokenNumber(targetReps)} reps.`,
      { load, targetReps },
    );
  }
  if (session.targetReps < MOST_BODYWEIGHT_REPS) {
    const targetReps = session.targetReps + 1;
    return outcome(
      session,
      'add-reps',
      `Top of the range on every set, so next time aim for ${spokenNumber(targetReps)} reps: more reps are how your body weight keeps building.`,
      { targetReps },
    );
  }
  return outcome(
    session,
    'top-of-range',
    `You are at ${spokenNumber(MOST_BODYWEIGHT_REPS)} reps on every set; keep them clean and steady, or ask a trainer for a harder version.`,
  );
}
