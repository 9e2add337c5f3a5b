import { loadStepFor } from './loading';
import { doubleProgressionStart } from './prescribe';
import { describeLoad, outcome, raiseLoad, repWindow } from './progression-steps';
import type { ProgressOutcome, Session } from './progression-types';
import { ADVANCED_SESSIONS_PER_STEP } from './progression-types';
import { reserveAt } from './reserve';
import { capitalise, spokenNumber } from './spoken';
import type { RuleResult } from './types';

// Loaded lifts after a made session: add reps, a set or load. An earned step is checked against the
// chart's reserve the way the next plan checks it (prescribe's fitReserve), so progress never
// promises a step the plan then takes back.

/** A step is taken at up to two reps fewer; more than that and the volume lost outweighs the load. */
const MOST_REPS_CUT = 2;
/** Singles and doubles are tests, not training sets. */
const FEWEST_REPS = 3;

/** The reps the chart check is made at: an earned hypertrophy load is checked where its climb starts. */
function checkedReps(session: Session, reps: number): number {
  return session.focus === 'hypertrophy' ? Math.min(reps, doubleProgressionStart(session.rules)) : reps;
}

/** A load and reps the next plan keeps: inside the range's top (plus the step just earned) and a rep in reserve. */
export function fitsReserve(session: Session, load: number, reps: number): boolean {
  if (session.max === null) return true;
  const step = loadStepFor(session.equipment, session.unit);
  const ceiling = Math.min(session.max, (session.max * session.rules.percentOfMax.max) / 100 + step);
  return load <= ceiling + 1e-9 && reserveAt(load, checkedReps(session, reps), session.max) >= 1;
}

/**
 * The reps a raised load can be lifted for: the target, else up to two fewer inside the level's rep
 * range, the most that leave a rep in reserve; null when none does.
 */
export function repsForStep(session: Session, load: number, reps: number): number | null {
  const fewest = Math.max(session.rules.reps.min, FEWEST_REPS, reps - MOST_REPS_CUT);
  for (let candidate = reps; candidate >= fewest; candidate -= 1) {
    if (fitsReserve(session, load, candidate)) return candidate;
  }
  return null;
}

export function progressLoaded(session: Session, load: number): RuleResult<ProgressOutcome> {
  const { unit } = session;
  const { bottom, top } = repWindow(session);
  const twoForTwo = session.beatTargetSessions >= 2;
  const reps = spokenNumber(session.targetReps);
  const madeSessions = session.madeSessions + 1;
  if (
    session.focus === 'strength' &&
    session.level === 'advanced' &&
    !twoForTwo &&
    madeSessions < ADVANCED_SESSIONS_PER_STEP
  ) {
    // Advanced lifters are close to their ceiling: the same load is owned twice before it goes up.
    return outcome(
      session,
      'hold',
      `Every set hit ${reps} reps; own ${describeLoad(load, unit)} once more, then it goes up.`,
      { madeSessions },
    );
  }
  if (session.focus === 'strength' || twoForTwo) {
    const why = twoForTwo
      ? 'Two extra reps on your last set two sessions running'
      : `Every set hit ${reps} reps`;
    return raiseOrInstead(session, load, {
      steps: twoForTwo ? 2 : 1,
      reps: session.targetReps,
      why,
      changes: { beatTargetSessions: 0, madeSessions: 0 },
    });
  }
  if (session.targetReps < top) {
    const targetReps = session.targetReps + 1;
    return outcome(
      session,
      'add-reps',
      `Every set hit ${reps} reps, so next time aim for ${spokenNumber(targetReps)} at ${describeLoad(load, unit)}.`,
      { targetReps },
    );
  }
  if (session.sets < session.rules.sets.max) {
    return outcome(
      session,
      'add-set',
      `Every set reached ${reps} reps, so next time adds a set to build volume.`,
      {
        sets: session.sets + 1,
      },
    );
  }
  return raiseOrInstead(session, load, {
    steps: 1,
    reps: bottom,
    why: 'Top of the rep range on every set',
    changes: {},
  });
}

interface Raise {
  /** Load steps earned (two for the 2-for-2 rule); one is tried when they do not fit. */
  steps: number;
  /** The reps the raised load is meant for. */
  reps: number;
  why: string;
  changes: Partial<Session>;
}

/** The earned step, at fewer reps if the reserve needs it; else the progress the current load still has. */
function raiseOrInstead(session: Session, load: number, raise: Raise): RuleResult<ProgressOutcome> {
  const { equipment, unit } = session;
  const tries = raise.steps > 1 ? [raise.steps, 1] : [1];
  for (const steps of tries) {
    const raised = raiseLoad(load, steps, equipment, unit);
    const reps = repsForStep(session, raised, raise.reps);
    if (reps === null) continue;
    const forReps =
      reps < raise.reps
        ? ` for ${spokenNumber(reps)} reps, leaving a rep in reserve`
        : raise.reps !== session.targetReps
          ? ` for ${spokenNumber(reps)} reps`
          : '';
    return outcome(
      session,
      'increase-load',
      `${raise.why}, so next time goes up to ${describeLoad(raised, unit)}${forReps}.`,
      { ...raise.changes, load: raised, targetReps: reps },
    );
  }
  return progressWithoutStep(session, load, raiseLoad(load, 1, equipment, unit), raise.changes);
}

/**
 * The next step breaks the reserve at every reps the range allows: double progression at the
 * current load (a rep, else a set), and a hold that says why only when reps and sets are at the top.
 */
function progressWithoutStep(
  session: Session,
  load: number,
  step: number,
  changes: Partial<Session>,
): RuleResult<ProgressOutcome> {
  const { unit } = session;
  const { top } = repWindow(session);
  const tooHeavy = `${capitalise(describeLoad(step, unit))} would leave no rep in reserve`;
  const current = describeLoad(load, unit);
  const targetReps = session.targetReps + 1;
  if (session.targetReps < top && fitsReserve(session, load, targetReps)) {
    return outcome(
      session,
      'add-reps',
      `${tooHeavy}, so next time aim for ${spokenNumber(targetReps)} at ${current}.`,
      { ...changes, targetReps },
    );
  }
  if (session.sets < session.rules.sets.max) {
    return outcome(session, 'add-set', `${tooHeavy}, so next time adds a set at ${current}.`, {
      ...changes,
      sets: session.sets + 1,
    });
  }
  return outcome(
    session,
    'hold',
    `${tooHeavy}, and your reps and sets are at the top of the range: next time stays at ${current} for ${spokenNumber(session.targetReps)}.`,
    { ...changes, nextStepTooHeavy: true },
  );
}
