// The NSCA %1RM ↔ reps-to-failure chart. 70% is given as 11–12 reps; the chart's own 67% row claims
// 12, so 70% counts as 11 (the conservative end: fewer reps in the tank is never overstated).
export const percentOfMaxChart: readonly { percent: number; reps: number }[] = [
  { percent: 100, reps: 1 },
  { percent: 95, reps: 2 },
  { percent: 93, reps: 3 },
  { percent: 90, reps: 4 },
  { percent: 87, reps: 5 },
  { percent: 85, reps: 6 },
  { percent: 83, reps: 7 },
  { percent: 80, reps: 8 },
  { percent: 77, reps: 9 },
  { percent: 75, reps: 10 },
  { percent: 70, reps: 11 },
  { percent: 67, reps: 12 },
  { percent: 65, reps: 15 },
];

const lowest = percentOfMaxChart[percentOfMaxChart.length - 1] as { percent: number; reps: number };

/** Reps to failure at a share of the max, linear between the chart's rows and unrounded. */
function interpolatedRepsToFailure(percent: number): number {
  if (percent >= 100) return 1;
  if (percent <= lowest.percent) return lowest.reps;
  for (let index = 1; index < percentOfMaxChart.length; index += 1) {
    const heavier = percentOfMaxChart[index - 1] as { percent: number; reps: number };
    const lighter = percentOfMaxChart[index] as { percent: number; reps: number };
    if (percent >= lighter.percent) {
      const share = (heavier.percent - percent) / (heavier.percent - lighter.percent);
      return heavier.reps + share * (lighter.reps - heavier.reps);
    }
  }
  /* v8 ignore next */
  return lowest.reps;
}

/**
 * Reps to failure at a share of the max, read off the chart (linear between rows, rounded down so a
 * lifter is never promised reps they do not have). Below 65% the chart ends: 15 or more.
 */
export function repsToFailureAt(percent: number): number {
  return Math.floor(interpolatedRepsToFailure(percent) + 1e-9);
}

/**
 * The chart's reps to failure rounded to the nearest rep: what the reserve check reads. Estimated
 * maxes come from Brzycki, which sits a fraction of a rep off the chart's rows (a Brzycki six-rep
 * load reads 5.3 on the chart), so flooring would see one earned step as a set to failure.
 */
export function nearestRepsToFailureAt(percent: number): number {
  return Math.round(interpolatedRepsToFailure(percent));
}

/**
 * The share of the max at which `reps` is a set to failure (linear between rows). Reps are clamped
 * to the chart's 1–15.
 */
export function percentForRepsToFailure(reps: number): number {
  const wanted = Math.min(lowest.reps, Math.max(1, reps));
  for (let index = 1; index < percentOfMaxChart.length; index += 1) {
    const heavier = percentOfMaxChart[index - 1] as { percent: number; reps: number };
    const lighter = percentOfMaxChart[index] as { percent: number; reps: number };
    if (wanted <= lighter.reps) {
      const share = (wanted - heavier.reps) / (lighter.reps - heavier.reps);
      return heavier.percent - share * (heavier.percent - lighter.percent);
    }
  }
  /* v8 ignore next */
  return lowest.percent;
}
