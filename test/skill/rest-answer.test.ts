import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sayDuration } from '../../lambda/skill/speech/numbers';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation } from '../support/alexa';
import { onboard, stateMax } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// "How long is my rest?" must say the rest the timer is counting, not the next set's rest (a warm-up
// of the next lift has none) nor a range.

useFreshTable();
let timers: TimersEmulator;
beforeAll(async () => {
  timers = await TimersEmulator.start({ permissionGranted: true });
});
afterAll(() => timers.close());
beforeEach(async () => {
  await fetch(`${timers.apiEndpoint}/v1/alerts/timers`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${timers.apiAccessToken}` },
  });
  timers.calls.length = 0;
});

/** Seconds of the last timer the skill created (ISO 8601 duration like PT3M or PT4M30S). */
function lastTimerSeconds(): number | undefined {
  const created = timers.calls.filter((call) => call.method === 'POST' && call.status === 200).at(-1);
  const duration = (created?.request as { duration?: string } | undefined)?.duration;
  const match = duration?.match(/^PT(?:(\d+)M)?(?:(\d+)S)?$/);
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : undefined;
}

async function strengthLifter(): Promise<Conversation> {
  const talk = createConversation({
    locale: 'en-GB',
    apiEndpoint: timers.apiEndpoint,
    apiAccessToken: timers.apiAccessToken,
  });
  await onboard(talk, 'strength', 'intermediate');
  await stateMax(talk, 'bench-press', 100);
  await stateMax(talk, 'barbell-row', 90);
  await stateMax(talk, 'overhead-press', 60);
  await talk.say('StartWorkoutIntent');
  return talk;
}

/** Logs the warm-ups (as many as the ramp to the working load has) up to the first working set. */
async function finishWarmUps(talk: Conversation): Promise<void> {
  for (let guard = 0; guard < 10; guard++) {
    const turn = await talk.say('LogSetIntent', { reps: 5 });
    if (/set one of/i.test(turn.speech)) return;
  }
  throw new Error('no working set reached');
}

async function restAnswer(talk: Conversation): Promise<string> {
  return (await talk.say('RestTimeIntent')).speech;
}

describe('"how long is my rest?" agrees with the rest timer', () => {
  it('says the running rest after every set, including the last set of a lift', async () => {
    const talk = await strengthLifter();
    let timed = 0;
    for (let turn = 0; turn < 9; turn++) {
      const before = timers.calls.length;
      const logged = await talk.say('LogSetIntent', { reps: 7 });
      const timerStarted = timers.calls.slice(before).some((call) => call.method === 'POST');
      if (timerStarted) {
        const seconds = lastTimerSeconds() as number;
        expect(logged.speech).toContain(`Rest ${sayDuration(seconds)}`);
        expect(await restAnswer(talk)).toMatch(new RegExp(`^Rest ${sayDuration(seconds)} between sets`));
        await talk.say('NextSetIntent');
        timed++;
      }
    }
    // Three bench sets, the last one before the next lift's warm-ups.
    expect(timed).toBeGreaterThanOrEqual(3);
  });

  it('during warm-ups says the rest the working sets will get, never zero', async () => {
    const talk = await strengthLifter();
    expect(await restAnswer(talk)).toMatch(/^Rest three minutes between sets/);
  });

  it('after "rest five minutes" mid-rest, the answer and the moved timer both say five minutes', async () => {
    const talk = await strengthLifter();
    await finishWarmUps(talk);
    await talk.say('LogSetIntent', { reps: 7 });
    expect(lastTimerSeconds()).toBe(180);
    expect(await restAnswer(talk)).toMatch(/^Rest three minutes between sets/);
    const adjusted = await talk.say('AdjustRestIntent', { duration: 'PT5M' });
    expect(adjusted.speech).toMatch(/rests are now five minutes/i);
    expect(lastTimerSeconds()).toBeGreaterThan(280);
    expect(await restAnswer(talk)).toMatch(/^Rest five minutes between sets/);
    await talk.say('NextSetIntent');
    await talk.say('LogSetIntent', { reps: 7 });
    expect(lastTimerSeconds()).toBe(300);
    expect(await restAnswer(talk)).toMatch(/^Rest five minutes between sets/);
  });
});
