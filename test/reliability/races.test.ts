import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { type Conversation, skillHandler, type Turn, toTurn } from '../support/alexa';
import { useFaultySkill } from './support/faulty-skill';
import { onboardAndStart, slotsForNextSet, storedSets, storedWorkout, userKeyOf } from './support/workout';

/**
 * Retries and races on one lifter's data, through the skill's real handler against DynamoDB Local:
 * Alexa re-sending a request, a second device writing between this turn's read and its write, and
 * two devices logging at the same moment.
 */
const skill = useFaultySkill();

const claimsLogged = (turn: Turn) =>
  /\blogged\b|\bgot it\b|\bsaved\b/i.test(turn.speech) && !/couldn.t save/i.test(turn.speech);

async function lifterAtTheRack(): Promise<{ conversation: Conversation; userKey: string }> {
  const conversation = skill.conversation();
  await onboardAndStart(conversation);
  return { conversation, userKey: userKeyOf(conversation) };
}

/** The same lifter (same Alexa account) on another device: own session, same data. */
function secondDevice(first: Conversation): Conversation {
  return skill.conversation({ userId: first.session.userId });
}

/** The stored workout and the stored sets tell one story: each set once, each planned slot once. */
async function expectConsistent(userKey: string, expectedSets: number) {
  const sets = await storedSets(skill.direct, userKey);
  const workout = await storedWorkout(skill.direct, userKey);
  expect(sets).toHaveLength(expectedSets);
  // The workout keeps each set's slot, and only the latest set's key (for spotting Alexa's retry).
  const slotOf = (set: { exerciseIndex: number; setIndex: number; reps: number }) =>
    `${set.exerciseIndex}/${set.setIndex}x${set.reps}`;
  expect(workout?.setsLogged.map(slotOf).sort()).toEqual(sets.map(slotOf).sort());
  const keys = workout?.setsLogged.flatMap((set) => (set.setKey ? [set.setKey] : [])) ?? [];
  expect(keys).toEqual(expectedSets > 0 ? [workout?.setsLogged.at(-1)?.setKey] : []);
  for (const key of keys) expect(sets.map((set) => set.SK)).toContain(key);
  const slots = sets.map((set) => `${set.exerciseIndex}/${set.setIndex}`);
  expect(new Set(slots).size, `two sets claim one slot of the plan: ${slots.join(', ')}`).toBe(sets.length);
  return { sets, workout };
}

describe('Alexa retrying a request', () => {
  it('the same request sent again after it was answered logs the set once', async () => {
    const { conversation, userKey } = await lifterAtTheRack();
    const handler = await skillHandler();
    const envelope = conversation.session.intent(
      'LogSetIntent',
      slotsForNextSet(await storedWorkout(skill.direct, userKey)),
    );
    const first = toTurn(await handler(structuredClone(envelope), {}));
    const retried = toTurn(await handler(structuredClone(envelope), {}));
    expect(claimsLogged(first), first.speech).toBe(true);
    await expectConsistent(userKey, 1);
    // The lifter hears the retry's answer: it must not ask for a set that is already stored.
    expect(retried.speech).not.toMatch(/couldn.t save|say it again/i);
  });

  it('the same request arriving twice at once logs the set once', async () => {
    const { conversation, userKey } = await lifterAtTheRack();
    const handler = await skillHandler();
    const envelope = conversation.session.intent(
      'LogSetIntent',
      slotsForNextSet(await storedWorkout(skill.direct, userKey)),
    );
    const answers: ResponseEnvelope[] = await Promise.all([
      handler(structuredClone(envelope), {}),
      handler(structuredClone(envelope), {}),
    ]);
    expect(answers.map(toTurn).some(claimsLogged)).toBe(true);
    await expectConsistent(userKey, 1);
  });
});

describe('a lost race on the version condition', () => {
  it('another device writing between this turn’s read and write: nothing of this turn is stored, the lifter is asked again, the retry is stored', async () => {
    const { conversation, userKey } = await lifterAtTheRack();
    const other = secondDevice(conversation);
    let otherTurn: Turn | undefined;
    const race = skill.proxy.inject({
      fault: 'interleave',
      operation: 'TransactWriteItems',
      action: async () => {
        otherTurn = await other.say(
          'LogSetIntent',
          slotsForNextSet(await storedWorkout(skill.direct, userKey)),
        );
      },
    });
    const lost = await conversation.say(
      'LogSetIntent',
      slotsForNextSet(await storedWorkout(skill.direct, userKey)),
    );
    expect(race.injected).toBe(1);
    expect(otherTurn && claimsLogged(otherTurn), otherTurn?.speech).toBe(true);
    expect(claimsLogged(lost), lost.speech).toBe(false);
    expect(lost.speech).toMatch(/again/i);
    await expectConsistent(userKey, 1);

    const retried = await conversation.say(
      'LogSetIntent',
      slotsForNextSet(await storedWorkout(skill.direct, userKey)),
    );
    expect(claimsLogged(retried), retried.speech).toBe(true);
    await expectConsistent(userKey, 2);
  });

  it('a profile answer that loses its race is not claimed either', async () => {
    const conversation = skill.conversation();
    await conversation.launch();
    const other = secondDevice(conversation);
    skill.proxy.inject({
      fault: 'interleave',
      operation: 'PutItem',
      action: async () => {
        await other.say('SetLevelIntent', { level: { value: 'advanced', id: 'advanced' } });
      },
    });
    const lost = await conversation.say('SetGoalIntent', { goal: { value: 'strength', id: 'strength' } });
    expect(lost.speech).toMatch(/couldn.t save|again/i);
    const retried = await conversation.say('SetGoalIntent', { goal: { value: 'strength', id: 'strength' } });
    expect(retried.speech).not.toMatch(/couldn.t save/i);
    const { Item } = await skill.direct.documentClient.send(
      new GetCommand({
        TableName: skill.direct.name,
        Key: { PK: `USER#${userKeyOf(conversation)}`, SK: 'PROFILE' },
        ConsistentRead: true,
      }),
    );
    // Both answers survive: neither device overwrote the other.
    expect(Item).toMatchObject({ goal: 'strength', level: 'advanced' });
  });
});

describe('the same lifter logging from two devices at once', () => {
  it('stores both sets and keeps the cursor consistent, round after round', async () => {
    const { conversation, userKey } = await lifterAtTheRack();
    const devices = [conversation, secondDevice(conversation)];
    let stored = 0;
    for (let round = 0; round < 4; round++) {
      let waiting = [...devices];
      for (let attempt = 0; attempt < 4 && waiting.length > 0; attempt++) {
        const workout = await storedWorkout(skill.direct, userKey);
        if (!workout || workout.cursor.phase === 'done') break;
        const turns = await Promise.all(
          waiting.map((device) => device.say('LogSetIntent', slotsForNextSet(workout))),
        );
        stored += turns.filter(claimsLogged).length;
        waiting = waiting.filter((_, index) => !claimsLogged(turns[index] as Turn));
      }
      expect(waiting, 'every device got its set stored within a few tries').toEqual([]);
      await expectConsistent(userKey, stored);
    }
    expect(stored).toBe(8);
  }, 60_000);
});
