// The shapes every part of Lift Coach shares. Everything here is plain, serialisable data (no class
// instances, no Dates: times are ISO 8601 strings) because plans and progression states are stored in
// DynamoDB as they are and validated with zod on the way back in.

export type Goal = 'hypertrophy' | 'strength' | 'both';
export type Level = 'beginner' | 'intermediate' | 'advanced';
export type Unit = 'kg' | 'lb';

/** Every weight carries its unit, so a kilo is never added to a pound. */
export interface Weight {
  value: number;
  unit: Unit;
}

/** What one session trains for; the goal `both` alternates the two. */
export type SessionFocus = 'hypertrophy' | 'strength';

/** How an exercise is loaded. Cable stations count as machines (they load by stack steps). */
export type Equipment = 'barbell' | 'dumbbells' | 'machines' | 'bodyweight';

/** What a lifter says they have; `full-gym` means every kind of equipment. */
export type EquipmentAccess = Equipment | 'full-gym';

export type MuscleGroup =
  | 'chest'
  | 'back'
  | 'shoulders'
  | 'biceps'
  | 'triceps'
  | 'quads'
  | 'hamstrings'
  | 'glutes'
  | 'calves'
  | 'core';

export type ExerciseKind = 'compound' | 'isolation';

/** Where an exercise sits in a split: push/pull for the upper body, legs for the lower body. */
export type MovementPattern = 'push' | 'pull' | 'legs';

export interface Exercise {
  /** Kebab-case id, also the id of the interaction model's ExerciseType value. */
  id: string;
  /** What the coach says, and the slot value. */
  name: string;
  /** Other things people say for it ("bench", "benching", "flat bench"). */
  synonyms: readonly string[];
  /** Muscles the lift works hard; the first one is the main mover. */
  muscles: readonly MuscleGroup[];
  kind: ExerciseKind;
  pattern: MovementPattern;
  equipment: Equipment;
  /** The smallest load change per unit (total bar load, one dumbbell, stack step, or added load). */
  loadStep: Readonly<Record<Unit, number>>;
  /** Heavy barbell lifts get the warm-up ramp (bar × 10, 40% × 5, 60% × 3, 80% × 2). */
  needsWarmUpRamp: boolean;
  /** Prescribed by reps; only advanced lifters add load. */
  bodyweight: boolean;
  /** For dumbbells the load is per hand; for bodyweight lifts it is the load added to the body. */
  loadMeaning: 'total' | 'per-dumbbell' | 'added';
}

export interface RuleError {
  /** Stable, kebab-case: the skill chooses what to say from it. */
  code: string;
  /** Plain English for logs and developers. */
  message: string;
}

export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: RuleError };

/** A range as the source states it; `orMore` marks a trailing "+" ("1–3+ sets", "85%+"). */
export interface SourceRange {
  min: number;
  max: number;
  orMore: boolean;
}

/** A closed range the coach actually programs with. */
export interface Span {
  min: number;
  max: number;
}

/** One row of the source's loading table, plus the closed ranges the coach programs within. */
export interface Guidelines {
  goal: SessionFocus;
  level: Level;
  /** The source's row, as written: %1RM, reps, sets, rest in seconds. */
  source: {
    percentOfMax: SourceRange;
    reps: SourceRange;
    sets: SourceRange;
    restSeconds: SourceRange;
    text: string;
  };
  /** Closed ranges used to program (the source's open ends closed where a coach must pick a number). */
  programming: {
    percentOfMax: Span;
    reps: Span;
    sets: Span;
    /** Sets a lifter starts with before volume grows. */
    startingSets: number;
    restSeconds: Span;
    /** Reps left in the tank on a working set. */
    repsInReserve: Span;
  };
}

export interface OneRepMaxEstimate {
  oneRepMax: Weight;
  /** Which formula gave the estimate; one-rep-max.ts says why each is used where it is. */
  formula: 'brzycki' | 'epley';
  /** Above 10 reps the formulas drift, so such a set must not raise a max on its own. */
  confidence: 'high' | 'low';
}

export interface WarmUpSet {
  load: Weight;
  reps: number;
  /** Share of the working load (0 for the empty bar). */
  percentOfWorkingLoad: number;
  isEmptyBar: boolean;
}

export interface WorkingSet {
  setNumber: number;
  targetReps: number;
  /** Null for a bodyweight lift without added load. */
  load: Weight | null;
  repsInReserve: number;
  restSeconds: number;
}

/** Why this weight, for "why this weight?": a stable code, its numbers, and an English sentence. */
export interface LoadReason {
  /**
   * What set the load: a share of the max, the step last session earned, the same load again because
   * the next step would leave no rep in reserve, a deload after sessions short of the targets, or
   * (bodyweight) reps and added load.
   */
  code:
    | 'percent-of-max'
    | 'progression-target'
    | 'progression-held'
    | 'progression-deload'
    | 'bodyweight-reps'
    | 'bodyweight-added-load';
  text: string;
  percentOfMax: number | null;
  oneRepMax: Weight | null;
  targetReps: number;
  repsInReserve: number;
}

export interface Prescription {
  exerciseId: string;
  exerciseName: string;
  focus: SessionFocus;
  unit: Unit;
  warmUpSets: WarmUpSet[];
  workingSets: WorkingSet[];
  restSeconds: number;
  /** Share of the one-rep max after rounding, e.g. 80; null for bodyweight lifts. */
  percentOfMax: number | null;
  reason: LoadReason;
}

/** Next-session targets for one lift, kept in its STATS item by the progress Lambda. */
export interface ProgressionState {
  exerciseId: string;
  focus: SessionFocus;
  /** Null: bodyweight only. */
  load: Weight | null;
  targetReps: number;
  sets: number;
  /** Sessions in a row where the targets were missed; three mean a deload. */
  failedSessions: number;
  /** Sessions in a row where the last set beat the target by two or more reps (the 2-for-2 rule). */
  beatTargetSessions: number;
  /** ISO time of the session these targets came from. */
  updatedAt: string;
  /** Advanced strength: sessions in a row that met every target at this load (a step takes two). */
  madeSessions?: number;
  /** A deload: its load sits below the %1RM range on purpose, so no range floor may lift it back. */
  deload?: boolean;
  /**
   * Held because the next loadable step leaves no rep in reserve at any reps the range allows, and
   * reps and sets are already at the top: said when the lifter asks what is next.
   */
  nextStepTooHeavy?: boolean;
}

export type Effort = 'easy' | 'hard' | 'failure';

export interface LoggedSet {
  exerciseId: string;
  reps: number;
  /** Null for a bodyweight set without added load. */
  load: Weight | null;
  effort?: Effort;
  failed?: boolean;
  /** ISO time. */
  at: string;
}

export interface TrainingProfile {
  goal: Goal;
  level: Level;
  unit: Unit;
  equipment: EquipmentAccess[];
  /** One-rep maxes the lifter stated, by exercise id. */
  statedMaxes: Record<string, Weight>;
}

export interface ExerciseStats {
  exerciseId: string;
  estimatedOneRepMax: Weight | null;
  /** The latest session's next targets (any focus); stored before per-focus states existed. */
  progression: ProgressionState | null;
  /** For the goal `both`: each focus keeps its own targets, so size and strength both progress. */
  progressionByFocus?: Partial<Record<SessionFocus, ProgressionState>>;
}

export interface HistorySession {
  /** ISO time the session ended (or started). */
  date: string;
  focus: SessionFocus | null;
  exerciseIds: string[];
  /** Hard: sets taken close to failure, so the muscles need 48 hours. */
  hard: boolean;
}

/** A lift in today's plan that can be loaded now. */
export interface ReadyExercise {
  status: 'ready';
  exerciseId: string;
  name: string;
  prescription: Prescription;
}

/** A lift whose max is unknown: the coach asks for one or runs a calibration set, never guesses. */
export interface NeedsMaxExercise {
  status: 'needs-max';
  exerciseId: string;
  name: string;
  calibration: {
    targetReps: number;
    restSeconds: number;
    instruction: string;
  };
}

export type PlannedExercise = ReadyExercise | NeedsMaxExercise;

export type SplitDay = 'full-body' | 'upper' | 'lower' | 'push' | 'pull' | 'legs';

export interface TrainingDayPlan {
  kind: 'training';
  /** ISO date (YYYY-MM-DD) of `now`. */
  date: string;
  focus: SessionFocus;
  day: SplitDay;
  exercises: PlannedExercise[];
  /** Muscle groups left out because they were trained hard in the last 48 hours. */
  restedMuscles: MuscleGroup[];
  summary: string;
}

export interface RestDayPlan {
  kind: 'rest';
  date: string;
  restedMuscles: MuscleGroup[];
  reason: string;
}

export type WorkoutPlan = TrainingDayPlan | RestDayPlan;
