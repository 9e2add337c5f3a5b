import { type LiftStats, type LoggedSet, type Store, setIdentity, type WorkoutSummary } from '../store';
import { compareSetKeys } from '../store/progress-access';
import { ProgressError } from './errors';
import { applySetToStats } from './lift-stats';
import { alreadyApplied, applySetToSummary } from './workout-summary';

/** One inserted set, as the stream delivered it. */
export interface LoggedSetEvent {
  userId: string;
  setKey: string;
  set: LoggedSet;
}

export type ApplyOutcome = 'applied' | 'already-applied' | 'set-deleted';

/** Another record of the same user may win a race now and then; more than this means something is wrong. */
const maxAttempts = 4;

/**
 * Applies one set to the lift's stats and its workout's summary: read both, skip if the summary
 * already lists the set (a replay), fold the set in, and save both conditional on the versions read
 * (stats first, the summary last: see saveLiftProgress). A lost race re-reads and re-applies. An unreadable stats or summary item is
 * rebuilt from the set history, which is never dropped.
 */
export async function applyLoggedSet(store: Store, event: LoggedSetEvent): Promise<ApplyOutcome> {
  const { userId, setKey, set } = event;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const read = await store.readLiftProgress(userId, set.exerciseId, set);
    const summaryBefore = read.summary.unreadable ? await rebuildSummary(store, event) : read.summary.value;
    if (alreadyApplied(summaryBefore, setKey)) return 'already-applied';
    const statsBefore = read.stats.unreadable ? await rebuildStats(store, event) : read.stats.value;

    const effect = applySetToStats(statsBefore, setKey, set);
    const progression = effect.progressionSkipped === 'older-workout' ? null : effect.stats.progression;
    // Stats are saved before the summary (saveLiftProgress): when the summary's put was lost, the
    // stats already hold this set's record, and the summary must still name it.
    const id = setIdentity(setKey);
    const newRecord =
      effect.newRecord ??
      effect.newBodyweightBest ??
      (statsBefore?.bestSet?.id === id ? statsBefore.bestSet : null) ??
      (statsBefore?.bestBodyweightSet?.id === id ? statsBefore.bestBodyweightSet : null);
    const summary = applySetToSummary(summaryBefore, setKey, set, newRecord, progression);
    const saved = await store.saveLiftProgress(userId, setKey, {
      stats: { ...effect.stats, version: read.stats.version },
      summary: { ...summary, version: read.summary.version },
      stored: read.stored,
    });
    if (saved.ok) return 'applied';
    // The user deleted their data after logging the set: nothing to bring back.
    if (saved.reason === 'set-missing') return 'set-deleted';
  }
  throw new ProgressError(`Lift progress kept changing during ${maxAttempts} attempts`);
}

/** Earlier sets of the lift, oldest first, without the one being applied. */
async function earlierSets(store: Store, event: LoggedSetEvent) {
  const history = await store.loadSetHistory(event.userId, event.set.exerciseId);
  return history.filter(({ setKey }) => compareSetKeys(setKey, event.setKey) < 0);
}

async function rebuildStats(store: Store, event: LoggedSetEvent): Promise<LiftStats | null> {
  return statsFromSets(await earlierSets(store, event));
}

/** A lift's state folded afresh from its sets, oldest first (null for none). */
export function statsFromSets(sets: readonly { setKey: string; set: LoggedSet }[]): LiftStats | null {
  let stats: LiftStats | null = null;
  for (const { setKey, set } of sets) stats = applySetToStats(stats, setKey, set).stats;
  return stats;
}

/** Records and targets of a rebuilt summary's earlier sets are not known again; counts and volume are. */
async function rebuildSummary(store: Store, event: LoggedSetEvent): Promise<WorkoutSummary | null> {
  let summary: WorkoutSummary | null = null;
  for (const { setKey, set } of await earlierSets(store, event)) {
    if (set.workoutId === event.set.workoutId) summary = applySetToSummary(summary, setKey, set, null, null);
  }
  return summary;
}
