import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DefaultApiClient,
  getIntentName,
  getRequestType,
  type HandlerInput,
  SkillBuilders,
} from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, services } from 'ask-sdk-model';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createAlexaSession, timersPermissionScope } from '../../local/alexa-requests';
import { ConsoleEngine, type ConsoleLine } from '../../local/console-engine';
import { parseScript, runScript } from '../../local/console-script';
import { loadInteractionModelFile } from '../../local/interaction-model';
import { readScript } from '../../local/read-input';
import { TimersEmulator } from '../../local/timers-emulator';
import { createUtteranceResolver } from '../../local/utterance-resolver';
import { runConsole, uniqueName } from './console-run';

// What went wrong in the console in front of real use: a slow producer on stdin, timer output
// printed before the answer that set the timer, a scripted wait that kept Alexa listening for ever,
// and test output buried in the Lambdas' JSON log lines.

const skillId = 'amzn1.ask.skill.console-robustness-test';

/** A skill whose answer comes well after it set a rest timer, as Lift Coach's does after its save. */
const slowSaveMs = 150;
const requestsSeen: RequestEnvelope[] = [];

async function startRest(input: HandlerInput) {
  const timer: services.timerManagement.TimerRequest = {
    duration: 'PT2M',
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: 'en-US', text: 'Rest is over. Ready for your next set, %s?' }],
        task: { name: `${skillId}.ResumeWorkout`, version: '1' },
      },
      notificationConfig: { playAudible: true },
    },
  };
  await input.serviceClientFactory?.getTimerManagementServiceClient().createTimer(timer);
  await new Promise((resolve) => setTimeout(resolve, slowSaveMs));
  return input.responseBuilder.speak('Thanks. Timers are on.').withShouldEndSession(true).getResponse();
}

const fixtureSkill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => {
      requestsSeen.push(input.requestEnvelope);
      const type = getRequestType(input.requestEnvelope);
      const reply = input.responseBuilder;
      if (type === 'LaunchRequest')
        return reply.speak('Welcome. Ready?').reprompt('Say ready when you are.').getResponse();
      if (type === 'Connections.Response') {
        const { payload } = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
        if (payload?.status === 'ACCEPTED') return startRest(input);
        return reply.speak('Okay, I will count.').withShouldEndSession(true).getResponse();
      }
      if (type !== 'IntentRequest') return reply.getResponse();
      if (getIntentName(input.requestEnvelope) === 'NextSetIntent') {
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
      return reply.speak('Bye.').withShouldEndSession(true).getResponse();
    },
  })
  .withApiClient(new DefaultApiClient())
  .create();

const fixture = fileURLToPath(new URL('./fixtures/interaction-model.en-US.json', import.meta.url));
const resolver = createUtteranceResolver(loadInteractionModelFile(fixture));

let timers: TimersEmulator | undefined;
afterEach(async () => {
  await timers?.close();
  requestsSeen.length = 0;
});

async function startConsole(timeScale: number) {
  timers = await TimersEmulator.start({ timeScale, permissionGranted: false });
  const lines: ConsoleLine[] = [];
  const engine = new ConsoleEngine({
    session: createAlexaSession({
      skillId,
      apiEndpoint: timers.apiEndpoint,
      apiAccessToken: timers.apiAccessToken,
    }),
    resolver,
    skill: (event: RequestEnvelope) => fixtureSkill.invoke(event),
    timers,
    screen: false,
    print: (line) => lines.push(line),
  });
  const said = () => lines.filter((line) => line.kind === 'alexa').map((line) => line.text);
  return { engine, timers, said };
}

describe('timer output in order', () => {
  it('tells a rest that ended during the turn only after the answer that set it', async () => {
    // Two minutes at 100 000× is 1.2 ms: the timer ends while the skill is still saving.
    const { engine, timers, said } = await startConsole(100_000);
    await engine.hear('open lift coach');
    await engine.hear('ready');
    const ended = timers.nextTimerEnded(5_000);
    await engine.hear('yes');
    await ended;
    expect(said().slice(-2)).toEqual([
      'Thanks. Timers are on.',
      'Rest is over. Ready for your next set, continue with Lift Coach?',
    ]);
    expect(engine.awaiting).toBe('task-confirm');
  });
});

describe('a scripted wait lets Alexa stop listening', () => {
  const lastRequest = () => requestsSeen.at(-1);

  it('a wait longer than two listening windows ends the session; a later "stop" is a one-shot', async () => {
    const { engine, timers } = await startConsole(1_000);
    const script = parseScript(
      ['open lift coach', 'wait 20s', 'expect say ready when you are', 'expect-session ended', 'stop'].join(
        '\n',
      ),
    );
    await expect(runScript(script, engine, timers, () => undefined)).resolves.toEqual({ ok: true, turns: 2 });
    expect(requestsSeen.map((request) => request.request.type)).toEqual([
      'LaunchRequest',
      'SessionEndedRequest',
      'IntentRequest',
    ]);
    expect(requestsSeen[1]?.request).toMatchObject({ reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(lastRequest()?.session?.new).toBe(true);
  });

  it('a wait within one listening window changes nothing, and between two plays the reprompt', async () => {
    const { engine, timers, said } = await startConsole(1_000);
    const run = (lines: string[]) =>
      runScript(parseScript(lines.join('\n')), engine, timers, () => undefined);
    await expect(run(['open lift coach', 'wait 5s', 'expect-session open'])).resolves.toMatchObject({
      ok: true,
    });
    expect(said()).toEqual(['Welcome. Ready?']);
    await expect(run(['wait 10s', 'expect-session open'])).resolves.toMatchObject({ ok: true });
    expect(said()).toEqual(['Welcome. Ready?', 'Say ready when you are.']);
  });

  it('a permission question left unanswered is NOT_ANSWERED after one window', async () => {
    const { engine, timers } = await startConsole(1_000);
    const script = parseScript(['open lift coach', 'ready', 'wait 9s'].join('\n'));
    await expect(runScript(script, engine, timers, () => undefined)).resolves.toMatchObject({ ok: true });
    expect(lastRequest()?.request).toMatchObject({
      type: 'Connections.Response',
      payload: { status: 'NOT_ANSWERED' },
    });
  });
});

describe('standard input from a slow producer', () => {
  const fastRun = () => [
    '--dynamo-endpoint',
    inject('dynamoEndpoint'),
    '--table',
    uniqueName('console'),
    '--user',
    uniqueName('lifter'),
    '--in-memory',
  ];
  const script = 'open lift coach\nexpect welcome\n';

  it('reads a non-blocking pipe whose producer has not written yet (no EAGAIN)', async () => {
    // A shell pipeline's pipe turns non-blocking when another Node process on it (npm, say) opens its
    // stdin; then a synchronous read of an empty pipe fails instead of waiting.
    const directory = mkdtempSync(join(tmpdir(), 'lift-coach-fifo-'));
    const fifo = join(directory, 'stdin');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    try {
      expect(() => readFileSync(reader, 'utf8')).toThrow(/EAGAIN/);
      const stdin = new Socket({ fd: reader, readable: true, writable: false });
      const read = readScript(undefined, stdin);
      setTimeout(() => {
        writeSync(writer, script);
        closeSync(writer);
      }, 500);
      await expect(read).resolves.toBe(script);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reads standard input for "--script -" when the script arrives seconds later', async () => {
    const run = await runConsole([...fastRun(), '--script', '-'], script, 90_000, 2_500);
    expect(run.output, run.output).toMatch(/✓ script passed \(1 turns\)/);
    expect(run.code, run.output).toBe(0);
  });

  it('reads a script piped in by a slow producer', async () => {
    const run = await runConsole(fastRun(), script, 90_000, 2_500);
    expect(run.output, run.output).toMatch(/✓ script passed \(1 turns\)/);
    expect(run.code, run.output).toBe(0);
  });
});

describe("the Lambdas' log lines in tests", () => {
  it('go to .local-data/test-lambda.log, not to the test report', () => {
    const marker = `console-robustness-${Date.now()}`;
    const line = JSON.stringify({ level: 'WARN', message: marker, service: 'lift-coach-skill' });
    process.stdout.write(`${line}\n`);
    const logFile = fileURLToPath(new URL('../../.local-data/test-lambda.log', import.meta.url));
    expect(readFileSync(logFile, 'utf8')).toContain(marker);
  });
});
