import { findExercise } from './catalog';
import { focusOf, guidelines } from './guidelines';
import { loadStepFor, minimumLoad, snapToLoadable } from './loading';
import { defaultTargetReps } from './prescribe';
import { clamp, fail, isValidWeight, ok } from './result';
import { spokenNumber, spokenWeight } from './spoken';
import type {
  Equipment,
  Goal,
  Level,
  ProgressionState,
  RuleResult,
  SessionFocus,
  Unit,
  Weight,
} from './types';
import { convert } from './units';
import { validSessionSet } from './validate';

/** A working set as the progress pipeline sees it; `target` is what the set was meant to be. */
export interface SessionSet {
  reps: number;
  load: Weight | null;
  failed?: boolean;
  target?: { reps: number; load: Weight | null } | null;
}

export interface ProgressInput {
  exerciseId: string;
  goal: Goal;
  level: Level;
  /** The session's focus; only read when the goal is `both`. */
  focus?: SessionFocus;
  unit: Unit;
  /** The targets the session was trained against (the progression before it), if any. */
  previous: ProgressionState | null;
  /** The working sets of this lift in this session, in order. */
  sets: readonly SessionSet[];
  now: string;
}

export type ProgressDecision = 'increase-load' | 'add-reps' | 'add-set' | 'hold' | 'deload' | 'top-of-range';

export interface ProgressOutcome {
  state: ProgressionState;
  decision: ProgressDecision;
  /** Spoken-first: what happens next session and why. */
  reason: string;
}

/** Largest rise between two sessions of one lift: about 5%, but never less than one load step. */
export const MAX_SESSION_INCREASE = 0.05;
/** Three sessions in a row short of the targets mean fatigue, not weakness: back off about 10%. */
export const FAILED_SESSIONS_BEFORE_DELOAD = 3;
export const DELOAD_SHARE = 0.9;

interface Session {
  exerciseId: string;
  focus: SessionFocus;
  level: Level;
  unit: Unit;
  equipment: Equipment;
  rules: ReturnType<typeof guidelines>['programming'];
  load: number | null;
  targetReps: number;
  sets: number;
  failedSessions: number;
  beatTargetSessions: number;
  now: string;
}

/** Raise a load by whole steps, capped at about 5% (one step is the least the equipment allows). */
export function raiseLoad(load: number, steps: number, equipment: Equipment, unit: Unit): number {
  const step = loadStepFor(equipment, unit);
  const cappedSteps = Math.max(1, Math.floor((load * MAX_SESSION_INCREASE) / step + 1e-9));
  const raised = load + Math.min(steps, cappedSteps) * step;
  // An off-grid load below the equipment's lightest must not be pulled up to it in one go.
  return Math.min(raised, snapToLoadable(raised, equipment, unit, 'nearest'));
}

function repWindow(session: Session): { bottom: number; top: number } {
  const { min, max } = session.rules.reps;
  // Double progression climbs the top third of the range: 8→12 for hypertrophy's 6–12.
  return session.focus === 'hypertrophy'
    ? { bottom: Math.max(min, max - 4), top: max }
    : { bottom: min, top: max };
}

function outcome(
  session: Session,
  decision: ProgressDecision,
  reason: string,
  changes: Partial<Session> = {},
) {
  const next = { ...session, ...changes };
  const state: ProgressionState = {
    exerciseId: next.exerciseId,
    focus: next.focus,
    load: next.load === null || next.load <= 0 ? null : { value: next.load, unit: next.unit },
    targetReps: clamp(next.targetReps, next.rules.reps.min, next.rules.reps.max),
    sets: clamp(next.sets, next.rules.sets.min, next.rules.sets.max),
    failedSessions: next.failedSessions,
    beatTargetSessions: next.beatTargetSessions,
    updatedAt: next.now,
  };
  return ok<ProgressOutcome>({ state, decision, reason });
}

function describeLoad(load: number | null, unit: Unit): string {
  return load === null || load <= 0 ? 'bodyweight' : spokenWeight({ value: load, unit });
}

/** Next session's targets for one lift from what this session's working sets achieved. */
export function progress(input: ProgressInput): RuleResult<ProgressOutcome> {
  const exercise = findExercise(input.exerciseId);
  if (!exercise) return fail('unknown-exercise', `No lift called "${input.exerciseId}" in the catalog.`);
  if (input.unit !== 'kg' && input.unit !== 'lb') return fail('invalid-unit', 'The unit must be kg or lb.');
  if (!Number.isFinite(Date.parse(input.now))) return fail('invalid-time', 'now must be an ISO 8601 time.');
  if (input.sets.length === 0) return fail('no-sets-logged', 'Progress needs at least one working set.');
  if (!input.sets.every(validSessionSet)) {
    return fail('invalid-set', 'Every set needs whole reps from 0 to 100 and a positive load or none.');
  }
  const focus = focusOf(input.goal, input.focus);
  const rules = guidelines(input.goal, input.level, focus).programming;
  const previous =
    input.previous && input.previous.exerciseId === exercise.id && input.previous.focus === focus
      ? input.previous
      : null;
  const first = input.sets[0] as SessionSet;
  const plannedLoad = previous ? previous.load : (first.target?.load ?? first.load);
  const session: Session = {
    exerciseId: exercise.id,
    focus,
    level: input.level,
    unit: input.unit,
    equipment: exercise.equipment,
    rules,
    load: plannedLoad && isValidWeight(plannedLoad) ? convert(plannedLoad, input.unit).value : null,
    targetReps: previous?.targetReps ?? first.target?.reps ?? defaultTargetReps(focus, input.level),
    sets: previous?.sets ?? input.sets.length,
    failedSessions: previous?.failedSessions ?? 0,
    beatTargetSessions: previous?.beatTargetSessions ?? 0,
    now: new Date(Date.parse(input.now)).toISOString(),
  };
  return decide(session, input.sets);
}

function decide(session: Session, sets: readonly SessionSet[]): RuleResult<ProgressOutcome> {
  const { unit } = session;
  const tolerance = loadStepFor(session.equipment, unit) / 2;
  const hit = (set: SessionSet) => {
    const lifted = set.load ? convert(set.load, unit).value : 0;
    const heavyEnough = session.load === null || lifted >= session.load - tolerance;
    return !set.failed && set.reps >= (set.target?.reps ?? session.targetReps) && heavyEnough;
  };
  const missed = sets.some((set) => !hit(set));
  const last = sets[sets.length - 1] as SessionSet;
  const beat = hit(last) && last.reps >= session.targetReps + 2;
  const beatTargetSessions = beat ? session.beatTargetSessions + 1 : 0;
  const loadText = describeLoad(session.load, unit);

  if (missed) {
    const failedSessions = session.failedSessions + 1;
    if (failedSessions >= FAILED_SESSIONS_BEFORE_DELOAD) return deload(session);
    return outcome(
      session,
      'hold',
      `Some reps were missed, so next time it's ${loadText} again for ${spokenNumber(session.targetReps)}.`,
      { failedSessions, beatTargetSessions: 0 },
    );
  }
  if (sets.length < session.sets) {
    return outcome(session, 'hold', `Not every set was done, so next time stays at ${loadText}.`, {
      beatTargetSessions,
    });
  }
  const succeeded = { ...session, failedSessions: 0, beatTargetSessions };
  if (session.load === null) return progressBodyweight(succeeded);
  return progressLoaded(succeeded, session.load);
}

function deload(session: Session): RuleResult<ProgressOutcome> {
  const { bottom } = repWindow(session);
  const reset = { failedSessions: 0, beatTargetSessions: 0 };
  if (session.load === null) {
    const targetReps = Math.max(session.rules.reps.min, Math.round(session.targetReps * DELOAD_SHARE));
    return outcome(
      session,
      'deload',
      `Three sessions short of the target: back off to ${spokenNumber(targetReps)} reps and build up again.`,
      { ...reset, targetReps },
    );
  }
  const floor = minimumLoad(session.equipment, session.unit);
  const lighter = Math.max(
    floor,
    snapToLoadable(session.load * DELOAD_SHARE, session.equipment, session.unit, 'nearest'),
  );
  // A deload never adds weight, even to a load already below the equipment's lightest.
  const load = Math.min(session.load, lighter);
  const targetReps = session.focus === 'hypertrophy' ? bottom : session.targetReps;
  return outcome(
    session,
    'deload',
    `Three sessions short of the target means you need a lighter week: ${describeLoad(load, session.unit)} next time, then build back up.`,
    { ...reset, load, targetReps },
  );
}

function progressLoaded(session: Session, load: number): RuleResult<ProgressOutcome> {
  const { unit, equipment } = session;
  const { bottom, top } = repWindow(session);
  const twoForTwo = session.beatTargetSessions >= 2;
  const reps = spokenNumber(session.targetReps);
  if (session.focus === 'strength' || twoForTwo) {
    const raised = raiseLoad(load, twoForTwo ? 2 : 1, equipment, unit);
    const why = twoForTwo
      ? 'Two extra reps on your last set two sessions running'
      : `Every set hit ${reps} reps`;
    return outcome(
      session,
      'increase-load',
      `${why}, so next time goes up to ${describeLoad(raised, unit)}.`,
      {
        load: raised,
        beatTargetSessions: 0,
      },
    );
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
  const raised = raiseLoad(load, 1, equipment, unit);
  return outcome(
    session,
    'increase-load',
    `Top of the rep range on every set, so next time goes up to ${describeLoad(raised, unit)} for ${spokenNumber(bottom)} reps.`,
    { load: raised, targetReps: bottom },
  );
}

function progressBodyweight(session: Session): RuleResult<ProgressOutcome> {
  const { bottom, top } = repWindow(session);
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
    const load = loadStepFor('bodyweight', session.unit);
    return outcome(
      session,
      'increase-load',
      `Top of the range on every set: next time add ${describeLoad(load, session.unit)} for ${spokenNumber(bottom)} reps.`,
      { load, targetReps: bottom },
    );
  }
  return outcome(session, 'top-of-range', 'You are at the top of the range; keep the reps clean and steady.');
}
