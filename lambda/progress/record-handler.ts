import type { DynamoDBRecord } from 'aws-lambda';
import {
  hashUserId,
  isRatingSortKey,
  isWithdrawalSortKey,
  loggedSetSchema,
  type Store,
  setRatingSchema,
  setWithdrawalSchema,
  userIdFromPartitionKey,
} from '../store';
import { issuePaths } from '../store/load-user';
import { type ApplyOutcome, applyLoggedSet } from './apply-set';
import { fromAttributeValues } from './attribute-values';
import { ProgressError } from './errors';
import { applySetRating } from './rate-set';
import { isLoggedSetInsert } from './stream-filter';
import { applySetWithdrawal } from './withdraw-set';

export interface ProgressLogger {
  info(message: string, attributes: Record<string, unknown>): void;
}

export type RecordOutcome = ApplyOutcome | 'ignored';

/**
 * Handles one stream record: an inserted set, an inserted withdrawal of one ("undo that"), or an
 * inserted rating of one ("that was easy").
 * Anything else is ignored (profile and workout writes,
 * the Lambda's own STATS / DONE writes, TTL deletions). An unreadable set image throws, so the batch
 * processor reports it in `batchItemFailures` and the other records still apply.
 */
export async function handleStreamRecord(
  store: Store,
  logger: ProgressLogger,
  record: DynamoDBRecord,
): Promise<RecordOutcome> {
  if (!isLoggedSetInsert(record)) return 'ignored';
  const keys = record.dynamodb?.Keys;
  const image = record.dynamodb?.NewImage;
  const userId = userIdFromPartitionKey(keys?.PK?.S ?? '');
  const setKey = keys?.SK?.S ?? '';
  if (!image || !userId) throw new ProgressError('Set record without a new image or user key');
  if (isWithdrawalSortKey(setKey)) {
    const withdrawal = setWithdrawalSchema.safeParse(fromAttributeValues(image));
    if (!withdrawal.success)
      throw new ProgressError(
        `Unreadable withdrawal image (fields: ${issuePaths(withdrawal.error.issues).join(', ')})`,
      );
    const outcome = await applySetWithdrawal(store, {
      userId,
      withdrawalKey: setKey,
      withdrawal: withdrawal.data,
    });
    logger.info('Set withdrawn from progress', {
      user: hashUserId(userId),
      exerciseId: withdrawal.data.exerciseId,
      outcome,
    });
    return outcome;
  }
  if (isRatingSortKey(setKey)) {
    const rating = setRatingSchema.safeParse(fromAttributeValues(image));
    if (!rating.success)
      throw new ProgressError(
        `Unreadable rating image (fields: ${issuePaths(rating.error.issues).join(', ')})`,
      );
    const outcome = await applySetRating(store, { userId, ratingKey: setKey, rating: rating.data });
    logger.info('Set rating applied to progress', {
      user: hashUserId(userId),
      exerciseId: rating.data.exerciseId,
      effort: rating.data.effort,
      outcome,
    });
    return outcome;
  }
  const parsed = loggedSetSchema.safeParse(fromAttributeValues(image));
  if (!parsed.success) {
    throw new ProgressError(`Unreadable set image (fields: ${issuePaths(parsed.error.issues).join(', ')})`);
  }
  const outcome = await applyLoggedSet(store, { userId, setKey, set: parsed.data });
  logger.info('Set applied to progress', {
    user: hashUserId(userId),
    exerciseId: parsed.data.exerciseId,
    outcome,
  });
  return outcome;
}
