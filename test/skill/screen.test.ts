import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { renderScreen, restRemaining, tap } from '../../local/apl-screen';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { renderedDocument, shownScreen, tapOn, touchEvent } from '../support/screen';

const table = useFreshTable();
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
});

/** An Echo Show: bench press (max 100 kg) is the first lift, 3 × 8 @ 75 kg, 90 s rests on a timer. */
async function showLifter(options: { screen?: boolean; timers?: boolean } = {}): Promise<Conversation> {
  const talk = createConversation({
    locale: 'en-GB',
    screen: options.screen ?? true,
    ...(options.timers === false
      ? {}
      : { apiEndpoint: timers.apiEndpoint, apiAccessToken: timers.apiAccessToken }),
  });
  await onboard(talk, 'hypertrophy', 'intermediate');
  await stateMax(talk, 'bench-press', 100);
  return talk;
}

const setsOf = (talk: Conversation) => storedItems(table, talk.session.userId, 'LOG#');

describe('the Echo Show during a workout', () => {
  it('shows the plan, then the set at hand with its plates and buttons', async () => {
    const talk = await showLifter();
    await shownScreen(await talk.say('TodaysWorkoutIntent'), 'workoutPlan');
    const start = await talk.say('StartWorkoutIntent');
    const warmUp = await shownScreen(start, 'workoutSet');
    expect(warmUp.datasources.workoutSet).toMatchObject({
      title: 'Bench press',
      label: 'Warm-up',
      progress: 'warm-up 1 of 4',
      reps: 10,
      load: '20 kg',
      plates: 'Empty bar',
    });
    const working = await shownScreen(await reachFirstWorkingSet(talk), 'workoutSet');
    expect(working.datasources.workoutSet).toMatchObject({
      label: 'Working set',
      progress: 'set 1 of 3',
      reps: 8,
      load: '75 kg',
      plates: 'Each side: 25 + 2.5',
      hint: 'Say "I did eight" or tap Done',
    });
    expect(renderScreen(working, Date.now())).toEqual([
      'Bench press — Working set · set 1 of 3',
      '  8 × 75 kg',
      '  Each side: 25 + 2.5',
      '  [ − ] [ Done ] [ + ] [ Skip lift ]',
      '  Say "I did eight" or tap Done',
    ]);
  });

  it('a tap on Done logs the target reps once, as "I did eight" would, and a retried tap stores none', async () => {
    const talk = await showLifter();
    const screen = await shownScreen(await reachFirstWorkingSet(talk), 'workoutSet');
    const before = (await setsOf(talk)).length;
    const tap = touchEvent(talk, screen, 'done');
    const done = await talk.send(tap);
    expect(done.speech).toMatch(/eight at seventy-five kilos/i);
    expect(done.speech).toMatch(/rest ninety seconds/i);
    const after = await setsOf(talk);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ kind: 'working', reps: 8, load: { value: 75, unit: 'kg' } });

    // Alexa retries the same request: the set is already stored, nothing new is.
    const retried = await talk.send(tap);
    expect(retried.speech).toMatch(/already have that set/i);
    expect(await setsOf(talk)).toHaveLength(before + 1);
    // A second tap on the same, now stale, screen: a new request, and still nothing stored.
    const again = await tapOn(talk, screen, 'done');
    expect(again.speech).toMatch(/already behind you, so I logged nothing/i);
    expect(await setsOf(talk)).toHaveLength(before + 1);
    expect((await storedWorkout(table, talk.session.userId))?.setsLogged).toHaveLength(before + 1);
  });

  it('"−" before Done logs one rep fewer; a tapped rep count is checked like a spoken one', async () => {
    const talk = await showLifter({ timers: false });
    const screen = await shownScreen(await reachFirstWorkingSet(talk), 'workoutSet');
    const before = (await setsOf(talk)).length;
    const zero = await talk.send(
      talk.session.rawRequest('Alexa.Presentation.APL.UserEvent', {
        token: 'workoutSet',
        arguments: [
          'done',
          screen.datasources.workoutSet && (screen.datasources.workoutSet as { position: string }).position,
          0,
        ],
      }),
    );
    expect(zero.speech).toMatch(/zero/i);
    expect(await setsOf(talk)).toHaveLength(before);
    // The tap goes through the same checks as words: 51 reps is "too many", by voice or by touch.
    const spoken = await talk.say('LogSetIntent', { reps: 51 });
    const tapped = await talk.send(
      talk.session.rawRequest('Alexa.Presentation.APL.UserEvent', {
        token: 'workoutSet',
        arguments: ['done', (screen.datasources.workoutSet as { position: string }).position, 51],
      }),
    );
    expect(tapped.speech).toBe(spoken.speech);
    expect(await setsOf(talk)).toHaveLength(before);

    // "−" changes the number on the device alone: nothing is sent until Done.
    expect(tap(screen, 'fewer')).toEqual({ kind: 'local' });
    expect(screen.reps).toBe(7);
    const done = await tapOn(talk, screen, 'done');
    expect(done.speech).toMatch(/seven at seventy-five kilos/i);
    expect((await setsOf(talk)).at(-1)).toMatchObject({ reps: 7 });
  });

  it('shows the rest counting down, follows "rest longer", and "I\'m ready" brings the next set', async () => {
    const talk = await showLifter();
    await reachFirstWorkingSet(talk);
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    const rest = await shownScreen(logged, 'workoutRest');
    expect(rest.datasources.workoutRest).toMatchObject({
      title: 'Rest',
      seconds: 90,
      next: 'Next: Bench press, set 2 of 3 · 8 × 75 kg',
      readyLabel: "I'm ready",
    });
    expect(renderScreen(rest, rest.renderedAt + 25_000)[0]).toMatch(/^Rest {2}1:05 left {2}█+░+$/);
    expect(restRemaining(rest, rest.renderedAt + 95_000)).toBe(0);
    expect(renderScreen(rest, rest.renderedAt + 95_000)[0]).toMatch(/Time's up/);

    // 90 s is the longest rest of this goal: "shorter" takes 30 s off the rest that is running.
    const shorter = await talk.say('AdjustRestIntent', { direction: matched('shorter', 'shorter') });
    expect(shorter.speech).toMatch(/rests are now one minute/i);
    const shortened = await shownScreen(shorter, 'workoutRest');
    const seconds = (shortened.datasources.workoutRest as { seconds: number }).seconds;
    expect(seconds).toBeLessThanOrEqual(60);
    expect(seconds).toBeGreaterThan(40);

    const ready = await tapOn(talk, shortened, 'ready');
    expect(ready.speech).toMatch(/bench press, set two of three: eight reps at seventy-five kilos/i);
    const next = await shownScreen(ready, 'workoutSet');
    expect(next.datasources.workoutSet).toMatchObject({ progress: 'set 2 of 3' });
    expect((await storedWorkout(table, talk.session.userId))?.cursor.phase).toBe('working');
  });

  it('Skip moves on to the next lift like "skip" does', async () => {
    const talk = await showLifter();
    const screen = await shownScreen(await reachFirstWorkingSet(talk), 'workoutSet');
    const skipped = await tapOn(talk, screen, 'skip');
    expect(skipped.speech).toMatch(/^skipping bench press\./i);
    const next = await shownScreen(skipped, 'workoutSet');
    expect(next.datasources.workoutSet).toMatchObject({ title: 'Barbell row', label: 'Find your weight' });
  });

  it('shows the summary when the workout ends', async () => {
    const talk = await showLifter({ timers: false });
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 8 });
    const asked = await talk.say('EndWorkoutIntent');
    expect(asked.speech).toMatch(/\?$/);
    const ended = await talk.say('AMAZON.YesIntent');
    const summary = await shownScreen(ended, 'workoutSummary');
    expect(summary.datasources.workoutSummary).toMatchObject({
      title: 'Workout done',
      figures: [
        { value: '1', label: 'working sets' },
        { value: '600 kg', label: 'volume' },
      ],
    });
  });

  it('sends no screen to a device without one, and the words stay the same', async () => {
    const talk = await showLifter({ screen: false, timers: false });
    const start = await talk.say('StartWorkoutIntent');
    expect(renderedDocument(start)).toBeUndefined();
    const working = await reachFirstWorkingSet(talk);
    expect(renderedDocument(working)).toBeUndefined();
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.directives.filter((directive) => directive.type.startsWith('Alexa.Presentation'))).toEqual(
      [],
    );
  });

  it('a tap with no workout offers one and stores nothing', async () => {
    const talk = await showLifter();
    const turn = await talk.send(
      talk.session.rawRequest('Alexa.Presentation.APL.UserEvent', {
        token: 'workoutSet',
        arguments: ['done', 'gone:0:0', 8],
      }),
    );
    expect(turn.speech).toMatch(/you don't have a workout going/i);
    expect(await setsOf(talk)).toHaveLength(0);
  });
});
