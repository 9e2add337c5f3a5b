import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ActiveWorkout,
  type LoggedSet,
  loggedSetSchema,
  readStoredActiveWorkout,
} from '../../../lambda/store';
import type { SlotInputs } from '../../../local/alexa-requests';
import { matched } from '../../../local/alexa-requests';
import type { Conversation, Turn } from '../../support/alexa';
import type { FreshTable } from '../../support/dynamo';

/**
 * Gets a lifter to the rack: onboarding answered one intent at a time, then the workout started,
 * so the next thing a lifter says is a set. Everything goes through the handler as Alexa sends it.
 */
export async function onboardAndStart(conversation: Conversation): Promise<Turn> {
  await conversation.launch();
  await conversation.say('SetGoalIntent', { goal: matched('strength', 'strength') });
  await conversation.say('SetLevelIntent', { level: matched('intermediate', 'intermediate') });
  await conversation.say('SetUnitsIntent', { unit: matched('kilos', 'kg') });
  await conversation.say('SetEquipmentIntent', { equipment: matched('full gym', 'full-gym') });
  return conversation.say('StartWorkoutIntent');
}

export function userKeyOf(conversation: Conversation): string {
  return conversation.session.personId ?? conversation.session.userId;
}

/** What the table really holds for this lifter, read consistently behind the skill's back. */
export async function storedSets(
  table: FreshTable,
  userKey: string,
): Promise<(LoggedSet & { SK: string })[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.documentClient.send(
      new QueryCommand({
        TableName: table.name,
        ConsistentRead: true,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :set)',
        ExpressionAttributeValues: { ':pk': `USER#${userKey}`, ':set': 'LOG#' },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items.map((item) => ({ ...loggedSetSchema.parse(item), SK: String(item.SK) }));
}

export async function storedWorkout(table: FreshTable, userKey: string): Promise<ActiveWorkout | undefined> {
  const { Item } = await table.documentClient.send(
    new GetCommand({
      TableName: table.name,
      Key: { PK: `USER#${userKey}`, SK: 'WORKOUT#ACTIVE' },
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const { PK: _pk, SK: _sk, ...fields } = Item;
  const read = readStoredActiveWorkout(fields);
  if (!read.ok) throw new Error(`unreadable active workout: ${JSON.stringify(read.issues)}`);
  return read.workout;
}

/** Every item under the lifter's partition, whatever its kind. */
export async function storedItems(table: FreshTable, userKey: string): Promise<Record<string, unknown>[]> {
  const { Items } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `USER#${userKey}` },
    }),
  );
  return Items ?? [];
}

/**
 * The slots of the set the stored workout asks for next: its target reps, or a calibration set
 * (eight reps at a weight) when the lift has no known max yet.
 */
export function slotsForNextSet(workout: ActiveWorkout | undefined): SlotInputs {
  const target = workout?.currentTarget;
  const exercise = workout?.plan.exercises[workout.cursor.exerciseIndex];
  if (!target || exercise?.status === 'needs-max') {
    return { reps: 8, weight: 40, unit: matched('kilos', 'kg') };
  }
  return { reps: target.reps };
}
