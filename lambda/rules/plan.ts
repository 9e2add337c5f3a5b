import { exerciseCatalog } from './catalog';
import { calibrationInstruction, listInWords, recoveryText, trainingDaySummary } from './derived-text';
import { restSecondsFor } from './guidelines';
import { hasEquipmentFor, isHeavyHinge, recoveringMuscles } from './movements';
import { prescribe } from './prescribe';
import { fail, ok } from './result';
import {
  dayCandidates,
  focusForDay,
  nextVariant,
  pastSessions,
  recentlyTrainedMuscles,
  recoveryDayReason,
  type SessionVariant,
  sessionFocusFor,
  splitRotation,
} from './schedule';
import { fillSlots, pressesAnswered, type Slot, sessionSlots } from './session-slots';
import type {
  Equipment,
  Exercise,
  ExerciseStats,
  HistorySession,
  Level,
  MuscleGroup,
  NeedsMaxExercise,
  PlannedExercise,
  RuleResult,
  SessionFocus,
  SplitDay,
  TrainingProfile,
  WorkoutPlan,
} from './types';
import { progressionFor, validateProfile } from './validate';
import { withFeederWarmUps } from './warm-up-order';

export interface PlanWorkoutInput {
  profile: TrainingProfile;
  /** What the progress pipeline knows per lift (estimated max, next-session targets). */
  stats: readonly ExerciseStats[];
  /** Recent sessions, any order; only the last days matter. */
  history: readonly HistorySession[];
  /** ISO time the lifter asks. */
  now: string;
}

// Strength favours heavy free-weight compounds (the source's "compound lifts with free weights"):
// with a barbell, its bar also hangs pull-ups and dips; without one, the loads the lifter owns go
// before the body alone, so a dumbbells-only strength day presses dumbbells, not push-ups.
// Hypertrophy uses machines and dumbbells freely.
const equipmentPreference: Record<SessionFocus, Equipment[]> = {
  strength: ['barbell', 'bodyweight', 'dumbbells', 'machines'],
  hypertrophy: ['barbell', 'dumbbells', 'machines', 'bodyweight'],
};
const strengthWithoutBarbell: Equipment[] = ['dumbbells', 'machines', 'bodyweight'];

function preferenceFor(focus: SessionFocus, available: readonly Exercise[]): Equipment[] {
  const barbell = available.some((exercise) => exercise.equipment === 'barbell');
  return focus === 'strength' && !barbell ? strengthWithoutBarbell : equipmentPreference[focus];
}

const MIN_EXERCISES = 2;
const WEEK_MS = 7 * 24 * 3_600_000;

function exercisesPerSession(focus: SessionFocus, level: TrainingProfile['level']): number {
  const base = level === 'beginner' ? 4 : 5;
  // Strength sessions rest longer between sets, so they hold one lift fewer.
  return focus === 'strength' ? base - 1 : base;
}

/**
 * The lifts a session may draw from, best first: compounds first, then the focus's equipment order
 * (strength keeps to compounds while there are enough).
 */
function rankedPool(focus: SessionFocus, available: readonly Exercise[]): Exercise[] {
  const compounds = available.filter((exercise) => exercise.kind === 'compound');
  const pool = focus === 'strength' && compounds.length >= MIN_EXERCISES ? compounds : available;
  const preference = preferenceFor(focus, available);
  const rank = (exercise: Exercise) =>
    (exercise.kind === 'compound' ? 0 : 100) + preference.indexOf(exercise.equipment) * 10;
  return pool
    .map((exercise, order) => ({ exercise, order }))
    .sort((a, b) => rank(a.exercise) - rank(b.exercise) || a.order - b.order)
    .map(({ exercise }) => exercise);
}

/** Heavy barbell hinges in the last seven days, counted lift by session. */
function heavyHingesInLastWeek(history: readonly HistorySession[], nowMs: number): number {
  return pastSessions(history, nowMs)
    .filter((session) => session.hard && nowMs - Date.parse(session.date) < WEEK_MS)
    .reduce((count, session) => count + session.exerciseIds.filter(isHeavyHinge).length, 0);
}

/** Which of a day's two sessions a past one was: the one whose lifts it shares more of. */
function variantReader(day: SplitDay, level: Level, available: readonly Exercise[], fallback: SessionFocus) {
  return (session: HistorySession): SessionVariant | null => {
    const ranked = rankedPool(session.focus ?? fallback, available);
    const count = exercisesPerSession(session.focus ?? fallback, level);
    const overlap = (variant: SessionVariant) =>
      fillSlots(sessionSlots(day, variant), ranked, count, 0).filter((exercise) =>
        session.exerciseIds.includes(exercise.id),
      ).length;
    const a = overlap('A');
    const b = overlap('B');
    return a === b ? null : a > b ? 'A' : 'B';
  };
}

/** Lifts for one session: its slots filled from the fresh lifts, compounds first while the lifter is fresh. */
function chooseExercises(
  day: SplitDay,
  slots: readonly Slot[],
  focus: SessionFocus,
  count: number,
  available: readonly Exercise[],
  rested: ReadonlySet<MuscleGroup>,
  heavyHinges: number,
): Exercise[] {
  const fresh = available.filter((exercise) =>
    recoveringMuscles(exercise).every((muscle) => !rested.has(muscle)),
  );
  const fill = (poolFocus: SessionFocus) =>
    fillSlots(
      slots,
      rankedPool(poolFocus, fresh),
      count,
      heavyHinges,
      pressesAnswered(day, rankedPool(poolFocus, available)),
    );
  let chosen = fill(focus);
  // Strength keeps to compounds, unless they cannot fill the day (a dumbbells-only pull day).
  if (chosen.length < MIN_EXERCISES) chosen = fill('hypertrophy');
  return [...chosen].sort((a, b) => Number(a.kind === 'isolation') - Number(b.kind === 'isolation'));
}

function planExercise(
  exercise: Exercise,
  focus: SessionFocus,
  input: PlanWorkoutInput,
  statsById: ReadonlyMap<string, ExerciseStats>,
): PlannedExercise {
  const { profile } = input;
  const stats = statsById.get(exercise.id);
  const result = prescribe({
    exerciseId: exercise.id,
    goal: profile.goal,
    level: profile.level,
    focus,
    unit: profile.unit,
    oneRepMax: stats?.estimatedOneRepMax ?? profile.statedMaxes?.[exercise.id] ?? null,
    progression: progressionFor(stats, exercise.id, focus),
  });
  if (result.ok) {
    return { status: 'ready', exerciseId: exercise.id, name: exercise.name, prescription: result.value };
  }
  // No usable max: a calibration set measures one; a load is never guessed.
  return unmeasuredExercise(exercise, focus, profile);
}

/** A lift planned before anything is known of it: its first set measures the lifter. */
export function unmeasuredExercise(
  exercise: Exercise,
  focus: SessionFocus,
  profile: Pick<TrainingProfile, 'level' | 'unit'>,
): NeedsMaxExercise {
  return {
    status: 'needs-max',
    exerciseId: exercise.id,
    name: exercise.name,
    calibration: {
      targetReps: 8,
      restSeconds: restSecondsFor(focus, profile.level, exercise.kind === 'compound'),
      instruction: calibrationInstruction(exercise.name, profile.unit),
    },
  };
}

/** Today's workout: the day's focus and split, lifts that fit the equipment and recovery, each prescribed. */
export function planWorkout(input: PlanWorkoutInput): RuleResult<WorkoutPlan> {
  const nowMs = Date.parse(input.now);
  if (!Number.isFinite(nowMs)) return fail('invalid-time', 'now must be an ISO 8601 time.');
  const invalid = validateProfile(input.profile);
  if (invalid) return fail('invalid-profile', invalid);
  const { profile } = input;
  const date = new Date(nowMs).toISOString().slice(0, 10);
  const rested = recentlyTrainedMuscles(input.history, nowMs);
  const restedSet = new Set(rested);
  const available = exerciseCatalog.filter((exercise) => hasEquipmentFor(exercise, profile.equipment));
  const recovery = recoveryDayReason(
    profile.level,
    sessionFocusFor(profile.goal, input.history, input.now),
    input.history,
    nowMs,
  );
  if (recovery) return ok({ kind: 'rest', date, restedMuscles: rested, reason: recoveryText(recovery) });
  const rotation = splitRotation(profile.level);
  const heavyHinges = heavyHingesInLastWeek(input.history, nowMs);
  for (const day of dayCandidates(profile.level, input.history, nowMs)) {
    const focus = focusForDay(profile.goal, profile.level, input.history, new Date(nowMs).toISOString(), day);
    const count = exercisesPerSession(focus, profile.level);
    // For `both`, each focus alternates its own A and B, so strength days do not always get B.
    const sameFocus = input.history.filter((session) => profile.goal !== 'both' || session.focus === focus);
    const variant = nextVariant(
      day,
      rotation,
      sameFocus,
      nowMs,
      variantReader(day, profile.level, available, focus),
    );
    const slots = sessionSlots(day, variant);
    const chosen = chooseExercises(day, slots, focus, count, available, restedSet, heavyHinges);
    if (chosen.length < MIN_EXERCISES) continue;
    const statsById = new Map(input.stats.map((stats) => [stats.exerciseId, stats]));
    const exercises = withFeederWarmUps(
      chosen.map((exercise) => planExercise(exercise, focus, input, statsById)),
    );
    return ok({
      kind: 'training',
      date,
      focus,
      day,
      exercises,
      restedMuscles: rested,
      summary: trainingDaySummary(
        focus,
        day,
        chosen.map((exercise) => exercise.name),
      ),
    });
  }
  // Bodyweight lifts fit every split day, so only recovery can leave no day to train.
  // Long lists belong on the card, not in one breath of speech.
  const muscles = rested.length > 3 ? 'whole body' : listInWords(rested);
  const reason = `You trained your ${muscles} hard in the last two days, so today is a rest day. Muscles grow while they recover; come back tomorrow.`;
  return ok({ kind: 'rest', date, restedMuscles: rested, reason });
}
