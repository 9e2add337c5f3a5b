import { exerciseCatalog } from './catalog';
import { calibrationInstruction, listInWords, trainingDaySummary } from './derived-text';
import { restSecondsFor } from './guidelines';
import { prescribe } from './prescribe';
import { fail, ok } from './result';
import { dayCandidates, focusForDay, recentlyTrainedMuscles } from './schedule';
import type {
  Equipment,
  Exercise,
  ExerciseStats,
  HistorySession,
  MovementPattern,
  MuscleGroup,
  PlannedExercise,
  RuleResult,
  SessionFocus,
  SplitDay,
  TrainingProfile,
  WorkoutPlan,
} from './types';
import { progressionFor, validateProfile } from './validate';

export interface PlanWorkoutInput {
  profile: TrainingProfile;
  /** What the progress pipeline knows per lift (estimated max, next-session targets). */
  stats: readonly ExerciseStats[];
  /** Recent sessions, any order; only the last days matter. */
  history: readonly HistorySession[];
  /** ISO time the lifter asks. */
  now: string;
}

const dayPatterns: Record<SplitDay, MovementPattern[]> = {
  'full-body': ['legs', 'push', 'pull'],
  upper: ['push', 'pull'],
  lower: ['legs'],
  push: ['push'],
  pull: ['pull'],
  legs: ['legs'],
};

// Strength favours heavy free-weight compounds (the source's "compound lifts with free weights");
// hypertrophy uses machines and dumbbells freely.
const equipmentPreference: Record<SessionFocus, Equipment[]> = {
  strength: ['barbell', 'bodyweight', 'dumbbells', 'machines'],
  hypertrophy: ['barbell', 'dumbbells', 'machines', 'bodyweight'],
};

const MIN_EXERCISES = 2;

function exercisesPerSession(focus: SessionFocus, level: TrainingProfile['level']): number {
  const base = level === 'beginner' ? 4 : 5;
  // Strength sessions rest longer between sets, so they hold one lift fewer.
  return focus === 'strength' ? base - 1 : base;
}

function rank(focus: SessionFocus, exercise: Exercise): number {
  const compoundFirst = exercise.kind === 'compound' ? 0 : 100;
  return compoundFirst + equipmentPreference[focus].indexOf(exercise.equipment) * 10;
}

/** Lifts for one split day: round-robin over its patterns, one per main muscle first, then fill. */
function chooseExercises(
  day: SplitDay,
  focus: SessionFocus,
  count: number,
  available: readonly Exercise[],
  rested: ReadonlySet<MuscleGroup>,
): Exercise[] {
  const fresh = available.filter((exercise) => exercise.muscles.every((muscle) => !rested.has(muscle)));
  const compounds = fresh.filter((exercise) => exercise.kind === 'compound');
  const pool = focus === 'strength' && compounds.length >= MIN_EXERCISES ? compounds : fresh;
  const ranked = pool
    .map((exercise, order) => ({ exercise, order }))
    .sort((a, b) => rank(focus, a.exercise) - rank(focus, b.exercise) || a.order - b.order)
    .map(({ exercise }) => exercise);
  const chosen: Exercise[] = [];
  const mainMuscles = new Set<MuscleGroup>();
  for (const distinct of [true, false]) {
    let progressed = true;
    while (chosen.length < count && progressed) {
      progressed = false;
      for (const pattern of dayPatterns[day]) {
        if (chosen.length >= count) break;
        const next = ranked.find(
          (exercise) =>
            exercise.pattern === pattern &&
            !chosen.includes(exercise) &&
            !(distinct && mainMuscles.has(exercise.muscles[0] as MuscleGroup)),
        );
        if (!next) continue;
        chosen.push(next);
        mainMuscles.add(next.muscles[0] as MuscleGroup);
        progressed = true;
      }
    }
  }
  // Compound lifts first, while the lifter is fresh.
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
  // Everyone has their body: push-ups and lunges fit any equipment list.
  const owned = new Set<string>([...profile.equipment, 'bodyweight']);
  const available = exerciseCatalog.filter(
    (exercise) => owned.has('full-gym') || owned.has(exercise.equipment),
  );
  for (const day of dayCandidates(profile.level, input.history, nowMs)) {
    const focus = focusForDay(profile.goal, profile.level, input.history, new Date(nowMs).toISOString(), day);
    const count = exercisesPerSession(focus, profile.level);
    const chosen = chooseExercises(day, focus, count, available, restedSet);
    if (chosen.length < MIN_EXERCISES) continue;
    const statsById = new Map(input.stats.map((stats) => [stats.exerciseId, stats]));
    const exercises = chosen.map((exercise) => planExercise(exercise, focus, input, statsById));
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
