import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from '../../local/iso-duration';
import { TimersEmulator, type TimersEmulatorOptions } from '../../local/timers-emulator';

type TimerRequest = services.timerManagement.TimerRequest;

const launchTaskTimer: TimerRequest = {
  duration: 'PT2M',
  timerLabel: 'Rest',
  creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
  triggeringBehavior: {
    operation: {
      type: 'LAUNCH_TASK',
      textToConfirm: [{ locale: 'en-US', text: 'Rest is over. Time for your next set, %s?' }],
      task: { name: 'amzn1.ask.skill.local.ResumeWorkout', version: '1', input: { workoutId: 'w1' } },
    },
    notificationConfig: { playAudible: true },
  },
};

const announceTimer: TimerRequest = {
  duration: 'PT90S',
  creationBehavior: { displayExperience: { visibility: 'HIDDEN' } },
  triggeringBehavior: {
    operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-GB', text: 'Rest over. Next set!' }] },
    notificationConfig: { playAudible: false },
  },
};

let emulator: TimersEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function startWithClient(options: TimersEmulatorOptions = {}, token?: string) {
  emulator = await TimersEmulator.start(options);
  const client = new services.timerManagement.TimerManagementServiceClient({
    apiClient: new DefaultApiClient(),
    apiEndpoint: emulator.apiEndpoint,
    authorizationValue: token ?? emulator.apiAccessToken,
  });
  return { emulator, client };
}

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { statusCode?: number }).statusCode;
  }
}

describe('the Timers API emulator, called by the real TimerManagementServiceClient', () => {
  it('creates, gets and lists a LAUNCH_TASK timer like the real service', async () => {
    const { client } = await startWithClient();
    const created = await client.createTimer(launchTaskTimer);
    expect(created).toMatchObject({ status: 'ON', duration: 'PT2M', timerLabel: 'Rest' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const triggerIn = Date.parse(created.triggerTime ?? '') - Date.now();
    expect(triggerIn).toBeGreaterThan(110_000);
    expect(triggerIn).toBeLessThanOrEqual(120_000);

    expect(await client.getTimer(created.id ?? '')).toMatchObject({ id: created.id, status: 'ON' });
    const list = await client.getTimers();
    expect(list.totalCount).toBe(1);
    expect(list.timers?.[0]?.id).toBe(created.id);
  });

  it('pauses and resumes, reporting the time left while paused', async () => {
    const { client, emulator } = await startWithClient();
    const { id = '' } = await client.createTimer(announceTimer);
    await client.pauseTimer(id);
    const paused = await client.getTimer(id);
    expect(paused.status).toBe('PAUSED');
    expect(paused.remainingTimeWhenPaused).toBe('PT1M30S');
    expect(emulator.getTimer(id)?.status).toBe('PAUSED');
    await client.resumeTimer(id);
    expect((await client.getTimer(id)).status).toBe('ON');
  });

  it('deletes one timer, then all, and answers 404 for a timer that is gone', async () => {
    const { client, emulator } = await startWithClient();
    const first = await client.createTimer(announceTimer);
    await client.createTimer(launchTaskTimer);
    await client.deleteTimer(first.id ?? '');
    expect(emulator.listTimers()).toHaveLength(1);
    expect(await statusOf(client.getTimer(first.id ?? ''))).toBe(404);
    await client.deleteTimers();
    expect(emulator.listTimers()).toEqual([]);
    expect(await statusOf(client.pauseTimer(first.id ?? ''))).toBe(404);
  });

  it('ends a timer after its scaled duration with the LAUNCH_TASK confirm text and task', async () => {
    const { client, emulator } = await startWithClient({ timeScale: 600, skillName: 'Lift Coach' });
    const ended = emulator.nextTimerEnded(5_000);
    const started = Date.now();
    await client.createTimer(launchTaskTimer); // two minutes at 600× → 200 ms
    const event = await ended;
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(event).toMatchObject({
      kind: 'LAUNCH_TASK',
      confirmText: 'Rest is over. Time for your next set, continue with Lift Coach?',
      task: { name: 'amzn1.ask.skill.local.ResumeWorkout', version: '1', input: { workoutId: 'w1' } },
    });
    expect(emulator.listTimers()).toEqual([]);
    expect(emulator.ended).toHaveLength(1);
  });

  it('announces the text of an ANNOUNCE timer fired early by a test', async () => {
    const { client, emulator } = await startWithClient();
    const { id } = await client.createTimer(announceTimer);
    const event = emulator.fireNow();
    expect(event).toMatchObject({ kind: 'ANNOUNCE', locale: 'en-GB', text: 'Rest over. Next set!' });
    expect(event.timer.id).toBe(id);
    expect(await statusOf(client.getTimer(id ?? ''))).toBe(404);
  });

  it('does not end a paused timer', async () => {
    const { client, emulator } = await startWithClient({ timeScale: 1200 });
    const { id = '' } = await client.createTimer(launchTaskTimer); // 100 ms at 1200×
    await client.pauseTimer(id);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(emulator.ended).toEqual([]);
    await client.resumeTimer(id);
    await expect(emulator.nextTimerEnded(2_000)).resolves.toMatchObject({ kind: 'LAUNCH_TASK' });
  });

  it('answers 401 to a wrong token and to a user who has not granted the permission', async () => {
    const { client: stranger } = await startWithClient({}, 'someone-else');
    expect(await statusOf(stranger.getTimers())).toBe(401);
    await emulator?.close();

    const { client, emulator: denied } = await startWithClient({ permissionGranted: false });
    expect(await statusOf(client.createTimer(announceTimer))).toBe(401);
    denied.setPermissionGranted(true);
    await expect(client.createTimer(announceTimer)).resolves.toMatchObject({ status: 'ON' });
  });

  it('injects 500 and 401 faults for the next calls only', async () => {
    const { client, emulator } = await startWithClient();
    emulator.failNext(500);
    emulator.failNext(401);
    expect(await statusOf(client.createTimer(announceTimer))).toBe(500);
    expect(await statusOf(client.getTimers())).toBe(401);
    await expect(client.getTimers()).resolves.toMatchObject({ totalCount: 0 });
    expect(emulator.calls.map((call) => call.status)).toEqual([500, 401, 200]);
  });

  it('refuses what Alexa refuses: a confirm text without %s, a bad duration, a duplicate label', async () => {
    const { client } = await startWithClient();
    const noPlaceholder = structuredClone(launchTaskTimer);
    const operation = noPlaceholder.triggeringBehavior
      .operation as services.timerManagement.LaunchTaskOperation;
    operation.textToConfirm = [{ locale: 'en-US', text: 'Next set?' }];
    expect(await statusOf(client.createTimer(noPlaceholder))).toBe(400);
    expect(await statusOf(client.createTimer({ ...announceTimer, duration: 'two minutes' }))).toBe(400);
    expect(await statusOf(client.createTimer({ ...announceTimer, duration: 'P2D' }))).toBe(400);
    await client.createTimer(launchTaskTimer);
    expect(await statusOf(client.createTimer(launchTaskTimer))).toBe(400);
  });
});

describe('ISO-8601 durations', () => {
  it.each([
    ['PT2M3S', 123_000],
    ['PT90S', 90_000],
    ['PT1H', 3_600_000],
    ['P1D', 86_400_000],
    ['PT1.5S', 1_500],
  ])('%s is %d ms', (text, milliseconds) => {
    expect(parseIsoDuration(text)).toBe(milliseconds);
  });

  it.each(['', 'P', 'PT', '2M', 'PT2X'])('%j is not a duration', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });

  it('formats the shortest form', () => {
    expect(formatIsoDuration(123_000)).toBe('PT2M3S');
    expect(formatIsoDuration(3_600_000 + 30_000)).toBe('PT1H30S');
    expect(formatIsoDuration(0)).toBe('PT0S');
  });
});
