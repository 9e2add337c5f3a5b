import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors';
import {
  activeWorkoutSortKey,
  chartKeyPrefix,
  chartSortKey,
  hashUserId,
  profileSortKey,
  statsKeyPrefix,
  userPartitionKey,
} from './keys';
import type { StoreLogger } from './logger';
import { repairProfile } from './repair-profile';
import {
  type LiftSnapshot,
  liftChartSchema,
  liftSnapshotSchema,
  type RecentSession,
} from './schemas/history';
import { type Profile, profileSchema } from './schemas/profile';
import type { ActiveWorkout } from './schemas/workout';
import { storedVersion, withoutKeys } from './versioned-write';
import { readStoredActiveWorkout } from './workout-codec';

/** Everything a skill turn needs about one user, from one Query. */
export interface LoadedUser {
  profile: Profile | null;
  /** Null when none is stored, it expired (TTL deletion lags), or it was unreadable. */
  activeWorkout: ActiveWorkout | null;
  /**
   * The version to give a NEW active workout so its save replaces whatever is stored (an expired or
   * unreadable one) and still loses to a concurrent turn. Equals `activeWorkout.version` when loaded.
   */
  workoutVersion: number;
  /** Lift stats by exercise id (written by the progress Lambda). */
  stats: Record<string, LiftSnapshot>;
  /** Earlier sessions of the lifts' charts (PLOT#), only when the load asked for them. */
  charts: Record<string, RecentSession[]>;
  recovered: {
    /** The stored active workout was unreadable and is ignored: say so and start fresh. */
    activeWorkoutDiscarded: boolean;
    /** The profile had unreadable fields; they came back empty (ask again), the rest was kept. */
    profileRepaired: boolean;
    /** Stats items that did not validate; they are left in place for the progress Lambda to rebuild. */
    unreadableStats: string[];
  };
}

export interface LoadOptions {
  /**
   * A turn that draws a chart: its range starts at this lift's PLOT# item ('all': at the first one).
   * It also passes the charts of the lifts sorted after it: bounded by the catalogue, not the history.
   */
  chartsFrom?: string | 'all';
}

export interface LoadContext {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  logger: StoreLogger;
  now: () => Date;
}

/**
 * The turn's one read: a consistent Query on the user's partition, SK BETWEEN 'PROFILE' AND
 * 'WORKOUT#ACTIVE': profile, lift stats and active workout. Logged sets (LOG#…) sort before PROFILE,
 * so the read costs the same however long the history (see docs/architecture.md, "Store"). Sets of
 * the old shape (SET#…, in a table not yet migrated) lie inside the range: they are filtered out,
 * but still billed, and a long old-shape history can spill over a page (paging keeps it right).
 */
export async function loadUser(
  context: LoadContext,
  userId: string,
  options: LoadOptions = {},
): Promise<LoadedUser> {
  const from =
    options.chartsFrom === undefined
      ? profileSortKey
      : options.chartsFrom === 'all'
        ? chartKeyPrefix
        : chartSortKey(options.chartsFrom);
  const items = await queryTurnRange(context, userId, from);
  const user: LoadedUser = {
    profile: null,
    activeWorkout: null,
    workoutVersion: 0,
    stats: {},
    charts: {},
    recovered: { activeWorkoutDiscarded: false, profileRepaired: false, unreadableStats: [] },
  };
  const userHash = hashUserId(userId);
  for (const item of items) {
    const sortKey = String(item.SK);
    if (sortKey === profileSortKey) {
      readProfile(context, user, item, userHash);
    } else if (sortKey === activeWorkoutSortKey) {
      readActiveWorkout(context, user, item, userHash);
    } else if (sortKey.startsWith(chartKeyPrefix)) {
      // A chart that does not read only leaves the chart shorter; the progress Lambda rewrites it.
      const parsed = liftChartSchema.safeParse(withoutKeys(item));
      if (parsed.success) user.charts[sortKey.slice(chartKeyPrefix.length)] = parsed.data.chart;
    } else if (sortKey.startsWith(statsKeyPrefix)) {
      const exerciseId = sortKey.slice(statsKeyPrefix.length);
      const parsed = liftSnapshotSchema.safeParse(withoutKeys(item));
      if (parsed.success) {
        user.stats[exerciseId] = parsed.data;
      } else {
        user.recovered.unreadableStats.push(exerciseId);
        context.logger.warn('Unreadable lift stats item ignored', {
          user: userHash,
          item: 'stats',
          fields: issuePaths(parsed.error.issues),
        });
      }
    }
  }
  return user;
}

async function queryTurnRange(
  context: LoadContext,
  userId: string,
  from: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let pages = 0;
  const query = paginateQuery(
    { client: context.documentClient },
    {
      TableName: context.tableName,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :first AND :last',
      // Only old-shape SET# items can be in range. A filter may not name a key attribute, so they
      // are recognised by `requestId`, which only set items carry (anything else that slips
      // through is ignored by sort key below).
      FilterExpression: 'attribute_not_exists(requestId)',
      ExpressionAttributeValues: {
        ':pk': userPartitionKey(userId),
        ':first': from,
        ':last': activeWorkoutSortKey,
      },
    },
  );
  try {
    for await (const page of query) {
      pages++;
      items.push(...(page.Items ?? []));
    }
  } catch (error) {
    throw new StoreError('Could not load the user', { cause: error });
  }
  if (pages > 1) {
    // An old-shape set history has outgrown one page: migrate the table (docs/deploy.md).
    context.logger.warn('Turn read needed more than one page', { user: hashUserId(userId), pages });
  }
  return items;
}

function readProfile(
  context: LoadContext,
  user: LoadedUser,
  item: Record<string, unknown>,
  userHash: string,
) {
  const parsed = profileSchema.safeParse(withoutKeys(item));
  if (parsed.success) {
    user.profile = parsed.data;
    return;
  }
  // Never drop a profile: keep every field that still reads, empty the rest, so the skill asks again
  // only for what was lost and the next save replaces the broken item.
  user.profile = repairProfile(withoutKeys(item), storedVersion(item), context.now());
  user.recovered.profileRepaired = true;
  context.logger.warn('Unreadable profile fields reset', {
    user: userHash,
    item: 'profile',
    fields: issuePaths(parsed.error.issues),
  });
}

function readActiveWorkout(
  context: LoadContext,
  user: LoadedUser,
  item: Record<string, unknown>,
  userHash: string,
) {
  user.workoutVersion = storedVersion(item);
  const parsed = readStoredActiveWorkout(withoutKeys(item));
  if (!parsed.ok) {
    user.recovered.activeWorkoutDiscarded = true;
    context.logger.warn('Unreadable active workout discarded', {
      user: userHash,
      item: 'activeWorkout',
      fields: issuePaths(parsed.issues),
    });
    return;
  }
  // TTL deletes expired items within days, not seconds; until then the workout is already over.
  const nowSeconds = Math.floor(context.now().getTime() / 1000);
  if (parsed.workout.expiresAt > nowSeconds) user.activeWorkout = parsed.workout;
}

/** Field paths only: the values may be personal. */
export function issuePaths(issues: readonly { path: readonly PropertyKey[] }[]): string[] {
  return [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(item)'))];
}
