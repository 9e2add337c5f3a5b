import { describe, expect, it } from 'vitest';
import { distribution, mean, median, percentile, round } from '../../bench/stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it('returns a measured value: the smallest with p% of values at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0.5)).toBe(1);
  });

  it('does not depend on input order', () => {
    expect(percentile([30, 10, 50, 20, 40], 50)).toBe(30);
    expect(percentile([30, 10, 50, 20, 40], 80)).toBe(40);
    expect(percentile([30, 10, 50, 20, 40], 81)).toBe(50);
  });

  it('gives the maximum for p99 of fewer than 100 values', () => {
    expect(percentile([5, 1, 9, 3], 99)).toBe(9);
    expect(percentile([7], 99)).toBe(7);
  });

  it('refuses an empty list and a p outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 0)).toThrow(/\(0, 100\]/);
    expect(() => percentile([1], 101)).toThrow(/\(0, 100\]/);
  });
});

describe('median and mean', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10])).toBe(10);
    expect(mean([1, 2, 3, 6])).toBe(3);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no values/);
    expect(() => mean([])).toThrow(/no values/);
  });
});

describe('distribution', () => {
  it('summarises latencies with count, extremes, mean and percentiles', () => {
    const values = [12, 3, 7, 50, 9, 11, 4, 8, 6, 5];
    expect(distribution(values)).toEqual({
      count: 10,
      min: 3,
      mean: 11.5,
      p50: 7,
      p95: 50,
      p99: 50,
      max: 50,
    });
  });

  it('rounds for display', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23556, 3)).toBe(1.236);
    expect(round(41.95, 1)).toBe(42);
  });
});
