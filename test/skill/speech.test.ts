import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../lambda/skill/config';
import { spokenCountdown } from '../../lambda/skill/speech/countdown';
import { integerToWords, numberToWords, sayDuration, sayWeight } from '../../lambda/skill/speech/numbers';
import { escapeSsml } from '../../lambda/skill/speech/ssml';
import { ssmlProblems } from '../support/alexa-limits';

describe('numbers as lifters say them', () => {
  it.each([
    [0, 'zero'],
    [8, 'eight'],
    [21, 'twenty-one'],
    [100, 'a hundred'],
    [102, 'one hundred and two'],
    [225, 'two hundred and twenty-five'],
    [1005, 'one thousand and five'],
    [1800, 'one thousand eight hundred'],
  ])('%d → %s', (value, words) => {
    expect(integerToWords(value)).toBe(words);
  });

  it.each([
    [{ value: 102.5, unit: 'kg' as const }, 'one hundred and two and a half kilos'],
    [{ value: 1, unit: 'kg' as const }, 'one kilo'],
    [{ value: 72.5, unit: 'kg' as const }, 'seventy-two and a half kilos'],
    [{ value: 11.25, unit: 'kg' as const }, 'eleven and a quarter kilos'],
    [{ value: 135, unit: 'lb' as const }, 'one hundred and thirty-five pounds'],
    [{ value: 0.5, unit: 'kg' as const }, 'a half of a kilo'],
  ])('%o → %s', (weight, words) => {
    expect(sayWeight(weight)).toBe(words);
  });

  it('says other decimals to one place, and "one hundred" when more follows', () => {
    expect(numberToWords(100.2)).toBe('one hundred point two');
    expect(numberToWords(100.5)).toBe('one hundred and a half');
  });

  it.each([
    [30, 'thirty seconds'],
    [60, 'one minute'],
    [90, 'ninety seconds'],
    [120, 'two minutes'],
    [150, 'two and a half minutes'],
    [200, 'three minutes and twenty seconds'],
  ])('%d s → %s', (seconds, words) => {
    expect(sayDuration(seconds)).toBe(words);
  });

  it('never puts a digit in the words for a whole number up to a million', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (value) => !/\d/.test(integerToWords(value))),
    );
  });
});

describe('SSML helpers', () => {
  it('escapes what would break the markup', () => {
    expect(escapeSsml(`Tom & "Jerry" <b> it's`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt; it&apos;s');
  });

  it('counts any rest up to 90 s with pauses of at most 10 s, cues at 30 s, 10 s and 3-2-1', () => {
    const cues = { thirty: 'Thirty.', ten: 'Ten.', three: 'Three.', two: 'Two.', one: 'One.', over: 'Over.' };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), (seconds) => {
        const ssml = spokenCountdown(seconds, cues);
        expect(ssmlProblems(`<speak>${ssml}</speak>`, 'countdown')).toEqual([]);
        const pauses = [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)].map(
          ([, amount, unit]) => Number(amount) / (unit === 'ms' ? 1000 : 1),
        );
        const total = pauses.reduce((sum, pause) => sum + pause, 0);
        expect(total).toBeLessThanOrEqual(seconds + 0.5);
        expect(ssml.includes('Thirty.')).toBe(seconds > 30);
        expect(ssml.includes('Ten.')).toBe(seconds > 10);
        if (seconds >= 4) expect(ssml).toMatch(/Three\..*Two\..*One\..*Over\.$/);
        else expect(ssml).toMatch(/Over\.$/);
      }),
    );
  });
});

describe('configuration fails closed in the cloud', () => {
  it('refuses to start in Lambda without SKILL_ID or TABLE_NAME', () => {
    expect(() => readConfig({ AWS_LAMBDA_FUNCTION_NAME: 'skill', TABLE_NAME: 't' })).toThrow(/SKILL_ID/);
    expect(() => readConfig({ AWS_LAMBDA_FUNCTION_NAME: 'skill', SKILL_ID: 'amzn1.ask.skill.x' })).toThrow(
      /TABLE_NAME/,
    );
    expect(() => readConfig({ AWS_LAMBDA_FUNCTION_NAME: 'skill', SKILL_ID: ' ', TABLE_NAME: 't' })).toThrow(
      /SKILL_ID/,
    );
  });

  it('starts locally without them', () => {
    expect(readConfig({})).toEqual({ skillId: undefined, tableName: undefined });
    expect(readConfig({ AWS_LAMBDA_FUNCTION_NAME: 'skill', LIFT_COACH_LOCAL: '1' }).skillId).toBeUndefined();
  });
});
