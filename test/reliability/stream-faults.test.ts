import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { setIdentity, workoutSummarySchema } from '../../lambda/store';
import type { FaultKind } from '../../local/fault-proxy';
import { lambdaContext } from '../../local/skill-runtime';
import { createStreamPoller } from '../../local/stream-poller';
import { useFaultySkill } from './support/faulty-skill';
import { onboardAndStart, slotsForNextSet, storedWorkout } from './support/workout';

/**
 * The progress Lambda behind faults at the DynamoDB boundary, on real stream records of sets logged
 * through the skill: a record that cannot be applied is reported alone while the others apply, and
 * replaying the batch (as Lambda does after a partial failure) changes nothing that was applied.
 */
const skill = useFaultySkill();
type ProgressHandler = (event: DynamoDBStreamEvent, context: unknown) => Promise<DynamoDBBatchResponse>;
let progress: ProgressHandler;
let batch: DynamoDBStreamEvent;
const lifters: string[] = [];

beforeAll(async () => {
  // Loaded after the fault proxy took over the endpoint, so its DynamoDB client goes through it.
  progress = (await import('../../lambda/progress/index')).handler as ProgressHandler;
  for (let lifter = 0; lifter < 3; lifter++) {
    const conversation = skill.conversation();
    await onboardAndStart(conversation);
    const userKey = conversation.session.userId;
    for (let set = 0; set < 3; set++) {
      await conversation.say('LogSetIntent', slotsForNextSet(await storedWorkout(skill.direct, userKey)));
    }
    lifters.push(userKey);
  }
  const records: DynamoDBRecord[] = [];
  const poller = createStreamPoller({
    tableName: skill.direct.name,
    dynamoClient: skill.direct.client,
    handler: async (event) => {
      records.push(...event.Records);
      return { batchItemFailures: [] };
    },
  });
  await poller.start();
  await poller.drain(30_000);
  await poller.stop();
  batch = { Records: records };
}, 90_000);

const invoke = () => progress(structuredClone(batch), lambdaContext('lift-coach-progress', 60_000));

const recordsOf = (userKey: string) =>
  batch.Records.filter((record) => record.dynamodb?.Keys?.PK?.S === `USER#${userKey}`);

/** What the progress Lambda wrote for a lifter: stats and workout summaries. */
async function progressItems(userKey: string) {
  const { Items } = await skill.direct.documentClient.send(
    new QueryCommand({
      TableName: skill.direct.name,
      ConsistentRead: true,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `USER#${userKey}` },
    }),
  );
  return (Items ?? []).filter((item) => /^(STATS|DONE)#/.test(String(item.SK)));
}

describe('the progress Lambda under DynamoDB faults', () => {
  it('gets one batch holding every lifter’s sets', () => {
    expect(lifters).toHaveLength(3);
    for (const userKey of lifters) expect(recordsOf(userKey)).toHaveLength(3);
  });

  const cases: [string, FaultKind, 'read' | 'write'][] = [
    ['a write that keeps failing', 'internal-server-error', 'write'],
    ['a read that keeps being throttled', 'provisioned-throughput-exceeded', 'read'],
  ];
  it.each(cases)(
    '%s for one lifter: only that lifter’s records are reported, the rest apply, a replay changes nothing',
    async (_name, fault, operationClass) => {
      const [victim = '', ...others] = lifters;
      for (const userKey of lifters) expect(await progressItems(userKey)).toEqual([]);
      skill.proxy.inject({
        fault,
        operationClass,
        tableName: skill.direct.name,
        where: (request) => JSON.stringify(request.body).includes(`USER#${victim}`),
        times: Number.POSITIVE_INFINITY,
      });
      const failed = await invoke();
      skill.proxy.reset();

      const reported = failed.batchItemFailures.map((failure) => failure.itemIdentifier).sort();
      expect(reported).toEqual(
        recordsOf(victim)
          .map((record) => record.dynamodb?.SequenceNumber)
          .sort(),
      );
      expect(await progressItems(victim)).toEqual([]);
      const applied = new Map<string, unknown>();
      for (const userKey of others) {
        const items = await progressItems(userKey);
        expect(items.map((item) => String(item.SK).split('#')[0]).sort()).toEqual(['DONE', 'STATS']);
        applied.set(userKey, items);
      }

      // Lambda retries the batch: the failed lifter's sets apply now, nothing applied before moves.
      expect((await invoke()).batchItemFailures).toEqual([]);
      for (const userKey of others) expect(await progressItems(userKey)).toEqual(applied.get(userKey));
      const victimItems = await progressItems(victim);
      const victimSummary = workoutSummarySchema.parse(
        victimItems.find((item) => String(item.SK).startsWith('DONE#')),
      );
      expect(Object.values(victimSummary.lifts).flatMap((lift) => lift.sets)).toHaveLength(3);

      // And once more: a replay of what was all applied changes no item at all.
      const everything = await Promise.all(lifters.map(progressItems));
      expect((await invoke()).batchItemFailures).toEqual([]);
      expect(await Promise.all(lifters.map(progressItems))).toEqual(everything);

      await clearProgress();
    },
    60_000,
  );

  it('a write that never gets an answer, for one set: that set alone is reported, without waiting out the SDK’s minutes-long default', async () => {
    const [victim = ''] = lifters;
    const stalled = recordsOf(victim)[0];
    const stalledKey = stalled?.dynamodb?.Keys?.SK?.S ?? '';
    skill.proxy.inject({
      fault: 'timeout',
      operation: 'TransactWriteItems',
      where: (request) => JSON.stringify(request.body).includes(stalledKey),
      times: Number.POSITIVE_INFINITY,
    });
    const failed = await invoke();
    skill.proxy.reset();
    expect(failed.batchItemFailures).toEqual([{ itemIdentifier: stalled?.dynamodb?.SequenceNumber }]);
    const everySet = batch.Records.map((record) => setIdentity(record.dynamodb?.Keys?.SK?.S ?? '')).sort();
    expect(await appliedSetKeys()).toEqual(everySet.filter((id) => id !== setIdentity(stalledKey)));
    expect((await invoke()).batchItemFailures).toEqual([]);
    expect(await appliedSetKeys()).toEqual(everySet);
    await clearProgress();
  }, 60_000);
});

/** Every set identity the workout summaries say they applied, over all lifters. */
async function appliedSetKeys(): Promise<string[]> {
  const summaries = (await Promise.all(lifters.map(progressItems))).flat();
  return summaries
    .filter((item) => String(item.SK).startsWith('DONE#'))
    .flatMap((item) => workoutSummarySchema.parse(item).applied)
    .sort();
}

/** Leaves the next case a clean slate: the same records, no progress yet. */
async function clearProgress(): Promise<void> {
  for (const userKey of lifters) {
    for (const item of await progressItems(userKey)) {
      await skill.direct.documentClient.send(
        new DeleteCommand({ TableName: skill.direct.name, Key: { PK: item.PK, SK: item.SK } }),
      );
    }
  }
}
