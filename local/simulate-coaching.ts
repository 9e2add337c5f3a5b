import { convert, type Goal, type Level, type SessionFocus, type Unit, type Weight } from '../lambda/rules';
import type { LiftSnapshot, LoadedUser } from '../lambda/store';
import { clockCommand } from './console-clock';
import type { SimulationStack } from './simulate-stack';
import { seededRandom } from './simulated-lifter-persona';
import { SimulatedTrainee, SimulationError } from './simulated-trainee';

/**
 * Weeks of coaching through the BUILT skill, the stream and the progress Lambda: every day the
 * lifter opens Lift Coach on a clock that moves as the console's does ("wait until tomorrow 6pm"),
 * starts today's workout and says each set as a person would ("I did eight", "I only got five",
 * "I hit failure at six", "that was easy") from their true strength on the NSCA chart. The stats
 * the next day's plan reads are the ones the progress Lambda wrote from those sets.
 */

export interface SimulationOptions {
  goal: Goal;
  level: Level;
  /** Whole weeks from the command line; a test may use days (8 / 7 is eight days). */
  weeks: number;
  unit?: Unit;
  seed?: number;
  /** How fast the lifter's true max grows per session trained (0.01 = 1%); 0 is a lifter who is stuck. */
  growthPerSession?: number;
  /** The lifter's true strength as a share of the max they state (below 1: they overstate it). */
  trueShareOfStated?: number;
  /** When the first day starts; later days start at 6pm UTC. */
  start?: string;
}

export interface SessionRow {
  day: number;
  date: string;
  exerciseId: string;
  focus: SessionFocus;
  /** The first working set as the plan prescribed it (null: bodyweight). */
  load: Weight | null;
  targetReps: number;
  sets: number;
  repsDone: number[];
  /** How each set went as the lifter said it: missed or ground out ("failure"), "easy", "hard", or plain. */
  efforts: ('failure' | 'easy' | 'hard' | null)[];
  /** The max the prescription was worked out from (the stored estimate, else the stated or calibrated max). */
  planMax: Weight | null;
  /** The stored estimated max after the session, as the progress Lambda wrote it. */
  estimatedMax: Weight | null;
  /** The progress Lambda turned a deload on for this lift and focus after this session. */
  deloadNext: boolean;
  /** The lift had no max: the lifter did a calibration set first. */
  calibrated: boolean;
  trueMax: number;
  repsInReserve: number;
}

export interface SimulationRun {
  rows: SessionRow[];
  turns: number;
  workouts: number;
  transcript: string[];
}

const statedKilos: Record<Level, Record<string, number>> = {
  beginner: { squat: 70, 'bench-press': 50, deadlift: 90, 'overhead-press': 35, 'barbell-row': 45 },
  intermediate: { squat: 130, 'bench-press': 90, deadlift: 160, 'overhead-press': 55, 'barbell-row': 80 },
  advanced: { squat: 190, 'bench-press': 130, deadlift: 230, 'overhead-press': 80, 'barbell-row': 110 },
};

const defaultGrowth: Record<Level, number> = { beginner: 0.012, intermediate: 0.005, advanced: 0.002 };

/** The stated maxes in the lifter's unit, rounded as a person says them (5 kg or 5 lb). */
function statedMaxes(level: Level, unit: Unit): Record<string, number> {
  return Object.fromEntries(
    Object.entries(statedKilos[level]).map(([id, kilos]) => [
      id,
      Math.round(convert({ value: kilos, unit: 'kg' }, unit).value / 5) * 5,
    ]),
  );
}

export async function simulateCoaching(
  stack: SimulationStack,
  options: SimulationOptions,
): Promise<SimulationRun> {
  const unit = options.unit ?? 'kg';
  const stated = statedMaxes(options.level, unit);
  const trainee = new SimulatedTrainee(stack, {
    goal: options.goal,
    level: options.level,
    unit,
    random: seededRandom(options.seed ?? 12),
    start: new Date(options.start ?? '2026-11-02T18:00:00.000Z'),
    statedMaxes: stated,
    trueShareOfStated: options.trueShareOfStated ?? 1,
    growthPerSession: options.growthPerSession ?? defaultGrowth[options.level],
  });
  try {
    await trainee.onboard();
    const rows: SessionRow[] = [];
    let workouts = 0;
    for (let day = 0; day < Math.round(options.weeks * 7); day += 1) {
      if (day > 0) {
        const tomorrow = clockCommand('wait until tomorrow 6pm', trainee.clock.now());
        trainee.clock.advance(tomorrow?.advanceMs ?? 0);
      }
      // What today's plan reads: the stats the progress Lambda made of earlier sessions.
      const before = await stack.store.loadUser(trainee.userKey);
      const session = await trainee.trainToday(day);
      if (!session) continue;
      workouts += 1;
      const after = await foldedUser(stack, trainee.userKey, session.workoutId, session.rows);
      for (const row of session.rows) {
        // The prescription's reason rounds its max to half a unit; the check needs the max it read.
        const read =
          before.stats[row.exerciseId]?.estimatedOneRepMax ??
          after.profile?.statedMaxes[row.exerciseId]?.oneRepMax;
        rows.push(
          withStoredOutcome(
            { ...row, planMax: read ?? row.planMax },
            before.stats[row.exerciseId],
            after.stats[row.exerciseId],
          ),
        );
      }
    }
    return { rows, turns: trainee.turns, workouts, transcript: trainee.transcript };
  } finally {
    await trainee.close();
  }
}

/** How long the stream and the progress Lambda may take to fold one workout's sets on a busy machine. */
const foldTimeoutMs = 60_000;

/**
 * Waits until the progress Lambda has folded every working set of the workout into the lift's stats.
 * (The stream poller's drain waits for a quiet stream, which never comes while other lifters train.)
 */
async function foldedUser(
  stack: SimulationStack,
  userKey: string,
  workoutId: string,
  rows: readonly SessionRow[],
): Promise<LoadedUser> {
  const deadline = Date.now() + foldTimeoutMs;
  for (;;) {
    const user = await stack.store.loadUser(userKey);
    const { stats } = user;
    const folded = rows.every((row) => {
      const session = stats[row.exerciseId]?.session;
      return session?.workoutId === workoutId && session.workingSets >= row.repsDone.length;
    });
    if (folded) return user;
    const failures = stack.loggedErrors();
    if (failures.length > 0) throw new SimulationError(`the progress Lambda failed: ${failures.join(' | ')}`);
    if (Date.now() > deadline)
      throw new SimulationError(
        `the progress Lambda did not fold workout ${workoutId} within ${foldTimeoutMs} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The focus's next targets as the stats hold them (items from before per-focus targets hold one). */
function progressionOf(stats: LiftSnapshot | undefined, focus: SessionFocus) {
  const state = stats?.progressionByFocus?.[focus] ?? stats?.progression ?? null;
  return state?.focus === focus ? state : null;
}

function withStoredOutcome(
  row: SessionRow,
  before: LiftSnapshot | undefined,
  after: LiftSnapshot | undefined,
): SessionRow {
  // A deload state stays on while the lifter climbs back (reps first at the lighter load): only the
  // session that turned it on planned the deload.
  const deloadBefore = progressionOf(before, row.focus)?.deload === true;
  return {
    ...row,
    estimatedMax: after?.estimatedOneRepMax ?? null,
    deloadNext: progressionOf(after, row.focus)?.deload === true && !deloadBefore,
  };
}
