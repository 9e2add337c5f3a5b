import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { applyLoggedSet } from '../../lambda/progress/apply-set';
import { createStore } from '../../lambda/store';
import { matched } from '../../local/alexa-requests';
import { type FaultProxy, startFaultProxy } from '../../local/fault-proxy';
import { benchSet, newWorkout } from '../store/fixtures';
import { createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { shownScreen } from '../support/screen';

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

describe('a rating after the set ("that was easy")', () => {
  async function afterAWorkingSet() {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 8 });
    return talk;
  }
  const ratings = async (userId: string) =>
    (await storedItems(table, userId, 'LOG#')).filter((item) => String(item.SK).includes('#RATED#'));

  it('stores the rating with the workout in one write after one read', async () => {
    const talk = await afterAWorkingSet();
    const calls = await callsOf(() => talk.say('RateSetIntent', { effort: matched('easy', 'easy') }));
    expect(calls.reads).toBeLessThanOrEqual(1);
    expect(calls.writes).toBe(1);
    expect(calls.result.speech).toMatch(/^easy, noted\./i);
    expect(await ratings(talk.session.userId)).toEqual([expect.objectContaining({ effort: 'easy' })]);
  });

  it('says nothing was saved when the write failed, and stores no rating', async () => {
    const talk = await afterAWorkingSet();
    // The rating and the workout go in one transaction; it is that write that fails.
    proxy.inject({
      operation: 'TransactWriteItems',
      tableName: table.name,
      fault: 'internal-server-error',
      times: Number.POSITIVE_INFINITY,
    });
    const failed = await talk.say('RateSetIntent', { effort: matched('easy', 'easy') });
    expect(failed.speech).toMatch(/I couldn't save that/i);
    expect(failed.speech).not.toMatch(/noted/i);
    proxy.reset();
    expect(await ratings(talk.session.userId)).toEqual([]);
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

describe('a chart on a screen', () => {
  it('comes in the turn’s one read, with the sessions the progress Lambda folded', async () => {
    const talk = createConversation({ locale: 'en-GB', screen: true });
    await onboard(talk);
    const userId = talk.session.userId;
    const store = createStore({ documentClient: table.documentClient, tableName: table.name });
    // Three bench sessions two days apart, each set folded as the stream hands it over.
    for (const [index, load] of [80, 82.5, 85].entries()) {
      const workout = newWorkout(
        0,
        new Date(Date.parse('2026-11-20T09:00:00.000Z') + index * 2 * 86_400_000),
      );
      for (let setIndex = 0; setIndex < 3; setIndex++) {
        const loggedAt = new Date(Date.parse(workout.startedAt) + (setIndex + 1) * 180_000).toISOString();
        const set = benchSet(workout, { reps: 5, load: { value: load, unit: 'kg' }, setIndex, loggedAt });
        const saved = await store.saveTurn(userId, { loggedSet: set });
        if (!saved.ok || !saved.setKey) throw new Error('set not saved');
        await applyLoggedSet(store, { userId, setKey: saved.setKey, set: { ...set, closesWorkout: false } });
      }
    }
    // The two earlier sessions are in the lift's chart item, the latest in its snapshot.
    expect(await storedItems(table, userId, 'PLOT#')).toHaveLength(1);

    const charted = await callsOf(() =>
      talk.say('MyProgressIntent', { exercise: matched('bench', 'bench-press') }),
    );
    expect(charted.reads).toBe(1);
    const query = proxy.requests.find((request) => request.operation === 'Query');
    expect(JSON.stringify(query?.body)).toContain('PLOT#bench-press');
    const chart = await shownScreen(charted.result, 'liftProgress');
    expect(chart.datasources.liftProgress).toMatchObject({ latestLabel: 'estimated max, 3 sessions' });

    // A question that draws no chart reads the turn's usual range.
    const plain = await callsOf(() =>
      talk.say('MyBestIntent', { exercise: matched('bench', 'bench-press') }),
    );
    expect(plain.reads).toBe(1);
    expect(
      JSON.stringify(proxy.requests.find((request) => request.operation === 'Query')?.body),
    ).not.toContain('PLOT#');
  });
});
