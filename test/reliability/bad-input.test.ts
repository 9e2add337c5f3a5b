import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../lambda/skill/i18n/en';
import { type AskForStatus, createAlexaSession, newUserId } from '../../local/alexa-requests';
import { TimersEmulator } from '../../local/timers-emulator';
import {
  type Conversation,
  createConversation,
  skillHandler,
  type Turn,
  testSkillId,
} from '../support/alexa';
import { responseProblems, spokenText } from '../support/alexa-limits';
import { useFreshTable } from '../support/dynamo';
import { captureOutput } from './support/captured-output';
import { loadInteractionModel, workoutTurnArbitrary } from './support/model-arbitraries';
import { onboardAndStart, storedItems, storedWorkout } from './support/workout';

/**
 * Input the skill did not expect, generated and hand-made, through the real handler against
 * DynamoDB Local: well-formed requests never reach the catch-all error answer and every answer fits
 * Alexa's limits; malformed envelopes and other skills are refused without touching the table;
 * corrupted items in the table take the recovery path.
 */
const table = useFreshTable();
let timers: TimersEmulator;
const catchAllWords = spokenText(`<speak>${en.general.error}</speak>`).split('.')[0] ?? '';
const model = loadInteractionModel();

beforeAll(async () => {
  timers = await TimersEmulator.start();
  await skillHandler();
});
afterAll(async () => {
  await timers?.close();
});

function lifter(): Conversation {
  return createConversation({ apiEndpoint: timers.apiEndpoint, apiAccessToken: timers.apiAccessToken });
}

const isCatchAll = (turn: Turn) => catchAllWords.length > 10 && turn.speech.includes(catchAllWords);

function asksForConsent(turn: Turn | undefined): boolean {
  return (turn?.directives ?? []).some((directive) => directive.type === 'Connections.SendRequest');
}

describe('generated conversations from the interaction model', () => {
  it('knows what the catch-all answer sounds like', () => {
    expect(catchAllWords).toMatch(/went wrong/i);
  });

  it('never reach the catch-all error answer, and every answer fits Alexa’s limits', async () => {
    const sequence = fc.record({
      atTheRack: fc.boolean(),
      launchFirst: fc.boolean(),
      turns: fc.array(workoutTurnArbitrary(model), { minLength: 1, maxLength: 12 }),
      consent: fc.constantFrom<AskForStatus>('ACCEPTED', 'DENIED', 'NOT_ANSWERED'),
    });
    await fc.assert(
      fc.asyncProperty(sequence, async ({ atTheRack, launchFirst, turns, consent }) => {
        const conversation = lifter();
        const { output } = await captureOutput(async () => {
          if (atTheRack) await onboardAndStart(conversation);
          if (launchFirst) await conversation.launch();
          for (const generated of turns) {
            // Alexa answers a consent question before anything else the lifter says.
            if (asksForConsent(conversation.turns.at(-1))) await conversation.answerAskFor(consent);
            // The driver checks Alexa's limits on every response and throws on a breach.
            await conversation.say(generated.intent, generated.slots, {
              confirmationStatus: generated.confirmationStatus,
            });
          }
        });
        const caught = conversation.turns.filter(isCatchAll);
        expect(caught.map((turn) => turn.speech)).toEqual([]);
        expect(output.text).not.toMatch(/"level":"ERROR"/);
      }),
      {
        numRuns: 40,
        // Shrinking replays whole conversations; the counterexample as found is readable enough.
        endOnFailure: true,
        // Found by this property before: a max without its lift left the microphone open on no question.
        examples: [
          // Found by this property: a negative weight in the other unit reached the unit conversion.
          [
            {
              atTheRack: true,
              launchFirst: false,
              turns: [
                {
                  intent: 'LogFailedSetIntent',
                  slots: { reps: '4', weight: '-29', unit: { value: 'pounds', id: 'lb', type: 'UnitType' } },
                  confirmationStatus: 'NONE',
                },
              ],
              consent: 'NOT_ANSWERED',
            },
          ],
          [
            {
              atTheRack: false,
              launchFirst: false,
              turns: [{ intent: 'SetMaxIntent', slots: { weight: '210' }, confirmationStatus: 'NONE' }],
              consent: 'ACCEPTED',
            },
          ],
        ],
      },
    );
  }, 180_000);
});

/** Calls the handler with any envelope; a rejection is a refusal (Lambda reports it to Alexa). */
async function invoke(envelope: unknown): Promise<{ response?: ResponseEnvelope; error?: unknown }> {
  const handler = await skillHandler();
  try {
    return { response: await handler(envelope as RequestEnvelope, {}) };
  } catch (error) {
    return { error };
  }
}

describe('malformed envelopes and other skills', () => {
  const userId = newUserId();
  const session = createAlexaSession({ skillId: testSkillId, userId });
  const valid = session.intent('LogSetIntent', { reps: 8 });
  const without = (path: string[]) => {
    const copy = structuredClone(valid) as unknown as Record<string, unknown>;
    let parent = copy;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string, unknown>;
    delete parent[path.at(-1) as string];
    return copy;
  };
  const cases: [string, unknown][] = [
    ['an empty object', {}],
    ['no request', without(['request'])],
    ['no context', without(['context'])],
    ['no user', without(['context', 'System', 'user'])],
    ['no application', without(['context', 'System', 'application'])],
    ['an unknown request type', { ...valid, request: { ...valid.request, type: 'Lift.Unknown' } }],
    ['an intent request without an intent', without(['request', 'intent'])],
    [
      'an intent no model declares',
      {
        ...valid,
        request: { ...valid.request, intent: { name: 'OrderPizzaIntent', confirmationStatus: 'NONE' } },
      },
    ],
    [
      'slots of the wrong shape',
      {
        ...valid,
        request: {
          ...valid.request,
          intent: { name: 'LogSetIntent', confirmationStatus: 'NONE', slots: { reps: 'eight' } },
        },
      },
    ],
    [
      'another skill’s id',
      createAlexaSession({ skillId: 'amzn1.ask.skill.not-lift-coach', userId }).launch(),
    ],
  ];

  it.each(cases)('%s: refused or answered within limits, nothing stored', async (_name, envelope) => {
    const { result } = await captureOutput(() => invoke(envelope));
    if (result.response) expect(responseProblems(result.response)).toEqual([]);
    else expect(result.error).toBeInstanceOf(Error);
    expect(await storedItems(table, userId)).toEqual([]);
  });

  it('a request from another skill is refused before anything is read or written', async () => {
    const foreign = createAlexaSession({ skillId: 'amzn1.ask.skill.not-lift-coach', userId });
    const { result } = await captureOutput(() => invoke(foreign.intent('DeleteDataIntent')));
    expect(result.error).toBeInstanceOf(Error);
    expect(result.response).toBeUndefined();
  });
});

describe('corrupted items in the table', () => {
  async function corrupt(userKey: string, sortKey: string, fields: Record<string, unknown>) {
    await table.documentClient.send(
      new PutCommand({ TableName: table.name, Item: { ...fields, PK: `USER#${userKey}`, SK: sortKey } }),
    );
  }

  it('an unreadable active workout is replaced by a fresh one, and the skill says so', async () => {
    const conversation = lifter();
    await onboardAndStart(conversation);
    const userKey = conversation.session.userId;
    const before = await storedItems(table, userKey);
    await corrupt(userKey, 'WORKOUT#ACTIVE', { version: 7, cursor: 'sideways', plan: 42 });
    const launch = await conversation.launch();
    expect(isCatchAll(launch), launch.speech).toBe(false);
    expect(launch.speech).toMatch(/couldn.t read your last workout/i);
    const started = await conversation.say('StartWorkoutIntent');
    expect(isCatchAll(started), started.speech).toBe(false);
    expect(await storedWorkout(table, userKey)).toMatchObject({ cursor: { exerciseIndex: 0, setIndex: 0 } });
    const profile = (await storedItems(table, userKey)).find((item) => item.SK === 'PROFILE');
    expect(profile).toMatchObject({ goal: before.find((item) => item.SK === 'PROFILE')?.goal });
  });

  it('a profile with unreadable fields keeps what reads and asks again for the rest', async () => {
    const conversation = lifter();
    await onboardAndStart(conversation);
    const userKey = conversation.session.userId;
    const profile = (await storedItems(table, userKey)).find((item) => item.SK === 'PROFILE') ?? {};
    await corrupt(userKey, 'PROFILE', { ...profile, level: 'wizard', unit: 7 });
    const launch = await conversation.launch();
    expect(isCatchAll(launch), launch.speech).toBe(false);
    const answered = await conversation.say('SetLevelIntent', {
      level: { value: 'beginner', id: 'beginner' },
    });
    expect(isCatchAll(answered), answered.speech).toBe(false);
    const repaired = (await storedItems(table, userKey)).find((item) => item.SK === 'PROFILE');
    expect(repaired).toMatchObject({ goal: profile.goal, level: 'beginner' });
  });

  it('unreadable stats and a garbage item of an unknown kind do not stop a workout', async () => {
    const conversation = lifter();
    await onboardAndStart(conversation);
    const userKey = conversation.session.userId;
    await corrupt(userKey, 'STATS#bench-press', { estimatedOneRepMax: 'heavy', version: 'x' });
    await corrupt(userKey, 'STATS#squat', { bestSet: { reps: -4 } });
    const turns = [
      await conversation.launch(),
      await conversation.say('MyProgressIntent', { exercise: { value: 'bench', id: 'bench-press' } }),
      await conversation.say('MyBestIntent', { exercise: { value: 'squat', id: 'squat' } }),
      await conversation.say('TodaysWorkoutIntent'),
    ];
    expect(turns.filter(isCatchAll).map((turn) => turn.speech)).toEqual([]);
  });
});
