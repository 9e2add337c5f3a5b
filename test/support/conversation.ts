import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ActiveWorkout, readStoredActiveWorkout } from '../../lambda/store';
import { type AlexaSessionOptions, matched } from '../../local/alexa-requests';
import { type Conversation, createConversation, type Turn } from './alexa';
import { hear } from './words';

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

/**
 * A pounds lifter (en-US) set up in their own words through the shipped interaction model, with a
 * bench max of 225 lb so the first lift has loads. `goal` is said as the lifter says it.
 */
export async function benchLifterInWords(
  goal: 'bigger muscles' | 'more strength' = 'bigger muscles',
  options: Partial<AlexaSessionOptions> = {},
): Promise<Conversation> {
  const talk = createConversation({ locale: 'en-US', ...options });
  await hear(talk, 'open lift coach');
  await hear(talk, goal);
  await hear(talk, 'intermediate');
  await hear(talk, 'my bench max is two hundred and twenty-five pounds');
  return talk;
}

/**
 * A dumbbells-only beginner building size (en-GB, kilos) at the first lift without a max, which the
 * coach calibrates; lunges, on the body alone, may come first and are skipped.
 */
export async function dumbbellBeginnerAtCalibration(): Promise<Conversation> {
  const talk = createConversation({ locale: 'en-GB' });
  await onboard(talk, 'hypertrophy', 'beginner');
  await talk.say('SetEquipmentIntent', { equipment: matched('dumbbells', 'dumbbells') });
  let heard = await talk.say('StartWorkoutIntent');
  for (let skips = 0; skips < 4 && !/don't know your/i.test(heard.speech); skips += 1) {
    heard = await talk.say('SkipExerciseIntent');
  }
  if (!/don't know your/i.test(heard.speech)) throw new Error(`no lift to calibrate: ${heard.speech}`);
  return talk;
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

/**
 * A lift's STATS item put straight into the table, in the shape the progress Lambda leaves (no best
 * set, progression or session unless given), so a turn reads stats without a stream run.
 */
export async function putLiftStats(
  table: { name: string; documentClient: DynamoDBDocumentClient },
  userKey: string,
  stats: { exerciseId: string; updatedAt: string } & Record<string, unknown>,
): Promise<void> {
  await table.documentClient.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        PK: `USER#${userKey}`,
        SK: `STATS#${stats.exerciseId}`,
        bestSet: null,
        personalRecordAt: null,
        progression: null,
        session: null,
        version: 1,
        ...stats,
      },
    }),
  );
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

/**
 * Starts the workout and logs the warm-ups until the first working set is up: as intents, or
 * `inWords` ("start workout", "I did ten") through the interaction model.
 */
export async function reachFirstWorkingSet(
  talk: Conversation,
  { inWords = false }: { inWords?: boolean } = {},
): Promise<Turn> {
  const start = () => (inWords ? hear(talk, 'start workout') : talk.say('StartWorkoutIntent'));
  const logWarmUp = () => (inWords ? hear(talk, 'I did ten') : talk.say('LogSetIntent', { reps: 5 }));
  let turn = await start();
  for (let guard = 0; guard < 8 && !/set one of/i.test(turn.speech); guard++) {
    turn = await logWarmUp();
  }
  if (!/set one of/i.test(turn.speech)) throw new Error(`no working set reached: ${turn.speech}`);
  return turn;
}
