import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../lambda/store';
import { matched, newPersonId, newUserId } from '../../local/alexa-requests';
import { simulateLifter } from '../../local/simulated-lifter';
import { lambdaContext } from '../../local/skill-runtime';
import { createStreamPoller, type StreamPoller } from '../../local/stream-poller';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation, skillHandler, testSkillId } from '../support/alexa';
import { useFreshTable } from '../support/dynamo';
import { captureOutput } from './support/captured-output';
import { onboardAndStart, slotsForNextSet, storedItems, storedWorkout } from './support/workout';

/**
 * What the skill keeps about a person and what it lets out: logs hold no token, no raw id and no
 * envelope; "delete my data" and disabling the skill remove everything of that person and nothing
 * of anyone else. The skill and the progress Lambda run as in the stack, fed by the stream poller.
 */
const table = useFreshTable();
let timers: TimersEmulator;
let poller: StreamPoller;

beforeAll(async () => {
  // The most talkative level: nothing a person owns may reach the logs even when debugging.
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  timers = await TimersEmulator.start();
  const progress = (await import('../../lambda/progress/index')).handler as (
    event: DynamoDBStreamEvent,
    context: unknown,
  ) => Promise<DynamoDBBatchResponse>;
  poller = createStreamPoller({
    tableName: table.name,
    handler: (event) => progress(event, lambdaContext('lift-coach-progress', 60_000)),
  });
  await poller.start();
  await skillHandler();
});

afterAll(async () => {
  await poller?.stop();
  await timers?.close();
});

function lifter(options: { userId?: string; personId?: string; deviceId?: string } = {}): Conversation {
  return createConversation({
    apiEndpoint: timers.apiEndpoint,
    apiAccessToken: timers.apiAccessToken,
    ...options,
  });
}

async function logSets(conversation: Conversation, userKey: string, count: number) {
  for (let set = 0; set < count; set++) {
    await conversation.say('LogSetIntent', slotsForNextSet(await storedWorkout(table, userKey)));
  }
}

describe('the logs of a whole workout', () => {
  it('hold no access token, no raw user, person or device id, and no envelope', async () => {
    const personId = newPersonId();
    const deviceId = 'amzn1.ask.device.LOCALPRIVACYCHECK0001';
    const recognised = lifter({ personId, deviceId });
    const referee = createStore({ documentClient: table.documentClient, tableName: table.name });
    const handler = await skillHandler();

    const { result: report, output } = await captureOutput(async () => {
      const whole = await simulateLifter({ handler, skillId: testSkillId, timers, store: referee, seed: 77 });
      await onboardAndStart(recognised);
      await logSets(recognised, personId, 3);
      await recognised.say('HowMuchWeightIntent');
      await recognised.say('MyBestIntent', { exercise: matched('bench', 'bench-press') });
      // Error paths log too: a request from another skill, and one the skill cannot route.
      const foreign = createConversation({
        skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000bad',
        personId,
      });
      await expect(foreign.send(foreign.session.launch())).rejects.toThrow();
      await recognised.send(
        recognised.session.rawRequest('AudioPlayer.PlaybackStarted', { token: 'x', offsetInMilliseconds: 0 }),
      );
      await recognised.say('DeleteDataIntent');
      await recognised.say('AMAZON.YesIntent');
      await poller.drain(30_000);
      return whole;
    });

    expect(report.completed, report.problem).toBe(true);
    const logs = output.text;
    expect(logs, 'the capture saw the turns').toMatch(/"message":"Turn"/);
    const secrets = {
      'access token': timers.apiAccessToken,
      'user id': report.userId,
      'recognised account id': recognised.session.userId,
      'person id': personId,
      'device id': deviceId,
    };
    for (const [what, secret] of Object.entries(secrets)) {
      expect(logs.includes(secret), `the logs contain the ${what}`).toBe(false);
    }
    expect(logs).not.toMatch(/amzn1\.ask\.(account|person|device)\./);
    expect(logs).not.toMatch(
      /apiAccessToken|"System"|"requestEnvelope"|"sessionAttributes"|amzn1\.echo-api\.session/,
    );
  }, 120_000);
});

async function personWithHistory(options: { userId?: string; personId?: string }) {
  const conversation = lifter(options);
  await onboardAndStart(conversation);
  const userKey = options.personId ?? conversation.session.userId;
  await logSets(conversation, userKey, 3);
  return { conversation, userKey };
}

async function kindsOf(userKey: string): Promise<string[]> {
  return (await storedItems(table, userKey)).map((item) => String(item.SK).split('#')[0] ?? '').sort();
}

describe('deleting a person’s data', () => {
  it('"delete my data" asks first, then removes every item of the speaker and nothing of anyone else', async () => {
    const household = newUserId();
    const speaker = await personWithHistory({ userId: household, personId: newPersonId() });
    const partner = await personWithHistory({ userId: household, personId: newPersonId() });
    const neighbour = await personWithHistory({});
    await poller.drain(30_000);
    expect(await kindsOf(speaker.userKey)).toEqual(
      expect.arrayContaining(['LOG', 'PROFILE', 'STATS', 'WORKOUT']),
    );
    const partnerBefore = await storedItems(table, partner.userKey);
    const neighbourBefore = await storedItems(table, neighbour.userKey);

    const asked = await speaker.conversation.say('DeleteDataIntent');
    expect(asked.endsSession).toBe(false);
    await speaker.conversation.say('AMAZON.NoIntent');
    expect(await storedItems(table, speaker.userKey)).not.toEqual([]);

    await speaker.conversation.say('DeleteDataIntent');
    await speaker.conversation.say('AMAZON.YesIntent');
    await poller.drain(30_000);
    expect(await storedItems(table, speaker.userKey)).toEqual([]);
    // The account keeps a link per recognised person (for disabling the skill); the speaker's is gone.
    const links = (await storedItems(table, household)).map((item) => item.SK);
    expect(links).toEqual([`PERSON#${partner.userKey}`]);
    expect(await storedItems(table, partner.userKey)).toEqual(partnerBefore);
    expect(await storedItems(table, neighbour.userKey)).toEqual(neighbourBefore);
  }, 60_000);

  it('disabling the skill removes every item of the account, and nothing of another account', async () => {
    const account = await personWithHistory({});
    const other = await personWithHistory({});
    await poller.drain(30_000);
    const otherBefore = await storedItems(table, other.userKey);
    await account.conversation.send(account.conversation.session.skillDisabled());
    await poller.drain(30_000);
    expect(await storedItems(table, account.userKey)).toEqual([]);
    expect(await storedItems(table, other.userKey)).toEqual(otherBefore);
  }, 60_000);

  it('disabling the skill also removes the data of every recognised person of that account', async () => {
    const household = newUserId();
    const first = await personWithHistory({ userId: household, personId: newPersonId() });
    const second = await personWithHistory({ userId: household, personId: newPersonId() });
    await poller.drain(30_000);
    // Skill events are about the account: Alexa sends them without a person.
    const event = lifter({ userId: household });
    await event.send(event.session.skillDisabled());
    await poller.drain(30_000);
    expect(await storedItems(table, first.userKey)).toEqual([]);
    expect(await storedItems(table, second.userKey)).toEqual([]);
    expect(await storedItems(table, household)).toEqual([]);
  }, 60_000);
});
