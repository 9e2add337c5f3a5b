import type { guidelines } from './guidelines';
import type { Effort, Equipment, Goal, Level, ProgressionState, SessionFocus, Unit, Weight } from './types';

/** A working set as the progress pipeline sees it; `target` is what the set was meant to be. */
export interface SessionSet {
  reps: number;
  load: Weight | null;
  failed?: boolean;
  /** What the lifter said about the set: one ground out to failure holds the load. */
  effort?: Effort | null;
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
  /**
   * The max the next plan prescribes from. With it, a step the chart's reserve cannot take at the
   * current reps becomes fewer reps, a rep or a set instead; without it the step is taken as earned.
   */
  oneRepMax?: Weight | null;
  now: string;
}

export type ProgressDecision = 'increase-load' | 'add-reps' | 'add-set' | 'hold' | 'deload' | 'top-of-range';

/** Advanced strength adds load after this many successful sessions in a row, not after each. */
export const ADVANCED_SESSIONS_PER_STEP = 2;

export interface ProgressOutcome {
  state: ProgressionState;
  decision: ProgressDecision;
  /** Spoken-first: what happens next session and why. */
  reason: string;
}

/** Largest rise between two sessions of one lift: about 5%, but never less than one load step. */
export const MAX_SESSION_INCREASE = 0.05;
/**
 * Largest fall of the estimated max in one session. A ground-out or missed set found a limit, but a
 * third set of ten ground out after two, or one bad night, reads 8–10% under the max on the formulas;
 * the next plan backs off a step at a time, and three limited sessions deload the load anyway.
 */
export const MAX_SESSION_DECREASE = 0.05;
/** Three sessions in a row short of the targets mean fatigue, not weakness: back off about 10%. */
export const FAILED_SESSIONS_BEFORE_DELOAD = 3;
export const DELOAD_SHARE = 0.9;

/** One lift's session as the progression steps see it, in the session's unit. */
export interface Session {
  exerciseId: string;
  focus: SessionFocus;
  level: Level;
  unit: Unit;
  equipment: Equipment;
  rules: ReturnType<typeof guidelines>['programming'];
  load: number | null;
  /** The heaviest working load actually lifted: next time is never more than one raise above it. */
  lifted: number | null;
  targetReps: number;
  sets: number;
  failedSessions: number;
  beatTargetSessions: number;
  /** Sessions in a row that met every target at this load (advanced strength counts them). */
  madeSessions: number;
  /** The state this session trained on was a deload (its load is below the range on purpose). */
  deload: boolean;
  /** The max the next plan prescribes from, in the session's unit; null when none is known. */
  max: number | null;
  /** Set on a hold because the next step fits no reps in the range and reps and sets are at the top. */
  nextStepTooHeavy?: boolean;
  now: string;
}
