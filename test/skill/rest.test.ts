import type { interfaces, services } from 'ask-sdk-model';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation, testSkillId } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let timers: TimersEmulator;

beforeAll(async () => {
  timers = await TimersEmulator.start({ permissionGranted: true });
});
afterAll(() => timers.close());
// Each test is a fresh Alexa account: no timers left running from the one before.
beforeEach(async () => {
  timers.setPermissionGranted(true);
  await fetch(`${timers.apiEndpoint}/v1/alerts/timers`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${timers.apiAccessToken}` },
  });
  timers.calls.length = 0;
});

/** Hypertrophy rests 90 s on bench (spoken countdown without a timer); strength rests 3 minutes. */
async function lifter(goal: 'hypertrophy' | 'strength' = 'hypertrophy'): Promise<Conversation> {
  const talk = createConversation({
    locale: 'en-GB',
    apiEndpoint: timers.apiEndpoint,
    apiAccessToken: timers.apiAccessToken,
  });
  await onboard(talk, goal, 'intermediate');
  await stateMax(talk, 'bench-press', 100);
  await reachFirstWorkingSet(talk);
  return talk;
}

const creates = () =>
  timers.calls.filter((call) => call.method === 'POST' && call.path === '/v1/alerts/timers');
const deletes = () => timers.calls.filter((call) => call.method === 'DELETE');
const profileOf = async (talk: Conversation) => (await storedItems(table, talk.session.userId, 'PROFILE'))[0];
const workoutOf = (talk: Conversation) => storedWorkout(table, talk.session.userId);

describe('flow 5: rest with the Alexa Timers API', () => {
  it('sets a LAUNCH_TASK timer for the rest, and the task launch resumes at the next set', async () => {
    const talk = await lifter();
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.speech).toMatch(/eight at seventy-five kilos/i);
    expect(logged.speech).toMatch(/rest ninety seconds/i);
    expect(logged.endsSession).toBe(true);
    const [create] = creates();
    const request = create?.request as services.timerManagement.TimerRequest;
    expect(request.duration).toBe('PT1M30S');
    expect(request.triggeringBehavior.operation).toMatchObject({
      type: 'LAUNCH_TASK',
      task: { name: `${testSkillId}.ResumeWorkout`, version: '1' },
    });
    expect(create?.status).toBe(200);
    expect((await profileOf(talk))?.timerConsent).toBe('granted');
    const timerId = (await workoutOf(talk))?.restTimerId as string;
    expect(timers.getTimer(timerId)?.status).toBe('ON');

    const ended = timers.fireNow(timerId);
    if (ended.kind !== 'LAUNCH_TASK') throw new Error('expected a LAUNCH_TASK timer');
    expect(ended.confirmText).toMatch(/continue with lift coach/i);
    const resumed = await talk.launch(ended.task);
    // Alexa itself just said the rest is over: the skill goes straight on, with no second "time's up".
    expect(resumed.speech).not.toMatch(/time's up/i);
    expect(resumed.speech).toMatch(/^(let's go|back to it|here we go)\. bench press, set two/i);
    expect(resumed.speech).toMatch(/bench press, set two of three: eight reps at seventy-five kilos/i);
    expect(resumed.speech).toMatch(/\?$/);
    const workout = await workoutOf(talk);
    expect(workout?.restTimerId).toBeNull();
    expect(workout?.cursor).toMatchObject({ phase: 'working' });
  });

  it('"rest shorter" replaces a running timer with one for what is left of the new rest', async () => {
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const oldTimer = (await workoutOf(talk))?.restTimerId as string;
    expect(timers.getTimer(oldTimer)?.status).toBe('ON');
    timers.calls.length = 0;

    const shorter = await talk.say('AdjustRestIntent', { direction: matched('shorter', 'shorter') });
    expect(shorter.speech).toMatch(/rests are now one minute/i);
    expect(shorter.speech).toMatch(/your timer now has (one minute|fifty-\w+ seconds)/i);
    expect(deletes().map((call) => call.path)).toEqual([`/v1/alerts/timers/${oldTimer}`]);
    expect(timers.getTimer(oldTimer)?.status ?? 'gone').not.toBe('ON');
    const [create] = creates();
    const duration = (create?.request as services.timerManagement.TimerRequest | undefined)?.duration;
    // Ninety seconds planned, now one minute: what is left is just under a minute (the turns take time).
    expect(duration).toMatch(/^PT(1M|5\dS)$/);
    const workout = await workoutOf(talk);
    expect(workout?.restTimerId).not.toBe(oldTimer);
    expect(timers.getTimer(workout?.restTimerId as string)?.status).toBe('ON');
    expect(workout?.cursor).toMatchObject({ phase: 'resting' });
  });

  it('cancels the running timer when the next set starts', async () => {
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const timerId = (await workoutOf(talk))?.restTimerId as string;
    const ready = await talk.say('NextSetIntent');
    expect(ready.speech).toMatch(/set two of three/i);
    expect(deletes().map((call) => call.path)).toEqual([`/v1/alerts/timers/${timerId}`]);
    expect(timers.getTimer(timerId)?.status ?? 'OFF').toBe('OFF');
  });

  it('cancels the running timer when the workout ends', async () => {
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const timerId = (await workoutOf(talk))?.restTimerId as string;
    await talk.say('EndWorkoutIntent');
    await talk.say('AMAZON.YesIntent');
    expect(deletes().map((call) => call.path)).toEqual([`/v1/alerts/timers/${timerId}`]);
  });
});

describe('flow 5: consent by voice', () => {
  it('asks with AskFor on a 401, and starts the timer once the lifter accepts', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter();
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.speech).toMatch(/I can set rest timers/i);
    const askFor = logged.directive<interfaces.connections.SendRequestDirective>('Connections.SendRequest');
    expect(askFor).toMatchObject({
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScope: 'alexa::alerts:timers:skill:readwrite',
      },
    });
    expect(logged.envelope.response.shouldEndSession).toBeUndefined();
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(5);

    timers.setPermissionGranted(true);
    const accepted = await talk.answerAskFor('ACCEPTED');
    expect(accepted.speech).toMatch(/timers are on/i);
    expect(accepted.speech).toMatch(/rest (ninety|eighty)/i);
    expect(creates().at(-1)?.status).toBe(200);
    expect((await profileOf(talk))?.timerConsent).toBe('granted');
    expect((await workoutOf(talk))?.restTimerId).toBeTruthy();
  });

  it('counts the rest out loud after DENIED and does not try timers again', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const denied = await talk.answerAskFor('DENIED');
    expect(denied.speech).toMatch(/count rests out loud/i);
    expect(denied.speech).toMatch(/thirty seconds\. .*ten seconds\. .*three\. .*two\. .*one\./i);
    expect(denied.speech).toMatch(/set two of three.*\?$/i);
    expect((await profileOf(talk))?.timerConsent).toBe('denied');
    const attempts = creates().length;
    const next = await talk.say('LogSetIntent', { reps: 8 });
    expect(next.speech).toMatch(/rest ninety seconds\. .*count|take ninety seconds/i);
    // Ninety seconds of rest in pauses of at most ten seconds (the cues take the rest of the time).
    const pauses = [...next.ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)].map(
      ([, amount, unit]) => Number(amount) / (unit === 'ms' ? 1000 : 1),
    );
    expect(Math.max(...pauses)).toBeLessThanOrEqual(10);
    expect(pauses.reduce((sum, seconds) => sum + seconds, 0)).toBeGreaterThanOrEqual(84);
    expect(pauses.reduce((sum, seconds) => sum + seconds, 0)).toBeLessThanOrEqual(90);
    expect(creates()).toHaveLength(attempts);
  });

  it('counts the rest after NOT_ANSWERED and asks only once per workout', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const unanswered = await talk.answerAskFor('NOT_ANSWERED');
    expect(unanswered.speech).toMatch(/count rests out loud for now/i);
    expect((await profileOf(talk))?.timerConsent).toBe('unknown');
    const next = await talk.say('LogSetIntent', { reps: 8 });
    expect(next.directive('Connections.SendRequest')).toBeUndefined();
    expect(next.speech).toMatch(/three\. .*two\. .*one\./i);
  });

  it('falls back to the spoken rest when the Timers API fails', async () => {
    const talk = await lifter();
    timers.failNext(500);
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.speech).toMatch(/thirty seconds/i);
    expect(logged.endsSession).toBe(false);
    expect((await workoutOf(talk))?.restTimerId).toBeNull();
  });

  it('leaves a long rest to the lifter when there is no timer', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter('strength');
    await talk.say('LogSetIntent', { reps: 6 });
    const denied = await talk.answerAskFor('DENIED');
    expect(denied.speech).toMatch(/when you're rested, say 'Alexa, tell lift coach ready'/i);
    expect(denied.endsSession).toBe(true);
    const ready = await talk.say('NextSetIntent');
    expect(ready.speech).toMatch(/set two of/i);
  });

  it('follows the permission events from the Alexa app', async () => {
    const talk = await lifter();
    await talk.send(talk.session.permissionChanged([]));
    expect((await profileOf(talk))?.timerConsent).toBe('denied');
    await talk.send(talk.session.permissionAccepted());
    expect((await profileOf(talk))?.timerConsent).toBe('granted');
  });
});

describe('flow 5: a timer from a workout that has ended', () => {
  it('resumes nothing and offers a new workout', async () => {
    const talk = await lifter();
    await talk.say('LogSetIntent', { reps: 8 });
    const timerId = (await workoutOf(talk))?.restTimerId as string;
    const ended = timers.fireNow(timerId);
    if (ended.kind !== 'LAUNCH_TASK') throw new Error('expected a LAUNCH_TASK timer');
    await talk.say('EndWorkoutIntent');
    await talk.say('AMAZON.YesIntent');
    const stale = await talk.launch(ended.task);
    expect(stale.speech).toMatch(/don't have a workout going\. shall I start today.s workout\?$/i);
  });
});
