import { applySetToStats } from '../lambda/progress/lift-stats';
import {
  convert,
  estimateOneRepMax,
  findExercise,
  type Goal,
  type Level,
  nearestRepsToFailureAt,
  type SessionFocus,
  type TrainingProfile,
  type Unit,
  type Weight,
} from '../lambda/rules';
import { planToday } from '../lambda/skill/workout/coach';
import { type LiftStats, type LoggedSet, setSortKey } from '../lambda/store';
import { seededRandom } from './simulated-lifter-persona';

/**
 * Weeks of coaching on one simulated clock: every day the plan the skill would give
 * (`planToday`, the rules the skill calls), a lifter who makes, misses and grinds reps by their
 * true strength, and every working set folded by the progress Lambda's own fold
 * (`applySetToStats`), so the next day's plan reads what the pipeline would have stored.
 */

export interface SimulationOptions {
  goal: Goal;
  level: Level;
  weeks: number;
  unit?: Unit;
  seed?: number;
  /** How fast the lifter's true max grows per session trained (0.01 = 1%); 0 is a lifter who is stuck. */
  growthPerSession?: number;
  /** The lifter's true strength as a share of the max they state (below 1: they overstate it). */
  trueShareOfStated?: number;
  start?: string;
}

export interface SessionRow {
  day: number;
  date: string;
  exerciseId: string;
  focus: SessionFocus;
  load: Weight | null;
  targetReps: number;
  sets: number;
  repsDone: number[];
  efforts: (LoggedSet['effort'] | null)[];
  /** The estimate the plan prescribed from, in the lift's own unit as stored. */
  estimatedMax: Weight | null;
  trueMax: number;
  repsInReserve: number;
}

const statedKilos: Record<Level, Record<string, number>> = {
  beginner: { squat: 70, 'bench-press': 50, deadlift: 90, 'overhead-press': 35, 'barbell-row': 45 },
  intermediate: { squat: 130, 'bench-press': 90, deadlift: 160, 'overhead-press': 55, 'barbell-row': 80 },
  advanced: { squat: 190, 'bench-press': 130, deadlift: 230, 'overhead-press': 80, 'barbell-row': 110 },
};

const defaultGrowth: Record<Level, number> = { beginner: 0.012, intermediate: 0.005, advanced: 0.002 };
const DAY_MS = 86_400_000;

/** A lift the lifter never stated a max for: their true max in kilos from the lift's kind. */
function trueKilosFor(level: Level, exerciseId: string): number {
  const known = statedKilos[level][exerciseId];
  if (known) return known;
  const exercise = findExercise(exerciseId);
  const base = { beginner: 30, intermediate: 50, advanced: 70 }[level];
  return exercise?.kind === 'isolation' ? base * 0.4 : base;
}

export function simulateCoaching(options: SimulationOptions): SessionRow[] {
  const unit = options.unit ?? 'kg';
  const random = seededRandom(options.seed ?? 12);
  const growth = options.growthPerSession ?? defaultGrowth[options.level];
  const share = options.trueShareOfStated ?? 1;
  const start = Date.parse(options.start ?? '2026-11-02T18:00:00.000Z');
  const trueMax = new Map<string, number>();
  const toUnit = (kilos: number) => convert({ value: kilos, unit: 'kg' }, unit).value;
  const profile: TrainingProfile = {
    goal: options.goal,
    level: options.level,
    unit,
    equipment: ['full-gym'],
    statedMaxes: Object.fromEntries(
      Object.entries(statedKilos[options.level]).map(([id, kilos]) => [
        id,
        { value: Math.round(toUnit(kilos) / 2.5) * 2.5, unit },
      ]),
    ),
  };
  for (const [id, kilos] of Object.entries(statedKilos[options.level]))
    trueMax.set(id, toUnit(kilos) * share);
  const stats: Record<string, LiftStats> = {};
  const rows: SessionRow[] = [];
  for (let day = 0; day < options.weeks * 7; day += 1) {
    const now = new Date(start + day * DAY_MS);
    const plan = planToday(profile, stats, now);
    if (!plan.ok || plan.value.kind !== 'training') continue;
    const workoutId = `workout-${day}`;
    let minute = 0;
    for (const [exerciseIndex, planned] of plan.value.exercises.entries()) {
      const id = planned.exerciseId;
      if (!trueMax.has(id)) trueMax.set(id, toUnit(trueKilosFor(options.level, id)) * share);
      const strength = trueMax.get(id) as number;
      if (planned.status === 'needs-max') {
        // The calibration set: eight reps at about 75% of the lifter's true max, as the skill asks.
        const load = { value: Math.max(2.5, Math.round((strength * 0.75) / 2.5) * 2.5), unit };
        const estimate = estimateOneRepMax(load, 8, 2);
        if (estimate.ok) profile.statedMaxes[id] = estimate.value.oneRepMax;
        continue;
      }
      const prescription = planned.prescription;
      const row: SessionRow = {
        day,
        date: now.toISOString().slice(0, 10),
        exerciseId: id,
        focus: prescription.focus,
        load: prescription.workingSets[0]?.load ?? null,
        targetReps: prescription.workingSets[0]?.targetReps ?? 0,
        sets: prescription.workingSets.length,
        repsDone: [],
        efforts: [],
        // Unrounded: the max the plan was prescribed from (the reason says it rounded).
        estimatedMax: stats[id]?.estimatedOneRepMax ?? profile.statedMaxes[id] ?? null,
        trueMax: strength,
        repsInReserve: prescription.workingSets[0]?.repsInReserve ?? 0,
      };
      for (const [setIndex, set] of prescription.workingSets.entries()) {
        // What the lifter can do today: the chart at their true max, less fatigue and a bad day now and then.
        const fatigue = Math.floor(setIndex / 2);
        const noise = random() < 0.1 ? -1 : 0;
        const capacity = set.load
          ? nearestRepsToFailureAt((set.load.value / strength) * 100) - fatigue + noise
          : set.targetReps + 2 - fatigue + noise;
        const reps = Math.max(0, Math.min(set.targetReps, capacity));
        const failed = reps < set.targetReps;
        const effort =
          failed || capacity === set.targetReps ? 'failure' : capacity - set.targetReps >= 3 ? 'easy' : null;
        row.repsDone.push(reps);
        row.efforts.push(effort);
        minute += 3;
        const loggedAt = new Date(now.getTime() + minute * 60_000).toISOString();
        const logged: LoggedSet = {
          requestId: `sim-${day}-${exerciseIndex}-${setIndex}`,
          exerciseId: id,
          kind: 'working',
          reps,
          load: set.load,
          failed,
          effort,
          target: { reps: set.targetReps, load: set.load },
          workoutId,
          workoutStartedAt: now.toISOString(),
          focus: prescription.focus,
          goal: options.goal,
          level: options.level,
          unit,
          exerciseIndex,
          setIndex,
          closesWorkout: false,
          loggedAt,
        };
        stats[id] = applySetToStats(stats[id] ?? null, setSortKey(loggedAt, logged.requestId), logged).stats;
      }
      rows.push(row);
      trueMax.set(id, strength * (1 + growth));
    }
  }
  return rows;
}
