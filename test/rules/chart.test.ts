import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentForRepsToFailure, percentOfMaxChart, repsToFailureAt } from '../../lambda/rules';

// The NSCA chart as DESIGN.md gives it: %1RM → reps to failure.
const chart: [number, number[]][] = [
  [100, [1]],
  [95, [2]],
  [93, [3]],
  [90, [4]],
  [87, [5]],
  [85, [6]],
  [83, [7]],
  [80, [8]],
  [77, [9]],
  [75, [10]],
  [70, [11, 12]],
  [67, [12]],
  [65, [15]],
];

describe('%1RM ↔ reps chart', () => {
  it('holds every row of the chart', () => {
    expect(percentOfMaxChart.map((row) => row.percent)).toEqual(chart.map(([percent]) => percent));
  });

  it.each(chart)('%i%% of the max is a set of %j reps to failure', (percent, reps) => {
    expect(reps).toContain(repsToFailureAt(percent));
    expect(percentForRepsToFailure(reps[reps.length - 1] as number)).toBeLessThanOrEqual(percent);
    expect(percentForRepsToFailure(reps[0] as number)).toBeGreaterThanOrEqual(percent === 67 ? 67 : percent);
  });

  it('reads exact rows back both ways', () => {
    for (const [percent, reps] of chart) {
      if (percent === 70) continue; // 12 reps belongs to the 67% row
      expect(percentForRepsToFailure(reps[0] as number)).toBe(percent);
    }
    expect(percentForRepsToFailure(11)).toBe(70);
  });

  it('clamps outside the chart', () => {
    expect(repsToFailureAt(105)).toBe(1);
    expect(repsToFailureAt(50)).toBe(15);
    expect(percentForRepsToFailure(0)).toBe(100);
    expect(percentForRepsToFailure(20)).toBe(65);
  });

  it('never promises more reps at a heavier load (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 40, max: 110, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (a, d) => {
          expect(repsToFailureAt(a + d)).toBeLessThanOrEqual(repsToFailureAt(a));
        },
      ),
    );
  });

  it('maps more reps to a lighter share of the max (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), (reps) => {
        expect(percentForRepsToFailure(reps + 1)).toBeLessThan(percentForRepsToFailure(reps));
        expect(repsToFailureAt(percentForRepsToFailure(reps))).toBeLessThanOrEqual(reps);
      }),
    );
  });
});
