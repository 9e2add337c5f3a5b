import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createAlexaSession, timersPermissionScope } from './alexa-requests';
import { localCredentials, localRegion, useLocalAwsEnvironment } from './aws-local';
import { ConsoleClock, parseStartDate } from './console-clock';
import { ConsoleEngine } from './console-engine';
import {
  type ConsoleOptions,
  consoleUsage,
  localPersonId,
  localSkillId,
  localUserId,
  parseConsoleOptions,
} from './console-options';
import { parseScript, runScript } from './console-script';
import { fileGrantStore, memoryGrantStore } from './console-state';
import { type DynamoLocal, startDynamoLocal } from './dynamo-local';
import { loadInteractionModel } from './interaction-model';
import { captureLambdaLogs } from './log-capture';
import { startProgressPipeline } from './progress-pipeline';
import { readScript } from './read-input';
import { remindersPermissionScope } from './reminders-api';
import { loadBundleHandler } from './skill-runtime';
import { ensureTable } from './table';
import { espeakSpeaker, Printer, runRepl } from './terminal-ui';
import { TimersEmulator } from './timers-emulator';
import { createUtteranceResolver } from './utterance-resolver';

/**
 * `npm start`: Lift Coach on one machine. DynamoDB Local keeps the data, the built skill and
 * progress bundles run as their Lambdas would, a loopback Timers API runs the rests, and the
 * terminal stands in for the speaker.
 */
async function main(argv: readonly string[]): Promise<number> {
  const options = parseConsoleOptions(argv);
  if (options.help) {
    process.stdout.write(`${consoleUsage}\n`);
    return 0;
  }
  const scripted = options.script !== undefined || !process.stdin.isTTY;
  const scriptText = scripted ? await readScript(options.script) : undefined;
  const steps = scriptText === undefined ? undefined : parseScript(scriptText);

  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  // DynamoDB Local is a JVM child process: a console stopped by a signal must not leave it running.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll().finally(() => process.exit(130));
    });
  }
  try {
    const endpoint = await dynamoEndpoint(options, stops);
    useLocalAwsEnvironment(endpoint);
    const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
    stops.push(() => client.destroy());
    await ensureTable(client, options.tableName);

    process.env.TABLE_NAME = options.tableName;
    process.env.SKILL_ID = localSkillId;
    process.env.LIFT_COACH_LOCAL = 'true';
    process.env.POWERTOOLS_LOG_LEVEL ??= options.verbose ? 'DEBUG' : 'INFO';
    const logFile = options.inMemory
      ? join(tmpdir(), 'lift-coach-console.log')
      : join(dirname(options.dataDir), 'lambda.log');
    mkdirSync(dirname(logFile), { recursive: true });
    const logs = captureLambdaLogs({ logFile, echo: options.verbose });
    stops.push(() => logs.restore());

    const skill = await loadBundleHandler<RequestEnvelope, ResponseEnvelope>('skill');
    const progress = await startProgressPipeline(
      client,
      options.tableName,
      options.inMemory ? undefined : join(options.dataDir, 'stream-checkpoints.json'),
    );
    // Sets said just before leaving are applied before the console stops, as a deployed stack
    // applies them after the turn; a pipeline that cannot settle leaves them to the next run.
    stops.push(() =>
      progress
        .settle()
        .catch(() => undefined)
        .then(() => progress.stop()),
    );

    const grants = options.inMemory
      ? memoryGrantStore()
      : fileGrantStore(join(options.dataDir, 'console-grants.json'));
    const userId = localUserId(options.user);
    const timers = await TimersEmulator.start({
      timeScale: options.timeScale,
      permissionGranted: grants.scopesFor(userId).includes(timersPermissionScope),
      reminders: { permissionGranted: grants.scopesFor(userId).includes(remindersPermissionScope) },
    });
    stops.push(() => timers.close());

    const clock = new ConsoleClock(options.date ? parseStartDate(options.date) : undefined);
    // Reminders ring on the console's clock: checked often, and at once after "wait 2d".
    timers.reminders.useClock(() => clock.now());
    const reminderTicker = setInterval(() => timers.reminders.ringDue(), 500);
    reminderTicker.unref();
    stops.push(() => clearInterval(reminderTicker));
    const session = createAlexaSession({
      now: () => clock.now(),
      skillId: localSkillId,
      locale: options.locale,
      userId,
      ...(options.person ? { personId: localPersonId(options.person) } : {}),
      apiEndpoint: timers.apiEndpoint,
      apiAccessToken: timers.apiAccessToken,
      screen: options.screen,
      grantedScopes: grants.scopesFor(userId),
    });
    const printer = new Printer(
      options.speak ? espeakSpeaker((text) => process.stdout.write(`${text}\n`)) : undefined,
    );
    const engine = new ConsoleEngine({
      session,
      resolver: createUtteranceResolver(loadInteractionModel(options.locale)),
      skill,
      timers,
      screen: options.screen,
      verbose: options.verbose,
      print: (line) => printer.print(line),
      onPermissionGranted: (scope) => grants.save(userId, [...new Set([...grants.scopesFor(userId), scope])]),
      takeLoggedErrors: () => [
        ...logs.takeErrors().map((entry) => `${entry.service}: ${entry.message}`),
        ...progress.takeFailures(),
      ],
      beforeTurn: () => progress.settle(),
      clock,
    });
    stops.push(() => engine.dispose());

    if (steps) {
      const result = await runScript(steps, engine, timers, (text) => printer.echoUser(text));
      if (!result.ok) {
        process.stdout.write(`\n✗ script line ${result.failure?.line}: ${result.failure?.message}\n`);
        return 1;
      }
      process.stdout.write(`\n✓ script passed (${result.turns} turns)\n`);
      return 0;
    }
    process.stdout.write(
      `Lift Coach console · ${options.locale} · user "${options.user}"${options.person ? ` · person "${options.person}"` : ''}` +
        `${options.screen ? ' · screen' : ''} · time ×${options.timeScale} · ${options.inMemory ? 'in memory' : options.dataDir}\n` +
        'Say "open lift coach" to begin. An empty line is silence; "exit" quits.\n',
    );
    await runRepl(engine, timers, printer);
    return 0;
  } finally {
    await stopAll();
  }
}

async function dynamoEndpoint(
  options: ConsoleOptions,
  stops: (() => Promise<void> | void)[],
): Promise<string> {
  if (options.dynamoEndpoint) return options.dynamoEndpoint;
  if (!options.inMemory) mkdirSync(options.dataDir, { recursive: true });
  // A cold JVM on a busy machine can take far longer than the usual six seconds.
  const dynamo: DynamoLocal = await startDynamoLocal({
    readyTimeoutMs: 60_000,
    ...(options.inMemory ? {} : { dataPath: options.dataDir }),
  });
  stops.push(() => dynamo.stop());
  return dynamo.endpoint;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    process.exit(2);
  },
);
