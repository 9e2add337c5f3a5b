import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { StoreError } from './errors';
import {
  currentSetSortKey,
  hashUserId,
  isRatingSortKey,
  isWithdrawalSortKey,
  legacySetKeyPrefix,
  setKeyBody,
  setKeyPrefix,
  userPartitionKey,
} from './keys';
import type { ProgressContext } from './progress-access';
import { type LoggedSet, loggedSetSchema } from './schemas/history';
import { setRatingSchema } from './schemas/rating';
import { withoutKeys } from './versioned-write';

/**
 * Every readable set of one lift, oldest first, without the sets the lifter took back and with the
 * effort the lifter rated them with last (withdrawal and rating items sit in the same ranges): what
 * an unreadable stats item is rebuilt from.
 * Reads the user's whole set history (paged; LOG# and, in a table not yet migrated, SET# items), so
 * it is for recovery, never for a turn.
 */
export async function loadSetHistory(
  context: ProgressContext,
  userId: string,
  exerciseId: string,
): Promise<{ setKey: string; set: LoggedSet }[]> {
  const sets: { setKey: string; set: LoggedSet }[] = [];
  const withdrawn = new Set<string>();
  const ratings = new Map<string, { effort: LoggedSet['effort']; ratedAt: string }>();
  let unreadable = 0;
  for (const prefix of [setKeyPrefix, legacySetKeyPrefix]) {
    const query = paginateQuery(
      { client: context.documentClient },
      {
        TableName: context.tableName,
        ConsistentRead: true,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :setPrefix)',
        FilterExpression: 'exerciseId = :exerciseId',
        ExpressionAttributeValues: {
          ':pk': userPartitionKey(userId),
          ':setPrefix': prefix,
          ':exerciseId': exerciseId,
        },
      },
    );
    try {
      for await (const page of query) {
        for (const item of page.Items ?? []) {
          if (isWithdrawalSortKey(String(item.SK))) {
            withdrawn.add(currentSetSortKey(String(item.withdraws)));
            continue;
          }
          if (isRatingSortKey(String(item.SK))) {
            const rating = setRatingSchema.safeParse(withoutKeys(item));
            if (!rating.success) unreadable++;
            else {
              const rated = currentSetSortKey(rating.data.rates);
              const known = ratings.get(rated);
              if (!known || known.ratedAt <= rating.data.ratedAt) ratings.set(rated, rating.data);
            }
            continue;
          }
          const parsed = loggedSetSchema.safeParse(withoutKeys(item));
          if (parsed.success) sets.push({ setKey: String(item.SK), set: parsed.data });
          else unreadable++;
        }
      }
    } catch (error) {
      throw new StoreError('Could not read the set history', { cause: error });
    }
  }
  if (unreadable > 0) {
    context.logger.warn('Unreadable set items skipped in a rebuild', {
      user: hashUserId(userId),
      unreadable,
    });
  }
  // Oldest first across both shapes: by time and request id, not by prefix.
  return sets
    .filter(({ setKey }) => !withdrawn.has(currentSetSortKey(setKey)))
    .map(({ setKey, set }) => {
      const rating = ratings.get(currentSetSortKey(setKey));
      return rating ? { setKey, set: { ...set, effort: rating.effort } } : { setKey, set };
    })
    .sort((a, b) => compareSetKeys(a.setKey, b.setKey));
}

/** Orders set keys of either shape by `<loggedAt>#<requestId>`. */
export function compareSetKeys(a: string, b: string): number {
  const left = setKeyBody(a) ?? a;
  const right = setKeyBody(b) ?? b;
  return left < right ? -1 : left > right ? 1 : 0;
}
