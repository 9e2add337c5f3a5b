import type { DynamoDBRecord } from 'aws-lambda';
import { setKeyPrefix } from '../store/keys';

/**
 * The records the progress Lambda acts on: inserted set items. The stack's event source mapping
 * filters the same way (INSERT, SK beginning `SET#`), and so does the local stream poller; the
 * handler checks again because a filter is configuration and configuration drifts.
 */
export function isLoggedSetInsert(record: DynamoDBRecord): boolean {
  return record.eventName === 'INSERT' && (record.dynamodb?.Keys?.SK?.S ?? '').startsWith(setKeyPrefix);
}
