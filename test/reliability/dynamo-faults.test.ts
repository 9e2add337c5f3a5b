import { describe, expect, it } from 'vitest';
import type { FaultKind, OperationClass } from '../../local/fault-proxy';
import type { Conversation, Turn } from '../support/alexa';
import { useFaultySkill } from './support/faulty-skill';
import { onboardAndStart, slotsForNextSet, storedSets, storedWorkout, userKeyOf } from './support/workout';

/**
 * Faults at the DynamoDB boundary while a lifter logs a set, through the skill's real handler:
 * the skill never says a set was logged when it was not, asks to say it again, and the next try
 * stores it exactly once.
 */
const skill = useFaultySkill();

/** Alexa gives up on a skill after 8 seconds; an answer after that is never heard. */
const alexaDeadlineMs = 8_000;

const claimsLogged = (turn: Turn) =>
  /\blogged\b|\bgot it\b|\bsaved\b/i.test(turn.speech) && !/couldn.t save/i.test(turn.speech);

async function lifterAtTheRack() {
  const conversation = skill.conversation();
  await onboardAndStart(conversation);
  const userKey = userKeyOf(conversation);
  const workout = await storedWorkout(skill.direct, userKey);
  expect(workout, 'the workout was started').toBeDefined();
  return { conversation, userKey, workout };
}

async function sayNextSet(conversation: Conversation, userKey: string) {
  const slots = slotsForNextSet(await storedWorkout(skill.direct, userKey));
  const started = performance.now();
  const turn = await conversation.say('LogSetIntent', slots);
  return { turn, elapsedMs: performance.now() - started, slots };
}

const lastingFaults: FaultKind[] = [
  'provisioned-throughput-exceeded',
  'throttling',
  'internal-server-error',
  'timeout',
  'dropped-connection',
];
const sides: OperationClass[] = ['read', 'write'];

describe('a DynamoDB fault that outlasts the SDK’s retries', () => {
  for (const operationClass of sides) {
    for (const fault of lastingFaults) {
      it(`${fault} on ${operationClass}s: the set is not claimed, the lifter is asked again, the retry stores it once`, async () => {
        const { conversation, userKey, workout } = await lifterAtTheRack();
        skill.proxy.inject({
          fault,
          operationClass,
          tableName: skill.direct.name,
          times: Number.POSITIVE_INFINITY,
        });
        const failed = await sayNextSet(conversation, userKey);
        skill.proxy.reset();

        expect(failed.elapsedMs, 'answered before Alexa gives up').toBeLessThan(alexaDeadlineMs);
        expect(claimsLogged(failed.turn), failed.turn.speech).toBe(false);
        expect(failed.turn.speech).toMatch(/again/i);
        expect(failed.turn.endsSession).toBe(false);
        expect(await storedSets(skill.direct, userKey)).toEqual([]);
        expect((await storedWorkout(skill.direct, userKey))?.version).toBe(workout?.version);

        const retried = await conversation.say('LogSetIntent', failed.slots);
        expect(claimsLogged(retried), retried.speech).toBe(true);
        const sets = await storedSets(skill.direct, userKey);
        expect(sets).toHaveLength(1);
        expect(sets[0]?.reps).toBe(failed.slots.reps);
        expect((await storedWorkout(skill.direct, userKey))?.setsLogged.map((set) => set.setKey)).toEqual([
          sets[0]?.SK,
        ]);
      }, 30_000);
    }
  }
});

describe('a DynamoDB fault the SDK’s retries ride out', () => {
  for (const operationClass of sides) {
    for (const fault of lastingFaults) {
      it(`one ${fault} on a ${operationClass}: the set is logged once and said so`, async () => {
        const { conversation, userKey } = await lifterAtTheRack();
        const injected = skill.proxy.inject({
          fault,
          operationClass,
          tableName: skill.direct.name,
          times: 1,
        });
        const { turn, elapsedMs } = await sayNextSet(conversation, userKey);
        expect(injected.injected).toBe(1);
        expect(elapsedMs).toBeLessThan(alexaDeadlineMs);
        expect(claimsLogged(turn), turn.speech).toBe(true);
        expect(await storedSets(skill.direct, userKey)).toHaveLength(1);
      }, 30_000);
    }
  }
});

describe('a write that DynamoDB applied but whose answer was lost', () => {
  for (const fault of ['internal-server-error', 'dropped-connection', 'timeout'] as const) {
    it(`${fault} after the write: the SDK's retry does not log the set twice`, async () => {
      const { conversation, userKey } = await lifterAtTheRack();
      skill.proxy.inject({ fault, operationClass: 'write', moment: 'after-forwarding', times: 1 });
      const { turn, elapsedMs } = await sayNextSet(conversation, userKey);
      expect(elapsedMs).toBeLessThan(alexaDeadlineMs);
      const sets = await storedSets(skill.direct, userKey);
      expect(sets).toHaveLength(1);
      // Stored, so saying so is right; saying "again" would make the lifter log it twice.
      expect(claimsLogged(turn), turn.speech).toBe(true);
    }, 30_000);
  }
});
