import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../local/fault-proxy';
import { createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// The skill's DynamoDB client is created when the skill module loads (the first turn), after these
// hooks: pointing the SDK's endpoint variable at the proxy puts every skill call on the wire here.
let proxy: FaultProxy;
const endpointBefore = process.env.AWS_ENDPOINT_URL_DYNAMODB;
beforeAll(async () => {
  proxy = await startFaultProxy(inject('dynamoEndpoint'));
  process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
});
afterAll(async () => {
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpointBefore;
  await proxy.close();
});
const table = useFreshTable();
beforeEach(() => proxy.reset());

/** DynamoDB calls one turn made, by kind. */
async function callsOf<T>(turn: () => Promise<T>): Promise<{ reads: number; writes: number; result: T }> {
  proxy.reset();
  const result = await turn();
  const own = proxy.requests.filter((request) => request.tableName === table.name);
  return {
    reads: own.filter((request) => request.operationClass === 'read').length,
    writes: own.filter((request) => request.operationClass === 'write').length,
    result,
  };
}

describe('one read and one write per turn, no write for a question', () => {
  it('keeps every turn of a workout within the budget', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    const budget: [string, () => Promise<unknown>, number][] = [
      ['launch', () => talk.launch(), 0],
      ['goal', () => talk.say('SetGoalIntent', { goal: { value: 'size', id: 'hypertrophy' } }), 1],
      [
        'level',
        () => talk.say('SetLevelIntent', { level: { value: 'intermediate', id: 'intermediate' } }),
        1,
      ],
      ['max', () => stateMax(talk, 'bench-press', 100), 1],
      ["today's workout", () => talk.say('TodaysWorkoutIntent'), 0],
      ['start', () => talk.say('StartWorkoutIntent'), 1],
      ['log a warm-up', () => talk.say('LogSetIntent', { reps: 10 }), 1],
      ['how much weight', () => talk.say('HowMuchWeightIntent'), 0],
      ['rest time', () => talk.say('RestTimeIntent'), 0],
      ['why', () => talk.say('WhyThisWeightIntent'), 0],
      ["what's next", () => talk.say('WhatsNextIntent'), 0],
      ['nutrition', () => talk.say('NutritionIntent'), 0],
      ['help', () => talk.say('AMAZON.HelpIntent'), 0],
      ['stop', () => talk.say('AMAZON.StopIntent'), 0],
      ['end, with sets left', () => talk.say('EndWorkoutIntent'), 0],
      ['yes, end it', () => talk.say('AMAZON.YesIntent'), 1],
    ];
    for (const [name, turn, writes] of budget) {
      const calls = await callsOf(turn);
      expect(calls.reads, `${name}: reads`).toBeLessThanOrEqual(1);
      expect(calls.writes, `${name}: writes`).toBe(writes);
    }
  });
});

describe('never "logged" when the write failed', () => {
  it('says it could not save, stores nothing, and logs the set when said again', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    await reachFirstWorkingSet(talk);
    const setsBefore = (await storedItems(table, talk.session.userId, 'LOG#')).length;
    proxy.inject({
      operationClass: 'write',
      tableName: table.name,
      fault: 'internal-server-error',
      times: Number.POSITIVE_INFINITY,
    });
    const failed = await talk.say('LogSetIntent', { reps: 8 });
    expect(failed.speech).toMatch(/I couldn't save that, please say it again/i);
    expect(failed.speech).not.toMatch(/logged|saved\.|got it/i);
    expect(failed.endsSession).toBe(false);
    proxy.reset();
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(setsBefore);
    const again = await talk.say('LogSetIntent', { reps: 8 });
    expect(again.speech).toMatch(/eight at seventy-five kilos/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(setsBefore + 1);
  });

  it('says it could not save when another turn changed the workout first', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    await reachFirstWorkingSet(talk);
    const setsBefore = (await storedItems(table, talk.session.userId, 'LOG#')).length;
    proxy.inject({
      operation: 'TransactWriteItems',
      tableName: table.name,
      fault: 'interleave',
      action: async () => {
        await table.documentClient.send(
          new UpdateCommand({
            TableName: table.name,
            Key: { PK: `USER#${talk.session.userId}`, SK: 'WORKOUT#ACTIVE' },
            UpdateExpression: 'SET #version = #version + :one',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1 },
          }),
        );
      },
    });
    const lost = await talk.say('LogSetIntent', { reps: 8 });
    expect(lost.speech).toMatch(/I couldn't save that, please say it again/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(setsBefore);
  });
});
