import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ZodMiniType } from 'zod/mini';
import { StoreError } from './errors';
import {
  activeWorkoutSortKey,
  personLinkSortKey,
  profileSortKey,
  ratingSortKey,
  setSortKey,
  userPartitionKey,
  withdrawalSortKey,
} from './keys';
import { type LoggedSet, loggedSetSchema } from './schemas/history';
import { type Profile, profileSchema } from './schemas/profile';
import { type SetRating, setRatingSchema } from './schemas/rating';
import { type SetWithdrawal, setWithdrawalSchema } from './schemas/withdrawal';
import { type ActiveWorkout, activeWorkoutSchema } from './schemas/workout';
import { storedActiveWorkoutSchema } from './schemas/workout-item';
import { lostRace, sendWrites, type Write } from './turn-write';
import { versionedPut } from './versioned-write';
import { encodeActiveWorkout } from './workout-codec';

/** A set as the skill logs it; the store adds `closesWorkout` from the cursor move of the same turn. */
export type NewLoggedSet = Omit<LoggedSet, 'closesWorkout'>;

/**
 * What one turn changes. Each object is the one the turn read (or a new one at version 0 /
 * `LoadedUser.workoutVersion`) with the turn's edits; the store bumps `version`, stamps `updatedAt`
 * and the workout's `expiresAt`.
 */
export interface TurnChanges {
  profile?: Profile;
  activeWorkout?: ActiveWorkout;
  /** Removes the active workout (ended or abandoned) if it is still at this version. */
  endActiveWorkout?: { version: number };
  loggedSet?: NewLoggedSet;
  /** Takes a logged set back (undo, or the old half of a correction): a new item, put if absent. */
  withdrawnSet?: SetWithdrawal;
  /** How a logged set felt, said after it: a new item, put if absent (the set item stays as logged). */
  ratedSet?: SetRating;
  /**
   * The account (Alexa userId) a recognised person belongs to: links the person under it, so that
   * disabling the skill can find their data. Idempotent; the skill sends it on a person's first save.
   */
  linkToAccount?: string;
}

export type TurnItem =
  | 'profile'
  | 'activeWorkout'
  | 'loggedSet'
  | 'setWithdrawal'
  | 'setRating'
  | 'accountLink';

export type SaveTurnResult =
  | {
      ok: true;
      /** Versions now stored (what the next read will return); null when not written. */
      profileVersion: number | null;
      workoutVersion: number | null;
      setKey: string | null;
    }
  | {
      ok: false;
      /**
       * 'already-logged': this request's set is stored already (Alexa retried the request): answer
       * as if it just succeeded. 'conflict': another turn for this user won the race: re-read and
       * re-apply, or ask the lifter to say it again. Nothing of this turn was stored.
       */
      reason: 'conflict' | 'already-logged';
      item: TurnItem;
    };

export interface SaveContext {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/** An abandoned workout expires about a day after the last turn. */
export const activeWorkoutLifetimeSeconds = 24 * 60 * 60;

/**
 * The turn's one write call: a single conditional Put/Delete when one item changes, one
 * TransactWriteItems when several do (a logged set and the cursor move are stored together or not
 * at all). Lost races and replays come back as results; anything else throws a StoreError.
 */
export async function saveTurn(
  context: SaveContext,
  userId: string,
  changes: TurnChanges,
): Promise<SaveTurnResult> {
  const writes = planWrites(context, userId, changes);
  const result: SaveTurnResult = {
    ok: true,
    profileVersion: changes.profile ? changes.profile.version + 1 : null,
    workoutVersion: changes.activeWorkout ? changes.activeWorkout.version + 1 : null,
    setKey: changes.loggedSet ? setSortKey(changes.loggedSet.loggedAt, changes.loggedSet.requestId) : null,
  };
  try {
    await sendWrites(context, writes);
    return result;
  } catch (error) {
    const lost = lostRace(error, writes);
    if (lost) return lost;
    throw new StoreError('Could not save the turn', { cause: error });
  }
}

function planWrites(context: SaveContext, userId: string, changes: TurnChanges): Write[] {
  const PK = userPartitionKey(userId);
  const now = context.now();
  const updatedAt = now.toISOString();
  const writes: Write[] = [];
  if (changes.profile) {
    const profile = validOutgoing(profileSchema, { ...changes.profile, updatedAt }, 'profile');
    writes.push({ item: 'profile', put: versionedPut({ PK, SK: profileSortKey }, profile) });
  }
  if (changes.activeWorkout && changes.endActiveWorkout) {
    throw new StoreError('A turn cannot both save and end the active workout');
  }
  if (changes.activeWorkout) {
    const expiresAt = Math.floor(now.getTime() / 1000) + activeWorkoutLifetimeSeconds;
    const workout = validOutgoing(
      activeWorkoutSchema,
      { ...changes.activeWorkout, lastTurnAt: updatedAt, expiresAt },
      'active workout',
    );
    // Stored compact: this item is rewritten with every set, inside a transaction (see workout-item.ts).
    const stored = validOutgoing(storedActiveWorkoutSchema, encodeActiveWorkout(workout), 'active workout');
    writes.push({ item: 'activeWorkout', put: versionedPut({ PK, SK: activeWorkoutSortKey }, stored) });
  }
  if (changes.endActiveWorkout) {
    writes.push({
      item: 'activeWorkout',
      remove: {
        Key: { PK, SK: activeWorkoutSortKey },
        ConditionExpression: '#version = :read',
        names: { '#version': 'version' },
        values: { ':read': changes.endActiveWorkout.version },
      },
    });
  }
  if (changes.loggedSet) {
    const closesWorkout =
      changes.endActiveWorkout !== undefined || changes.activeWorkout?.cursor.phase === 'done';
    const set = validOutgoing(loggedSetSchema, { ...changes.loggedSet, closesWorkout }, 'logged set');
    writes.push(putIfAbsent('loggedSet', { ...set, PK, SK: setSortKey(set.loggedAt, set.requestId) }));
  }
  if (changes.withdrawnSet) {
    const withdrawal = validOutgoing(setWithdrawalSchema, changes.withdrawnSet, 'set withdrawal');
    writes.push(
      putIfAbsent('setWithdrawal', { ...withdrawal, PK, SK: withdrawalSortKey(withdrawal.withdraws) }),
    );
  }
  if (changes.ratedSet) {
    const rating = validOutgoing(setRatingSchema, changes.ratedSet, 'set rating');
    writes.push(
      putIfAbsent('setRating', { ...rating, PK, SK: ratingSortKey(rating.rates, rating.requestId) }),
    );
  }
  if (changes.linkToAccount && changes.linkToAccount !== userId) {
    writes.push({
      item: 'accountLink',
      link: {
        Item: {
          PK: userPartitionKey(changes.linkToAccount),
          SK: personLinkSortKey(userId),
          linkedAt: updatedAt,
        },
      },
    });
  }
  return writes;
}

/** A request's own item (set, withdrawal, rating): put only if absent, so a retry never stores it twice. */
function putIfAbsent(item: TurnItem, Item: Record<string, unknown>): Write {
  return {
    item,
    put: { Item, ConditionExpression: 'attribute_not_exists(PK)', ExpressionAttributeNames: {} },
  };
}

function validOutgoing<T>(schema: ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError(`Refusing to store an invalid ${what}`, { cause: parsed.error });
  }
  return parsed.data;
}
