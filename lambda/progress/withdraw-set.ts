import { convert } from '../rules';
import {
  type ExerciseSummary,
  type LiftStats,
  type LoggedSet,
  type SetWithdrawal,
  type Store,
  setIdentity,
  type WorkoutSummary,
} from '../store';
import { type ApplyOutcome, statsFromSets } from './apply-set';
import { ProgressError } from './errors';
import { applySetToStats, emptyStats, laterOf } from './lift-stats';
import { statsWithoutSessionSet } from './session-without';
import { emptySummary } from './workout-summary';

/** One inserted withdrawal ("undo that"), as the stream delivered it. */
export interface SetWithdrawalEvent {
  userId: string;
  /** The withdrawal item's own sort key. */
  withdrawalKey: string;
  withdrawal: SetWithdrawal;
}

const maxAttempts = 4;

/**
 * Takes a withdrawn set back out of its lift's stats and its workout's summary: the session's
 * estimate and next targets are recomputed from the working sets that remain (the targets the
 * session started from when none remain), and a personal record the set held is rebuilt from the
 * rest of the history. If the set has not been applied yet (stream records of two items may arrive
 * in either order), both identities are marked applied so the set is never counted. Replays of the
 * withdrawal change nothing.
 */
export async function applySetWithdrawal(store: Store, event: SetWithdrawalEvent): Promise<ApplyOutcome> {
  const { userId, withdrawalKey, withdrawal } = event;
  const setId = setIdentity(withdrawal.withdraws);
  const withdrawalId = setIdentity(withdrawalKey);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const read = await store.readLiftProgress(userId, withdrawal.exerciseId, withdrawal);
    const summaryBefore = read.summary.value ?? emptySummary(asLoggedSet(withdrawal));
    if (summaryBefore.applied.includes(withdrawalId)) return 'already-applied';
    const wasApplied = summaryBefore.applied.includes(setId);
    // An unreadable lift state is rebuilt from the history, which already leaves the withdrawn set out.
    const rebuilt = read.stats.unreadable
      ? statsFromSets(await store.loadSetHistory(userId, withdrawal.exerciseId))
      : null;
    const statsBefore =
      rebuilt ?? read.stats.value ?? emptyStats(withdrawal.exerciseId, withdrawal.withdrawnAt);
    // Stats are saved before the summary, so a set whose summary put was lost is in the stats alone.
    const inStats = !rebuilt && (wasApplied || statsHold(statsBefore, withdrawal));
    const stats = inStats ? await statsWithout(store, event, statsBefore) : statsBefore;
    const summary = wasApplied ? summaryWithout(summaryBefore, withdrawal, stats) : summaryBefore;
    const saved = await store.saveLiftProgress(userId, withdrawalKey, {
      stats: {
        ...stats,
        version: read.stats.version,
        updatedAt: laterOf(stats.updatedAt, withdrawal.withdrawnAt),
      },
      summary: {
        ...summary,
        applied: [...summary.applied.filter((id) => id !== setId), setId, withdrawalId],
        updatedAt: laterOf(summary.updatedAt, withdrawal.withdrawnAt),
        version: read.summary.version,
      },
      stored: read.stored,
    });
    if (saved.ok) return 'applied';
    if (saved.reason === 'set-missing') return 'set-deleted';
  }
  throw new ProgressError(`Lift progress kept changing during ${maxAttempts} attempts`);
}

function statsHold(stats: LiftStats, withdrawal: SetWithdrawal): boolean {
  const setId = setIdentity(withdrawal.withdraws);
  return (
    stats.bestSet?.id === setId ||
    stats.bestBodyweightSet?.id === setId ||
    (stats.session?.workoutId === withdrawal.workoutId && stats.session.sets.some((set) => set.id === setId))
  );
}

/** The stats as if the set had never been logged. */
async function statsWithout(store: Store, event: SetWithdrawalEvent, stats: LiftStats): Promise<LiftStats> {
  const { withdrawal } = event;
  const setId = setIdentity(withdrawal.withdraws);
  const result = statsWithoutSessionSet(stats, withdrawal.withdraws, asLoggedSet(withdrawal));
  if (stats.bestSet?.id !== setId && stats.bestBodyweightSet?.id !== setId) return result;
  // The set held the personal record: the best of what remains comes from the set history.
  let rebuilt: LiftStats | null = null;
  const history = await store.loadSetHistory(event.userId, withdrawal.exerciseId);
  for (const { setKey, set } of history) {
    if (setKey !== withdrawal.withdraws) rebuilt = applySetToStats(rebuilt, setKey, set).stats;
  }
  const bestSet = rebuilt?.bestSet ?? null;
  return {
    ...result,
    bestSet,
    ...(rebuilt?.bestBodyweightSet !== undefined || stats.bestBodyweightSet !== undefined
      ? { bestBodyweightSet: rebuilt?.bestBodyweightSet ?? null }
      : {}),
    personalRecordAt: rebuilt?.personalRecordAt ?? null,
    session: result.session
      ? // Whether a remaining set of the session beat the record held before it, as folding them says.
        {
          ...result.session,
          newRecord: rebuilt?.session?.workoutId === result.session.workoutId && rebuilt.session.newRecord,
        }
      : null,
  };
}

function summaryWithout(
  summary: WorkoutSummary,
  withdrawal: SetWithdrawal,
  stats: LiftStats,
): WorkoutSummary {
  const working = withdrawal.kind === 'working';
  return {
    ...summary,
    workingSets: Math.max(0, summary.workingSets - (working ? 1 : 0)),
    warmupSets: Math.max(0, summary.warmupSets - (working ? 0 : 1)),
    totalReps: Math.max(0, summary.totalReps - (working ? withdrawal.reps : 0)),
    exercises: working ? withoutSet(summary.exercises, withdrawal) : summary.exercises,
    ...recordsWithout(summary, withdrawal, stats),
    nextTargets: stats.progression
      ? { ...summary.nextTargets, [withdrawal.exerciseId]: stats.progression }
      : summary.nextTargets,
  };
}

/**
 * The summary's records without the withdrawn set. When it held the lift's record and what holds it
 * now is another set of this workout, that set is named instead: the rebuild found it, and the set's
 * own fold (applied before, or after with the record already its own) would not name it again.
 */
function recordsWithout(
  summary: WorkoutSummary,
  withdrawal: SetWithdrawal,
  stats: LiftStats,
): Pick<WorkoutSummary, 'newRecords' | 'bodyweightRecords'> {
  const setId = setIdentity(withdrawal.withdraws);
  const { exerciseId } = withdrawal;
  const ofThisWorkout = <T extends { id: string }>(best: T | null | undefined) =>
    best && best.id !== setId && summary.applied.includes(best.id) ? best : null;
  const loaded = ofThisWorkout(stats.bestSet);
  const newRecords = relisted(
    summary.newRecords,
    setId,
    loaded && { exerciseId, oneRepMax: loaded.oneRepMax, id: loaded.id, at: loaded.at },
  );
  if (!summary.bodyweightRecords) return { newRecords };
  const bodyweight = ofThisWorkout(stats.bestBodyweightSet);
  const bodyweightRecords = relisted(
    summary.bodyweightRecords,
    setId,
    bodyweight && {
      exerciseId,
      reps: bodyweight.reps,
      load: bodyweight.load,
      id: bodyweight.id,
      at: bodyweight.at,
    },
  );
  return { newRecords, bodyweightRecords };
}

/** A record list without the withdrawn set; the set holding the record now is listed in its place. */
function relisted<T extends { id: string }>(
  records: readonly T[],
  withdrawnId: string,
  holder: T | null,
): T[] {
  const kept = records.filter((record) => record.id !== withdrawnId);
  return holder && kept.length < records.length ? [...kept, holder] : kept;
}

function withoutSet(exercises: readonly ExerciseSummary[], withdrawal: SetWithdrawal): ExerciseSummary[] {
  return exercises.flatMap((entry) => {
    if (entry.exerciseId !== withdrawal.exerciseId) return [entry];
    if (entry.workingSets <= 1) return [];
    const volume =
      entry.volume && withdrawal.load
        ? {
            value: Math.max(
              0,
              Math.round(
                (entry.volume.value - convert(withdrawal.load, entry.volume.unit).value * withdrawal.reps) *
                  100,
              ) / 100,
            ),
            unit: entry.volume.unit,
          }
        : entry.volume;
    return [
      {
        ...entry,
        workingSets: entry.workingSets - 1,
        reps: Math.max(0, entry.reps - withdrawal.reps),
        volume,
        failedSets: Math.max(0, entry.failedSets - (withdrawal.failed ? 1 : 0)),
      },
    ];
  });
}

/** The withdrawn set in the shape the folds read (targets and positions are not needed to take it back). */
function asLoggedSet(withdrawal: SetWithdrawal): LoggedSet {
  return {
    requestId: withdrawal.requestId,
    exerciseId: withdrawal.exerciseId,
    kind: withdrawal.kind,
    reps: withdrawal.reps,
    load: withdrawal.load,
    failed: withdrawal.failed,
    effort: null,
    target: null,
    workoutId: withdrawal.workoutId,
    workoutStartedAt: withdrawal.workoutStartedAt,
    focus: withdrawal.focus,
    goal: withdrawal.goal,
    level: withdrawal.level,
    unit: withdrawal.unit,
    exerciseIndex: 0,
    setIndex: 0,
    closesWorkout: false,
    loggedAt: withdrawal.withdrawnAt,
  };
}
