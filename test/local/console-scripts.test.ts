import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { trustworthyMax } from '../../lambda/progress/lift-stats';
import { convert, type Weight } from '../../lambda/rules';
import { sayReps, sayWeight } from '../../lambda/skill/speech/numbers';
import { parseSpokenNumber } from '../../local/spoken-numbers';
import { tokenize } from '../../local/utterance-text';
import { runConsole, scriptPath, uniqueName } from './console-run';

// The console as `npm start` runs it (a child process on the built bundles), driven by the
// conversation scripts in ./scripts. Each run gets its own table and user on the test run's
// DynamoDB Local, and rests pass 600 times faster (a three-minute rest takes 0.3 s).
const fastRun = () => [
  '--dynamo-endpoint',
  inject('dynamoEndpoint'),
  '--table',
  uniqueName('console'),
  '--user',
  uniqueName('lifter'),
  '--time-scale',
  '600',
  '--in-memory',
];

function expectPassed(run: { code: number | null; output: string }) {
  expect(run.output, run.output).toMatch(/✓ script passed/);
  expect(run.code, run.output).toBe(0);
}

describe('scripted conversations through the console', () => {
  it.each([
    ['first launch and onboarding', 'first-launch.script'],
    ['a full workout: warm-ups, rest timers, LAUNCH_TASK resumes, summary', 'full-workout.script'],
    ['one-shot logging after the session closed', 'one-shot-after-session.script'],
    ['timers declined: the rest is counted out loud', 'consent-denied.script'],
    ['a bare weight, kilos on a pounds plan read back, set-up questions kept', 'lifter-answers.script'],
    ['a free set named afterwards, an aside that keeps the question, an undo', 'free-set-undo-aside.script'],
    [
      'wait 2d: the second workout two days later says the progressed load',
      'second-workout-two-days-later.script',
    ],
    [
      'a bodyweight lift: its first session a baseline, a later one a new best in reps',
      'bodyweight-new-best.script',
    ],
  ])('%s', async (_title, script) => {
    expectPassed(await runConsole([...fastRun(), '--script', scriptPath(script)]));
  });

  it('training days and a reminder that rings on the console clock after "wait"', async () => {
    const run = await runConsole([
      ...fastRun(),
      '--date',
      '2026-12-07T12:00Z',
      '--script',
      scriptPath('training-days-reminder.script'),
    ]);
    expectPassed(run);
    expect(run.output.match(/Here's your reminder from Lift Coach/g)).toHaveLength(2);
  });

  it('an Echo Show: the screen drawn as text, taps log the set, the rest counts down', async () => {
    const args = fastRun().map((arg) => (arg === '600' ? '10' : arg));
    const run = await runConsole([
      ...args,
      '--locale',
      'en-GB',
      '--screen',
      '--script',
      scriptPath('screen.script'),
    ]);
    expectPassed(run);
    expect(run.output).toMatch(/▌ Bench press — Working set · set 1 of 3\n.*▌ {3}8 × 75 kg/);
    expect(run.output).toMatch(/▌ {3}\[ − \] \[ Done \] \[ \+ \] \[ Skip lift \]/);
  });

  it('reads a script from standard input and fails, naming the line, on an unmet expectation', async () => {
    const run = await runConsole(
      fastRun(),
      'open lift coach\n# the coach never says this\nexpect see you in hell\n',
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/✗ script line 3: speech does not match/);
  });

  it('fails on a line it cannot understand unless the line is marked with ~', async () => {
    const failing = await runConsole(fastRun(), 'open lift coach\nplay some jazz\n');
    expect(failing.code, failing.output).toBe(1);
    expect(failing.output).toMatch(/line 2: "play some jazz" was not understood/);
    expectPassed(await runConsole(fastRun(), 'open lift coach\n~ play some jazz\nexpect sorry\n'));
  });

  it('refuses unknown flags with a usage error, and prints help', async () => {
    const wrong = await runConsole(['--time-scale', 'fast']);
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(/--timeScale|time-scale|number/i);
    const help = await runConsole(['--help']);
    expect(help.code).toBe(0);
    expect(help.output).toMatch(/--script FILE/);
  });
});

const spokenNumber = (words: string): number => {
  const value = parseSpokenNumber(tokenize(words));
  if (value === undefined) throw new Error(`not a spoken number: ${words}`);
  return value;
};

/**
 * The working sets of a console run as the coach said them: each "set one of three: seven reps at
 * one hundred and forty pounds" and the "Six at one hundred and forty pounds" that logged it.
 */
function workingSetsSaid(output: string): { reps: number; load: Weight; targetReps: number }[] {
  const sets: { reps: number; load: Weight; targetReps: number }[] = [];
  const described = /set [a-z]+ of [a-z]+: ([a-z -]+?) reps? at ([a-z -]+?) (pounds|kilos)\./gi;
  for (const match of output.matchAll(described)) {
    const after = output.slice((match.index ?? 0) + match[0].length);
    const logged = /Alexa: (?:Nice\. )?([A-Za-z-]+) at ([a-z -]+?) (pounds|kilos)/.exec(after);
    if (!logged?.[1] || !logged[2] || !logged[3] || !match[1]) continue;
    sets.push({
      reps: spokenNumber(logged[1]),
      load: { value: spokenNumber(logged[2]), unit: logged[3] === 'pounds' ? 'lb' : 'kg' },
      targetReps: spokenNumber(match[1]),
    });
  }
  return sets;
}

/** The set the progress Lambda keeps as the best: the highest trustworthy estimated max. */
function bestSetOf(sets: { reps: number; load: Weight; targetReps: number }[]) {
  let best: { reps: number; load: Weight; max: number } | null = null;
  for (const set of sets) {
    const max = trustworthyMax({
      kind: 'working',
      reps: set.reps,
      load: set.load,
      target: { reps: set.targetReps },
    });
    const value = max ? convert(max, 'lb').value : 0;
    if (max && (!best || value > best.max)) best = { reps: set.reps, load: set.load, max: value };
  }
  return best;
}

describe('a restart of the console', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'lift-coach-console-'));
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  // Two cold starts of DynamoDB Local on one data folder; the JVM start is most of the time.
  it('keeps the lifter, their history, their stats and the timers permission', {
    timeout: 150_000,
  }, async () => {
    const sameLifter = [
      '--data-dir',
      join(dataRoot, 'dynamodb'),
      '--user',
      'restart-lifter',
      '--time-scale',
      '600',
    ];
    const first = await runConsole(
      [...sameLifter, '--script', scriptPath('restart-first-run.script')],
      '',
      70_000,
    );
    expectPassed(first);
    // The best set follows the rules: whatever loads they prescribed, the set with the highest
    // estimated max (reps in reserve counted, as the progress Lambda does) is the one said back.
    const sets = workingSetsSaid(first.output);
    expect(sets, first.output).toHaveLength(2);
    const best = bestSetOf(sets);
    if (!best) throw new Error(`no trustworthy set in:\n${first.output}`);
    const bestLine = `expect your best bench press is ${sayWeight(best.load)} for ${sayReps(best.reps)},`;
    const secondScript = readFileSync(scriptPath('restart-second-run.script'), 'utf8');
    const withBest = secondScript.replace(/^expect your best bench press is .*$/m, bestLine);
    expect(withBest).toContain(bestLine);
    const second = await runConsole([...sameLifter, '--verbose'], withBest, 70_000);
    expectPassed(second);
    // The progress Lambda sees only the second run's one set: the stream resumes at its checkpoint.
    expect(second.output.match(/Set applied to progress/g), second.output).toHaveLength(1);
    const grants = JSON.parse(readFileSync(join(dataRoot, 'dynamodb', 'console-grants.json'), 'utf8'));
    expect(Object.values(grants.grantedScopes)).toEqual([['alexa::alerts:timers:skill:readwrite']]);
  });
});
