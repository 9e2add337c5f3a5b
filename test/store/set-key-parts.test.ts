import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alexaRequestIdPrefix,
  decodeStoredLiftStats,
  encodeLiftStats,
  legacySetKeyPrefix,
  setKeyFromParts,
  setKeyParts,
  setSortKey,
} from '../../lambda/store';

// One helper packs a set key for both compact items (STATS and WORKOUT#ACTIVE): they agree on
// which keys are packed, and every key reads back as it was stored.

const isoTimes = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const tails = fc.string({ minLength: 1, maxLength: 40 }).filter((tail) => !tail.includes('#'));

describe('a set key taken apart for the compact items', () => {
  it('gives back the same key, LOG# and SET# alike', () => {
    fc.assert(
      fc.property(isoTimes, tails, fc.boolean(), (loggedAt, tail, legacy) => {
        const current = setSortKey(loggedAt, `${alexaRequestIdPrefix}${tail}`);
        const key = legacy ? current.replace(/^LOG#/, legacySetKeyPrefix) : current;
        const parts = setKeyParts(key);
        expect(parts).toEqual({ legacy, epochMs: Date.parse(loggedAt), requestTail: tail });
        expect(setKeyFromParts(parts as NonNullable<typeof parts>)).toBe(key);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves alone a key it could not give back exactly: empty request tail, odd time, other ids', () => {
    for (const key of [
      `LOG#2026-11-26T07:30:00.000Z#${alexaRequestIdPrefix}`,
      'LOG#2026-11-26T07:30:00Z#amzn1.echo-api.request.abc',
      'LOG#2026-11-26T07:30:00.000Z#free-set',
      'STATS#squat',
    ]) {
      expect(setKeyParts(key)).toBeNull();
    }
  });

  it('the STATS item stores such a key as it is and reads it back', () => {
    const key = `LOG#2026-11-26T07:30:00.000Z#${alexaRequestIdPrefix}`;
    const stats = {
      exerciseId: 'squat',
      bestSet: { setKey: key, reps: 5, load: { value: 100, unit: 'kg' } },
    };
    const stored = encodeLiftStats(stats) as { b: { k: string } };
    expect(stored.b.k).toBe(`=${key}`);
    expect(decodeStoredLiftStats(stored)).toEqual(stats);
  });
});
