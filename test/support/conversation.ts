import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ActiveWorkout, readStoredActiveWorkout } from '../../lambda/store';
import { matched } from '../../local/alexa-requests';
import type { Conversation, Turn } from './alexa';

/** Onboards a lifter the way they would say it: launch, goal, level (unit from the locale). */
export async function onboard(
  talk: Conversation,
  goal: 'hypertrophy' | 'strength' | 'both' = 'hypertrophy',
  level: 'beginner' | 'intermediate' | 'advanced' = 'intermediate',
): Promise<Turn> {
  await talk.launch();
  await talk.say('SetGoalIntent', { goal: matched(goal, goal) });
  return talk.say('SetLevelIntent', { level: matched(level, level) });
}

/** "My <lift> max is <weight> <unit>". */
export function stateMax(
  talk: Conversation,
  exerciseId: string,
  weight: number,
  unit: 'kg' | 'lb' = 'kg',
): Promise<Turn> {
  return talk.say('SetMaxIntent', {
    exercise: matched(exerciseId.replaceAll('-', ' '), exerciseId),
    weight,
    unit: matched(unit === 'kg' ? 'kilos' : 'pounds', unit),
  });
}

/** Says a set's reps (and optionally weight) the way "I did eight" arrives. */
export function logReps(
  talk: Conversation,
  reps: number | string,
  extra: Record<string, unknown> = {},
): Promise<Turn> {
  return talk.say('LogSetIntent', { reps, ...(extra as Record<string, string>) });
}

/** The items stored under one lifter, straight from the table (what the skill really wrote). */
export async function storedItems(
  table: { name: string; documentClient: DynamoDBDocumentClient },
  userKey: string,
  prefix = '',
): Promise<Record<string, unknown>[]> {
  const { Items } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      ConsistentRead: true,
      KeyConditionExpression: prefix ? 'PK = :pk AND begins_with(SK, :prefix)' : 'PK = :pk',
      ExpressionAttributeValues: prefix
        ? { ':pk': `USER#${userKey}`, ':prefix': prefix }
        : { ':pk': `USER#${userKey}` },
    }),
  );
  return Items ?? [];
}

/** The lifter's active workout as the skill reads it (the stored item is compact; see the store). */
export async function storedWorkout(
  table: { name: string; documentClient: DynamoDBDocumentClient },
  userKey: string,
): Promise<ActiveWorkout | undefined> {
  const [item] = await storedItems(table, userKey, 'WORKOUT#ACTIVE');
  if (!item) return undefined;
  const { PK: _pk, SK: _sk, ...fields } = item;
  const read = readStoredActiveWorkout(fields);
  if (!read.ok) throw new Error(`unreadable active workout: ${JSON.stringify(read.issues)}`);
  return read.workout;
}

/** Starts the workout and logs the warm-ups until the first working set is up. */
export async function reachFirstWorkingSet(talk: Conversation): Promise<Turn> {
  let turn = await talk.say('StartWorkoutIntent');
  for (let guard = 0; guard < 8 && !/set one of/i.test(turn.speech); guard++) {
    turn = await talk.say('LogSetIntent', { reps: 5 });
  }
  if (!/set one of/i.test(turn.speech)) throw new Error(`no working set reached: ${turn.speech}`);
  return turn;
}
