import {
  convert,
  findExercise,
  type Level,
  nearestRepsToFailureAt,
  percentForRepsToFailure,
  type Unit,
} from '../lambda/rules';

/** The simulated lifter's body weight, in kilos: what a bodyweight lift moves before any added load. */
const bodyWeightKg = 80;
/** Good reps at body weight alone, by level, before any training here (a pull-up's, a push-up's). */
const repsAtBodyWeight: Record<Level, number> = { beginner: 6, intermediate: 10, advanced: 14 };

/**
 * What a simulated trainee can really lift, in their unit: the maxes they stated times how honest
 * they were, a guess by level and lift kind for lifts they never stated, a little growth after each
 * session trained, and reps to failure read off the NSCA chart at that true max. A bodyweight lift's
 * max is of body weight plus added load, so its reps fall as load is added and climb as it grows,
 * whatever the plan asks for.
 */
export class TrueStrength {
  private readonly trueMax = new Map<string, number>();

  constructor(
    private readonly options: {
      level: Level;
      unit: Unit;
      random: () => number;
      statedMaxes: Record<string, number>;
      trueShareOfStated: number;
      growthPerSession: number;
    },
  ) {
    for (const [id, value] of Object.entries(options.statedMaxes))
      this.trueMax.set(id, value * options.trueShareOfStated);
  }

  /** The true max of a lift; a lift never stated gets one from its kind and the lifter's level. */
  of(exerciseId: string): number {
    const known = this.trueMax.get(exerciseId);
    if (known) return known;
    const exercise = findExercise(exerciseId);
    const base = { beginner: 30, intermediate: 50, advanced: 70 }[this.options.level];
    const kilos = exercise?.bodyweight
      ? bodyWeightKg / (percentForRepsToFailure(repsAtBodyWeight[this.options.level]) / 100)
      : exercise?.kind === 'isolation'
        ? base * 0.4
        : base;
    const value =
      convert({ value: kilos, unit: 'kg' }, this.options.unit).value * this.options.trueShareOfStated;
    this.trueMax.set(exerciseId, value);
    return value;
  }

  /**
   * Reps to failure at `load` on the chart, less a rep every second set and a bad day now and then.
   * For a bodyweight lift `load` is the added load (0: none): the body weight is moved too.
   */
  capacity(exerciseId: string, load: number, setIndex: number): number {
    const noise = this.options.random() < 0.1 ? 1 : 0;
    const moved = findExercise(exerciseId)?.bodyweight ? this.bodyWeight() + load : load;
    return nearestRepsToFailureAt((moved / this.of(exerciseId)) * 100) - Math.floor(setIndex / 2) - noise;
  }

  private bodyWeight(): number {
    return convert({ value: bodyWeightKg, unit: 'kg' }, this.options.unit).value;
  }

  grow(exerciseId: string): void {
    this.trueMax.set(exerciseId, this.of(exerciseId) * (1 + this.options.growthPerSession));
  }
}
