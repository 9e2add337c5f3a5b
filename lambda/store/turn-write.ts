import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { SaveTurnResult, TurnItem } from './save-turn';
import type { ConditionalPut } from './versioned-write';

// The wire side of a turn's save: its planned writes go out as one call, and a lost condition comes
// back as which item lost (see save-turn.ts for what a turn writes).

/** The items keyed on the turn's request: one already stored means the request is a retry. */
const requestItems: readonly TurnItem[] = ['loggedSet', 'setWithdrawal', 'setRating'];

export interface Write {
  item: TurnItem;
  put?: ConditionalPut;
  /** An unconditional put (the account link: writing it twice changes nothing). */
  link?: { Item: Record<string, unknown> };
  remove?: {
    Key: Record<string, string>;
    ConditionExpression: string;
    names: Record<string, string>;
    values: Record<string, unknown>;
  };
}

interface WriteTarget {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
}

type WriteRequest = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One conditional Put/Delete when one item changes, one TransactWriteItems when several do. */
export async function sendWrites(target: WriteTarget, writes: readonly Write[]): Promise<void> {
  const requests = writes.map((write) => requestOf(target.tableName, write));
  const [only, ...others] = requests;
  if (!only) return;
  if (others.length > 0) {
    await target.documentClient.send(new TransactWriteCommand({ TransactItems: requests }));
  } else if (only.Put) {
    await target.documentClient.send(new PutCommand(only.Put));
  } else if (only.Delete) {
    await target.documentClient.send(new DeleteCommand(only.Delete));
  }
}

function requestOf(TableName: string, write: Write): WriteRequest {
  if (write.link) return { Put: { TableName, Item: write.link.Item } };
  if (write.put) {
    const { ExpressionAttributeNames, ...put } = write.put;
    return { Put: { TableName, ...put, ExpressionAttributeNames: names(ExpressionAttributeNames) } };
  }
  const remove = write.remove as NonNullable<Write['remove']>;
  return {
    Delete: {
      TableName,
      Key: remove.Key,
      ConditionExpression: remove.ConditionExpression,
      ExpressionAttributeNames: remove.names,
      ExpressionAttributeValues: remove.values,
    },
  };
}

function names(map: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(map).length > 0 ? map : undefined;
}

/**
 * Maps a failed condition to the turn's result. A replayed request fails on the set (already there)
 * and usually on the workout too (the first attempt moved it): the replay is what the skill must hear.
 */
export function lostRace(error: unknown, writes: readonly Write[]): SaveTurnResult | null {
  if (error instanceof ConditionalCheckFailedException) {
    const item = writes[0]?.item ?? 'profile';
    const replayed = requestItems.includes(item);
    return { ok: false, reason: replayed ? 'already-logged' : 'conflict', item };
  }
  if (!(error instanceof TransactionCanceledException)) return null;
  const codes = error.CancellationReasons?.map((reason) => reason.Code ?? 'None') ?? [];
  const failed = writes.filter((_, index) => {
    const code = codes[index];
    return code === 'ConditionalCheckFailed' || code === 'TransactionConflict';
  });
  if (failed.length === 0) return null;
  const setWrite = failed.find((write) => requestItems.includes(write.item));
  if (setWrite) return { ok: false, reason: 'already-logged', item: setWrite.item };
  return { ok: false, reason: 'conflict', item: (failed[0] as Write).item };
}
