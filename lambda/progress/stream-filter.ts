import type { DynamoDBRecord } from 'aws-lambda';
import { isSetSortKey, migratedSetAttribute } from '../store/keys';

/**
 * The records the progress Lambda acts on: inserted set items (LOG#…, or SET#… written before that
 * key, and the withdrawal and rating items keyed on a set's key), except the copies `npm run migrate` makes of sets already applied. The stack's event source
 * mapping filters the same way, and so does the local stream poller; the handler checks again
 * because a filter is configuration and configuration drifts.
 */
export function isLoggedSetInsert(record: DynamoDBRecord): boolean {
  return (
    record.eventName === 'INSERT' &&
    isSetSortKey(record.dynamodb?.Keys?.SK?.S ?? '') &&
    record.dynamodb?.NewImage?.[migratedSetAttribute] === undefined
  );
}
