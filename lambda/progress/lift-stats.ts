import {
  assumedRepsInReserve,
  convert,
  type Effort,
  type Goal,
  isBodyweightLift,
  type Level,
  MAX_SESSION_DECREASE,
  MAX_SESSION_INCREASE,
  metItsTarget,
  nextSessionTargets,
  progress,
  progressionFor,
  provenMaxAtLeast,
  type SessionSet as RulesSessionSet,
  type SessionFocus,
  setMax,
  type Unit,
  type Weight,
} from '../rules';
import {
  type BestSet,
  type BodyweightBest,
  type LiftStats,
  type LoggedSet,
  type RecentSession,
  recentSessionsKept,
  type SetRecord,
  setIdentity,
} from '../store';
import { bodyweightBestAfter, withBothFocusesMeasured, withoutBodyweightMax } from './bodyweight-best';

export interface SetEffect {
  stats: LiftStats;
  /** The set raised the personal record. */
  newRecord: BestSet | null;
  /** The set raised a bodyweight lift's best set (its record, in reps). */
  newBodyweightBest: BodyweightBest | null;
  /** Why progression was not recomputed (a rules result code), if it was not. */
  progressionSkipped: string | null;
}

/**
 * Folds one logged set into a lift's stats. Pure and deterministic (times come from the set), so
 * the same set on the same stats always gives the same result.
 *
 * - Personal record: the set with the highest trustworthy estimated max (≤ 10 reps, warm-ups
 *   excluded), with its date.
 * - `estimatedOneRepMax`: the best trustworthy estimate of the lift's latest session.
 * - Progression: recomputed by `rules.progress` from the session's base targets and every working
 *   set so far, so the targets are right after any set, including the last one of a workout that
 *   ended early.
 */
export function applySetToStats(previous: LiftStats | null, setKey: string, set: LoggedSet): SetEffect {
  const id = setIdentity(setKey);
  const record: SetRecord = {
    id,
    kind: set.kind,
    reps: set.reps,
    load: set.load,
    failed: set.failed,
    effort: set.effort,
    target: set.target,
    at: set.loggedAt,
  };
  const stats: LiftStats = previous ?? emptyStats(set.exerciseId, set.loggedAt);
  const bodyweight = isBodyweightLift(set.exerciseId);
  const newRecord = bodyweight ? null : recordBeaten(stats.bestSet, setKey, set);
  const withRecord: LiftStats = bodyweight
    ? withBodyweightBest(stats, setKey, set)
    : newRecord
      ? { ...stats, bestSet: newRecord, personalRecordAt: set.loggedAt }
      : stats;
  const raisedBest = withRecord.bestBodyweightSet;
  const newBodyweightBest =
    raisedBest && raisedBest.id === id && raisedBest !== stats.bestBodyweightSet ? raisedBest : null;

  const current = withRecord.session;
  // A late set from a workout older than the lift's latest session may still be a record, but
  // that session's targets are history: they are not recomputed.
  if (current && current.workoutId !== set.workoutId && set.workoutStartedAt < current.startedAt) {
    return {
      stats: withoutBodyweightMax({ ...withRecord, updatedAt: laterOf(stats.updatedAt, set.loggedAt) }),
      newRecord,
      newBodyweightBest,
      progressionSkipped: 'older-workout',
    };
  }
  const session =
    current && current.workoutId === set.workoutId
      ? current
      : {
          workoutId: set.workoutId,
          startedAt: set.workoutStartedAt,
          focus: set.focus,
          // The goal `both` alternates focuses: each session builds on its own focus's targets.
          base: progressionFor(withRecord, set.exerciseId, set.focus),
          sets: [],
          newRecord: false,
          openingMax: withRecord.estimatedOneRepMax,
        };
  // Only working sets are kept: warm-ups move no estimate and no target, and the item is rewritten
  // (billed per KB) with every set.
  const kept = session.sets.filter((known) => known.id !== id && known.kind === 'working');
  const sets = (set.kind === 'working' ? [...kept, record] : kept).sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
  );
  const nextSession = {
    ...session,
    sets,
    newRecord: session.newRecord || beatsRecordFromBefore(stats, withRecord, session.sets),
  };
  const estimatedOneRepMax = latestEstimate(sets, withRecord.estimatedOneRepMax, {
    goal: set.goal,
    focus: nextSession.focus,
    openingMax: nextSession.openingMax,
  });
  const progression = nextProgression(set, nextSession.base, sets, estimatedOneRepMax);
  const folded = withoutBodyweightMax({
    ...withRecord,
    estimatedOneRepMax,
    recent: withSession(withRecord.recent ?? [], {
      at: nextSession.startedAt,
      max: sessionEstimate(sets),
      top: heaviest(sets),
    }),
    progression: progression.ok ? progression.state : withRecord.progression,
    progressionByFocus: progression.ok
      ? { ...withRecord.progressionByFocus, [progression.state.focus]: progression.state }
      : withRecord.progressionByFocus,
    session: nextSession,
    updatedAt: laterOf(stats.updatedAt, set.loggedAt),
  });
  return {
    stats: progression.ok ? withBothFocusesMeasured(folded, set, nextSession) : folded,
    newRecord,
    newBodyweightBest,
    progressionSkipped: progression.ok ? null : progression.code,
  };
}

/**
 * Whether this set raised a record the lift held before the session began: a lift's first session
 * sets its baseline, and a later set of it beating an earlier one of it is no new best either.
 * (`session.newRecord` is what the end-of-workout summary reads once this fold has run.)
 */
function beatsRecordFromBefore(before: LiftStats, after: LiftStats, sessionSets: readonly SetRecord[]) {
  const bodyweight = isBodyweightLift(before.exerciseId);
  const held = bodyweight ? before.bestBodyweightSet : before.bestSet;
  const raised = bodyweight ? after.bestBodyweightSet?.id !== held?.id : after.bestSet?.id !== held?.id;
  return raised && held != null && !sessionSets.some((set) => set.id === held.id);
}

/** A bodyweight lift's record is in reps: a new best set raises it (and the record's date). */
function withBodyweightBest(stats: LiftStats, setKey: string, set: LoggedSet): LiftStats {
  const best = bodyweightBestAfter(stats.bestBodyweightSet, setKey, set);
  const raised = best !== null && best.id !== stats.bestBodyweightSet?.id;
  return raised ? { ...stats, bestBodyweightSet: best, personalRecordAt: set.loggedAt } : stats;
}

/** The session's entry replaced (a later set of it) or appended, keeping the latest sessions only. */
export function withSession(recent: readonly RecentSession[], session: RecentSession): RecentSession[] {
  const others = recent.filter((known) => known.at !== session.at);
  return [...others, session]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-recentSessionsKept);
}

export function heaviest(sets: readonly SetRecord[]): Weight | null {
  let top: Weight | null = null;
  for (const set of sets) {
    if (set.load && (!top || convert(set.load, top.unit).value > top.value)) top = set.load;
  }
  return top;
}

export function emptyStats(exerciseId: string, at: string): LiftStats {
  return {
    exerciseId,
    estimatedOneRepMax: null,
    bestSet: null,
    personalRecordAt: null,
    progression: null,
    session: null,
    version: 0,
    updatedAt: at,
  };
}

/** The trustworthy estimated max of a working set (rules `setMax`), from the target it was logged against. */
export function trustworthyMax(set: {
  kind: string;
  reps: number;
  load: Weight | null;
  failed?: boolean;
  effort?: Effort | null;
  target?: { reps: number } | null;
}): Weight | null {
  return setMax({ ...set, metTarget: metItsTarget(set) });
}

function recordBeaten(best: BestSet | null, setKey: string, set: LoggedSet): BestSet | null {
  const oneRepMax = trustworthyMax(set);
  const id = setIdentity(setKey);
  if (!oneRepMax || !set.load || best?.id === id) return null;
  const candidate = { value: round(oneRepMax.value), unit: oneRepMax.unit };
  if (best && round(convert(candidate, best.oneRepMax.unit).value) <= best.oneRepMax.value) return null;
  return { id, reps: set.reps, load: set.load, oneRepMax: candidate, at: set.loggedAt };
}

/**
 * The max the next plan prescribes from. Sets that were all made with reps to spare only show the
 * max is at least their estimate, so they never pull it down (a ten-rep size day must not cap the
 * next strength day); a missed or ground-out set found the limit, so that session's estimate stands.
 * Sets of more than ten reps, which Brzycki does not read, and sets reported easy still raise it as
 * far as the chart proves (provenMaxAtLeast): without that a light lift at the top of its range, or
 * a pulldown made easy at the same pin every week, never earns its next step.
 */
export function latestEstimate(
  sets: readonly SetRecord[],
  before: Weight | null,
  session: { goal: Goal | null | undefined; focus: SessionFocus; openingMax?: Weight | null },
): Weight | null {
  const estimate = sessionEstimate(sets);
  const limitFound = sets.some((set) => set.failed || set.effort === 'failure');
  // Goal both: a size day's grinder found the limit of its high reps, not of the strength the other
  // focus earned; it holds its own load (progress) and never undoes the strength day's max.
  const lowersMax = limitFound && !(session.goal === 'both' && session.focus === 'hypertrophy');
  // The chart's proof only raises a max the session began with, at most 5% over it however many
  // sets prove more: the next plan moves a step at a time, not by what one light high-rep day claims.
  // A limit found lowers it at most 5% under it, for the same reason.
  // (Sessions stored before the opening max was kept read the current max instead.)
  // A lift's first session has no max to begin from: its own estimate is what the proof raises.
  const opening = (session.openingMax === undefined ? before : session.openingMax) ?? estimate;
  if (lowersMax && estimate) return opening ? higherOf(estimate, floorUnder(opening)) : estimate;
  const known = higherOf(before, estimate);
  if (!opening) return known;
  const proven = provenBySets(sets);
  const ceiling = { value: round(opening.value * (1 + MAX_SESSION_INCREASE)), unit: opening.unit };
  const capped = proven && convert(proven, ceiling.unit).value > ceiling.value ? ceiling : proven;
  return higherOf(known, capped);
}

/** The highest max the session's made sets prove on the chart (past ten reps, or easy), or null. */
function provenBySets(sets: readonly SetRecord[]): Weight | null {
  let best: Weight | null = null;
  for (const set of sets) {
    if (set.kind !== 'working' || set.failed || !set.load) continue;
    const proven = provenMaxAtLeast(set.load, set.reps, assumedRepsInReserve(set.effort, metItsTarget(set)));
    best = higherOf(best, proven && { value: round(proven.value), unit: proven.unit });
  }
  return best;
}

function floorUnder(opening: Weight): Weight {
  return { value: round(opening.value * (1 - MAX_SESSION_DECREASE)), unit: opening.unit };
}

function higherOf(a: Weight | null, b: Weight | null): Weight | null {
  if (!a || !b) return a ?? b;
  return convert(b, a.unit).value > a.value ? b : a;
}

/** The best trustworthy estimate among a session's sets, rounded as stored. */
export function sessionEstimate(sets: readonly SetRecord[]): Weight | null {
  let best: Weight | null = null;
  for (const set of sets) {
    const estimate = trustworthyMax(set);
    if (estimate && (!best || convert(estimate, best.unit).value > best.value)) best = estimate;
  }
  return best ? { value: round(best.value), unit: best.unit } : null;
}

export type ProgressionResult =
  | { ok: true; state: NonNullable<LiftStats['progression']> }
  | { ok: false; code: string };

export function nextProgression(
  set: LoggedSet,
  base: LiftStats['progression'],
  sets: readonly SetRecord[],
  oneRepMax: Weight | null,
): ProgressionResult {
  const profile = trainee(set);
  if (!profile) return { ok: false, code: 'profile-incomplete' };
  const working: RulesSessionSet[] = sets
    .filter((known) => known.kind === 'working')
    .map(({ reps, load, failed, effort, target }) => ({ reps, load, failed, effort, target }));
  if (working.length === 0) return { ok: false, code: 'no-working-sets' };
  const outcome = progress({
    exerciseId: set.exerciseId,
    goal: profile.goal,
    level: profile.level,
    focus: set.focus,
    unit: profile.unit,
    previous: base,
    sets: working,
    // The max the next plan reads: a step it would cut back is turned into a rep or a set here.
    oneRepMax,
    // The session's latest set, not the one being applied: the same sets always give the same state.
    now: sets.at(-1)?.at ?? set.loggedAt,
  });
  if (!outcome.ok) return { ok: false, code: outcome.error.code };
  // Stored as the next plan will prescribe it, so "next time" and the next workout say one number.
  return { ok: true, state: nextSessionTargets(outcome.value.state, { ...profile, oneRepMax }) };
}

function trainee(set: LoggedSet): { goal: Goal; level: Level; unit: Unit } | null {
  const unit = set.unit ?? set.load?.unit ?? set.target?.load?.unit ?? null;
  return set.goal && set.level && unit ? { goal: set.goal, level: set.level, unit } : null;
}

/** The later of two ISO times (they compare as strings). */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** Two decimals: enough for a spoken max, and stable across replays. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
