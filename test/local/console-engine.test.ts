import { fileURLToPath } from 'node:url';
import {
  DefaultApiClient,
  getIntentName,
  getRequestType,
  type HandlerInput,
  SkillBuilders,
} from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, ResponseEnvelope, services } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { createAlexaSession, timersPermissionScope } from '../../local/alexa-requests';
import { ConsoleClock } from '../../local/console-clock';
import { ConsoleEngine, type ConsoleLine } from '../../local/console-engine';
import { parseScript, runScript } from '../../local/console-script';
import { loadInteractionModelFile } from '../../local/interaction-model';
import { ssmlToText } from '../../local/ssml-text';
import { TimersEmulator } from '../../local/timers-emulator';
import { createUtteranceResolver } from '../../local/utterance-resolver';

// A small real ask-sdk skill: it exercises what the console must carry (sessions, reprompts,
// AskFor, LAUNCH_TASK timers through the Timers API) independently of Lift Coach's own handlers.
const skillId = 'amzn1.ask.skill.console-engine-test';
const resumeTask = { name: `${skillId}.ResumeWorkout`, version: '1' };

function timersGranted(input: HandlerInput): boolean {
  const scopes = input.requestEnvelope.context.System.user.permissions?.scopes ?? {};
  return scopes[timersPermissionScope]?.status === 'GRANTED';
}

async function startRest(input: HandlerInput): Promise<ResponseEnvelope['response']> {
  const timer: services.timerManagement.TimerRequest = {
    duration: 'PT2M',
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: 'en-US', text: 'Rest is over. Ready for your next set, %s?' }],
        task: { ...resumeTask, input: { set: 2 } },
      },
      notificationConfig: { playAudible: true },
    },
  };
  await input.serviceClientFactory?.getTimerManagementServiceClient().createTimer(timer);
  return input.responseBuilder.speak('Rest two minutes.').withShouldEndSession(true).getResponse();
}

const fixtureSkill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: async (input) => {
      const type = getRequestType(input.requestEnvelope);
      const reply = input.responseBuilder;
      if (type === 'LaunchRequest') {
        const task = (input.requestEnvelope.request as { task?: { name: string; input?: { set?: number } } })
          .task;
        if (task)
          return reply
            .speak(`Set ${task.input?.set ?? 0}. Go.`)
            .reprompt('Say how many reps.')
            .getResponse();
        return reply
          .speak('Welcome. <break time="1s"/> Ready?')
          .reprompt('Say ready when you are.')
          .getResponse();
      }
      if (type === 'Connections.Response') {
        const payload = (input.requestEnvelope.request as interfaces.connections.ConnectionsResponse).payload;
        if (payload?.status === 'ACCEPTED') return startRest(input);
        return reply.speak('Okay, I will count. Three, two, one.').withShouldEndSession(true).getResponse();
      }
      if (type !== 'IntentRequest') return reply.getResponse();
      const intent = getIntentName(input.requestEnvelope);
      if (intent === 'NextSetIntent') {
        if (timersGranted(input)) return startRest(input);
        return reply
          .addDirective({
            type: 'Connections.SendRequest',
            name: 'AskFor',
            payload: {
              '@type': 'AskForPermissionsConsentRequest',
              '@version': '1',
              permissionScope: timersPermissionScope,
            },
            token: '',
          })
          .getResponse();
      }
      if (intent === 'LogSetIntent') {
        const reps =
          input.requestEnvelope.request.type === 'IntentRequest'
            ? input.requestEnvelope.request.intent.slots?.reps?.value
            : '';
        return reply
          .speak(`${reps} reps &amp; logged.`)
          .withSimpleCard('Logged', `${reps} reps`)
          .reprompt('Say ready for the next set.')
          .withShouldEndSession(false)
          .getResponse();
      }
      if (intent === 'TodaysWorkoutIntent') throw new Error('the plan is broken');
      return reply.speak('Bye.').withShouldEndSession(true).getResponse();
    },
  })
  .withApiClient(new DefaultApiClient())
  .create();

const skill = (event: RequestEnvelope) => fixtureSkill.invoke(event);
const fixture = fileURLToPath(new URL('./fixtures/interaction-model.en-US.json', import.meta.url));
const resolver = createUtteranceResolver(loadInteractionModelFile(fixture));

let timers: TimersEmulator | undefined;
afterEach(async () => {
  await timers?.close();
});

async function startConsole(timeScale = 1200, clock?: ConsoleClock) {
  timers = await TimersEmulator.start({ timeScale, permissionGranted: false });
  const lines: ConsoleLine[] = [];
  const session = createAlexaSession({
    skillId,
    apiEndpoint: timers.apiEndpoint,
    apiAccessToken: timers.apiAccessToken,
  });
  const granted: string[] = [];
  const engine = new ConsoleEngine({
    session,
    resolver,
    skill,
    timers,
    screen: false,
    print: (line) => lines.push(line),
    onPermissionGranted: (scope) => granted.push(scope),
    ...(clock ? { clock } : {}),
  });
  const said = () => lines.filter((line) => line.kind === 'alexa').map((line) => line.text);
  return { engine, session, lines, said, granted, timers };
}

describe('the console engine', () => {
  it('speaks SSML as plain text, carries the session, reprompts once on silence, then closes', async () => {
    const { engine, said, lines } = await startConsole();
    await engine.hear('open lift coach');
    expect(said()).toEqual(['Welcome. … Ready?']);
    await engine.hear('I did eight');
    expect(said().at(-1)).toBe('8 reps & logged.');
    expect(lines).toContainEqual({ kind: 'card', title: 'Logged', text: '8 reps' });
    expect(engine.sessionOpen).toBe(true);
    await engine.silence();
    expect(said().at(-1)).toBe('Say ready for the next set.');
    expect(engine.sessionOpen).toBe(true);
    await engine.hear('');
    expect(engine.sessionOpen).toBe(false);
  });

  it('asks for timer permission at the console and answers the skill with a Connections.Response', async () => {
    const { engine, said, granted, timers } = await startConsole();
    await engine.hear('open lift coach');
    await engine.hear('ready');
    expect(engine.awaiting).toBe('ask-for');
    expect(said().at(-1)).toMatch(/would like to use timers/);
    const ended = timers.nextTimerEnded(5_000);
    await engine.hear('yes');
    expect(granted).toEqual([timersPermissionScope]);
    expect(said().at(-1)).toBe('Rest two minutes.');
    expect(timers.listTimers()).toHaveLength(1);

    // Two minutes at 1200× is 100 ms; Alexa then asks and "yes" launches the task.
    await ended;
    expect(said().at(-1)).toBe('Rest is over. Ready for your next set, continue with Lift Coach?');
    expect(engine.awaiting).toBe('task-confirm');
    await engine.hear('yes');
    expect(said().at(-1)).toBe('Set 2. Go.');
    expect(engine.sessionOpen).toBe(true);
  });

  it('sends DENIED when the lifter refuses, and the skill carries on without a timer', async () => {
    const { engine, said, timers } = await startConsole();
    await engine.hear('open lift coach');
    await engine.hear('ready');
    await engine.hear('no');
    expect(said().at(-1)).toBe('Okay, I will count. Three, two, one.');
    expect(timers.listTimers()).toEqual([]);
  });

  it('reports a skill that throws and a line it cannot understand', async () => {
    const { engine } = await startConsole();
    expect(await engine.hear("what's my workout")).toMatchObject({
      understood: true,
      error: expect.stringMatching(/threw/),
    });
    expect(await engine.hear('sing me a song')).toMatchObject({ understood: false });
  });
});

describe('conversation scripts', () => {
  it('parses the script syntax', () => {
    const steps = parseScript(
      [
        '# warm up',
        'open lift coach',
        '',
        '~ I did banana',
        '> wait',
        'silence',
        'wait 1m30s',
        'wait timer',
        'expect rest (two|2) minutes',
        'expect-not error',
        'expect-reprompt ready',
        'expect-card Logged',
        'expect-session ended',
      ].join('\n'),
    );
    expect(steps.map((step) => step.kind)).toEqual([
      'say',
      'say',
      'say',
      'silence',
      'wait',
      'wait-timer',
      'expect',
      'expect',
      'expect',
      'expect',
      'expect-session',
    ]);
    expect(steps[0]).toEqual({ line: 2, kind: 'say', text: 'open lift coach', mayMishear: false });
    expect(steps[1]).toMatchObject({ line: 4, mayMishear: true, text: 'I did banana' });
    expect(steps[2]).toMatchObject({ kind: 'say', text: 'wait' });
    expect(steps[4]).toMatchObject({ kind: 'wait', emulatedMs: 90_000 });
    expect(steps[7]).toMatchObject({ target: 'speech', negate: true });
    expect(() => parseScript('wait soon')).toThrow(/line 1/);
    expect(() => parseScript('expect (')).toThrow(/regular expression/);
  });

  it('runs a script through a permission question and a rest timer at a high time scale', async () => {
    const { engine, timers } = await startConsole(600);
    const script = parseScript(
      [
        'open lift coach',
        'expect welcome',
        'I did eight',
        'expect 8 reps',
        'expect-card Logged',
        'expect-session open',
        'ready',
        'expect would like to use timers',
        'yes',
        'expect rest two minutes',
        'wait 2m',
        'expect ready for your next set, continue with lift coach',
        'yes',
        'expect set 2',
        'no',
        'expect-session ended',
      ].join('\n'),
    );
    await expect(runScript(script, engine, timers, () => undefined)).resolves.toEqual({ ok: true, turns: 6 });
  });

  it('fails on the first unmet expectation, misunderstood line or skill error, naming the line', async () => {
    const { engine, timers } = await startConsole();
    const run = (text: string) => runScript(parseScript(text), engine, timers, () => undefined);
    await expect(run('open lift coach\nexpect goodbye')).resolves.toMatchObject({
      ok: false,
      failure: { line: 2 },
    });
    await expect(run('sing me a song')).resolves.toMatchObject({
      ok: false,
      failure: { message: /not understood/ },
    });
    await expect(run('~ sing me a song')).resolves.toMatchObject({ ok: true });
    await expect(run("what's my workout")).resolves.toMatchObject({
      ok: false,
      failure: { message: /threw/ },
    });
    await expect(run('wait timer')).resolves.toMatchObject({ ok: false, failure: { message: /no timer/ } });
  });
});

describe('conversation scripts that move the clock', () => {
  it('reads wait 2d, wait 1d 6h and wait until tomorrow 6pm as clock moves, and refuses an unreadable time', () => {
    const steps = parseScript('wait 2d\nwait 1d 6h\nwait until tomorrow 6pm\nwait 90s');
    expect(steps.map((step) => step.kind)).toEqual(['move-clock', 'move-clock', 'move-clock', 'wait']);
    expect(() => parseScript('open lift coach\nwait until teatime')).toThrow(/line 2: .*6pm/);
  });

  it('closes the open microphone, then moves the clock the next requests carry', async () => {
    const clock = new ConsoleClock(new Date('2026-12-01T18:30:00Z'), () => 0);
    const { engine, timers, session } = await startConsole(1200, clock);
    const script = parseScript(
      'open lift coach\nexpect-session open\nwait 2d\nexpect-session ended\nwait until tomorrow 6pm',
    );
    await expect(runScript(script, engine, timers, () => undefined)).resolves.toMatchObject({
      ok: true,
    });
    expect(session.ended).toBe(true);
    expect(clock.now().toISOString()).toBe('2026-12-04T18:00:00.000Z');
    await timers.close();
    const clockless = await startConsole();
    await expect(
      runScript(parseScript('wait 2d'), clockless.engine, clockless.timers, () => undefined),
    ).resolves.toMatchObject({
      ok: false,
      failure: { line: 1, message: /no clock/ },
    });
  });
});

describe('SSML as the listener hears it', () => {
  it('drops tags, speaks sub aliases, shows long pauses and sounds', () => {
    expect(
      ssmlToText(
        '<speak><p>Eight at <say-as interpret-as="cardinal">100</say-as> kilos.</p><break time="2s"/>' +
          '<sub alias="one rep max">1RM</sub> &amp; <audio src="https://x/y.mp3"/> done <break time="300ms"/>now</speak>',
      ),
    ).toBe('Eight at 100 kilos. … one rep max & [sound] done now');
  });
});
