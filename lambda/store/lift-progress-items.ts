import * as z from 'zod/mini';
import {
  type LiftSessionWork,
  type LiftSnapshot,
  type LiftStats,
  liftSessionWorkSchema,
  type RecentSession,
  recentSessionsKept,
  type WorkoutSummary,
} from './schemas/history';
import { lazySchema } from './schemas/lazy-schema';
import { decodeStoredLiftStats } from './stats-codec';

// A lift's progress is folded as one state (`LiftStats`) but stored in three items, so that what every
// turn reads stays small however long the lifter has trained:
// - STATS#<lift>, the snapshot a turn needs: estimate, record, targets, and the latest session in brief;
// - DONE#<date>#<workout>, the summary rewritten with every set anyway: each lift's session sets and base;
// - PLOT#<lift>, the chart's earlier sessions, written only when a lift's new session begins.

/** What the lift's items held when read: the save writes the chart only when it was read and changed. */
export interface StoredLiftProgress {
  snapshot: LiftSnapshot | null;
  /** The chart item's sessions; null when there is none or it was not read. */
  chart: RecentSession[] | null;
  /** False when the lift's session goes on, so its chart cannot change and was not read. */
  chartRead: boolean;
  chartVersion: number;
}

/** STATS items stored before the session's sets moved to the summary still carry them. */
const earlierShapeSchema = lazySchema(() => z.object({ session: liftSessionWorkSchema }));

/**
 * The lift's whole state from its items, for a set of `workout`. Null when the latest session is this
 * workout's but its sets are stored nowhere readable, or the summary holds fewer than the snapshot
 * counts (the snapshot is put first, and the summary's put after it was lost): the caller rebuilds
 * from the set history, which has every set. The sets of a session of another workout are not read:
 * the fold only starts a new session from it, or leaves it as it is.
 */
export function assembleLiftStats(
  snapshot: LiftSnapshot,
  statsItem: Record<string, unknown>,
  summary: WorkoutSummary | null,
  chart: RecentSession[] | null,
  workout: { workoutId: string },
): LiftStats | null {
  const { session: brief, recent: _inChart, ...rest } = snapshot;
  let work: LiftSessionWork = { base: null, sets: [] };
  if (brief && brief.workoutId === workout.workoutId) {
    const stored = summary?.workoutId === workout.workoutId ? summary.lifts[snapshot.exerciseId] : undefined;
    const earlier = earlierShapeSchema.safeParse(decodeStoredLiftStats(statsItem));
    const found = stored ?? (earlier.success ? earlier.data.session : undefined);
    const working = found?.sets.filter((set) => set.kind === 'working').length;
    if (!found || working !== brief.workingSets) return null;
    work = found;
  }
  return {
    ...rest,
    session: brief
      ? {
          workoutId: brief.workoutId,
          startedAt: brief.startedAt,
          focus: brief.focus,
          newRecord: brief.newRecord,
          ...work,
        }
      : null,
    recent: chartSessions(snapshot, chart),
  };
}

/**
 * The lift's chart, oldest first: the earlier sessions (from PLOT#, or the list an item of an earlier
 * shape kept in itself) and the latest session from the snapshot.
 */
export function chartSessions(
  snapshot: LiftSnapshot,
  chart: readonly RecentSession[] | null,
): RecentSession[] {
  const brief = snapshot.session;
  const sessions = [...(chart ?? snapshot.recent ?? [])];
  if (brief && !sessions.some((known) => known.at === brief.startedAt)) {
    sessions.push({ at: brief.startedAt, max: brief.max, top: brief.top });
  }
  return sessions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-recentSessionsKept);
}

/** The items to write for a folded state: the snapshot, the summary with the lift's session, and the chart if it changed. */
export function splitLiftStats(
  stats: LiftStats,
  summary: WorkoutSummary,
  stored: StoredLiftProgress,
): {
  snapshot: LiftSnapshot;
  summary: WorkoutSummary;
  chart: { exerciseId: string; chart: RecentSession[]; updatedAt: string } | null;
} {
  const { session, recent = [], ...rest } = stats;
  const inThisWorkout = session?.workoutId === summary.workoutId;
  const latest = session ? recent.find((known) => known.at === session.startedAt) : undefined;
  const storedBrief = stored.snapshot?.session;
  const brief = !session
    ? null
    : !inThisWorkout && storedBrief?.workoutId === session.workoutId
      ? // A late set of an older workout, or a withdrawal from one: the latest session's sets were not
        // read, so its counts stay as stored.
        { ...storedBrief, newRecord: session.newRecord }
      : {
          workoutId: session.workoutId,
          startedAt: session.startedAt,
          focus: session.focus,
          newRecord: session.newRecord,
          workingSets: session.sets.filter((set) => set.kind === 'working').length,
          max: latest?.max ?? null,
          top: latest?.top ?? null,
        };
  const earlier = recent.filter((known) => known.at !== session?.startedAt);
  const chartChanged = stored.chartRead && !sameSessions(earlier, stored.chart ?? []);
  return {
    snapshot: { ...rest, session: brief },
    summary:
      session && inThisWorkout
        ? {
            ...summary,
            lifts: {
              ...summary.lifts,
              [stats.exerciseId]: {
                base: session.base,
                sets: session.sets,
                ...(session.openingMax !== undefined && { openingMax: session.openingMax }),
              },
            },
          }
        : summary,
    chart: chartChanged ? { exerciseId: stats.exerciseId, chart: earlier, updatedAt: stats.updatedAt } : null,
  };
}

function sameSessions(left: readonly RecentSession[], right: readonly RecentSession[]): boolean {
  const text = (sessions: readonly RecentSession[]) =>
    JSON.stringify(sessions.map(({ at, max, top }) => [at, max?.value, max?.unit, top?.value, top?.unit]));
  return text(left) === text(right);
}
