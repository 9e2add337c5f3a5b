import { describe, expect, it } from 'vitest';
import { localUserId, parseConsoleOptions } from '../../local/console-options';
import { clock, progressBar } from '../../local/terminal-ui';

describe('console flags', () => {
  it('defaults to a kept, real-time en-US run for the user "lifter"', () => {
    expect(parseConsoleOptions([])).toMatchObject({
      locale: 'en-US',
      user: 'lifter',
      screen: false,
      timeScale: 1,
      inMemory: false,
      speak: false,
      tableName: 'lift-coach-local',
    });
    expect(parseConsoleOptions([]).dataDir).toMatch(/\.local-data[/\\]dynamodb$/);
  });

  it('reads every flag', () => {
    const options = parseConsoleOptions([
      '--locale',
      'en-GB',
      '--user',
      'sam',
      '--person',
      'alex',
      '--screen',
      '--time-scale',
      '60',
      '--in-memory',
      '--speak',
      '--script',
      'a.script',
      '--verbose',
    ]);
    expect(options).toMatchObject({
      locale: 'en-GB',
      user: 'sam',
      person: 'alex',
      screen: true,
      timeScale: 60,
      inMemory: true,
      speak: true,
      script: 'a.script',
      verbose: true,
    });
  });

  it.each([
    [['--locale', 'de-DE']],
    [['--time-scale', 'fast']],
    [['--time-scale', '0']],
    [['--user', 'sam smith']],
    [['--loud']],
  ])('refuses %j', (argv) => {
    expect(() => parseConsoleOptions(argv)).toThrow();
  });

  it('turns a name into a stable Alexa-shaped user id', () => {
    expect(localUserId('sam')).toBe(localUserId('sam'));
    expect(localUserId('sam')).toMatch(/^amzn1\.ask\.account\.LOCALSAM$/);
    expect(localUserId('sam')).not.toBe(localUserId('alex'));
  });
});

describe('the rest countdown', () => {
  it('draws progress and time left', () => {
    expect(progressBar(0, 10)).toBe('░░░░░░░░░░');
    expect(progressBar(0.5, 10)).toBe('█████░░░░░');
    expect(progressBar(1.2, 10)).toBe('██████████');
    expect(clock(90_000)).toBe('1:30');
    expect(clock(2_500)).toBe('0:03');
  });
});
