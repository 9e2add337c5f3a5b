import { calibrationInstruction, findExercise, loadReasonText, trainingDaySummary } from '../rules';
import type { PlannedExercise, Prescription, TrainingDayPlan, Unit, Weight } from '../rules/types';
import { legacySetKeyPrefix, setKeyFromParts, setKeyParts } from './keys';
import { type ActiveWorkout, activeWorkoutSchema, type SessionSet } from './schemas/workout';
import {
  legacySetKeyWorkoutFormat,
  type StoredActiveWorkout,
  type StoredExercise,
  type StoredPlan,
  type StoredReadyExercise,
  type StoredSessionSet,
  storedActiveWorkoutSchema,
  storedWorkoutFormat,
} from './schemas/workout-item';

// Between the workout the skill works with and the compact item stored (schemas/workout-item.ts).
// decode(encode(workout)) equals the workout, except that only the latest logged set keeps its key
// (see sessionSetSchema): whatever cannot be rebuilt is stored as it is.

export function encodeActiveWorkout(workout: ActiveWorkout): StoredActiveWorkout {
  const target = workout.currentTarget;
  return {
    f: storedWorkoutFormat,
    id: workout.workoutId,
    st: storedTime(workout.startedAt),
    lt: storedTime(workout.lastTurnAt),
    c: [workout.cursor.exerciseIndex, workout.cursor.setIndex, workout.cursor.phase],
    tg: target
      ? [target.exerciseId, target.kind, target.reps, storedWeight(target.load), target.restSeconds]
      : null,
    tm: workout.restTimerId,
    n: workout.notes,
    p: encodePlan(workout.plan),
    s: workout.setsLogged.map((set, index) =>
      encodeSet(set, workout.plan, index === workout.setsLogged.length - 1),
    ),
    expiresAt: workout.expiresAt,
    version: workout.version,
  };
}

export function decodeActiveWorkout(stored: StoredActiveWorkout): ActiveWorkout {
  const plan = decodePlan(stored.p);
  const [exerciseIndex, setIndex, phase] = stored.c;
  return {
    workoutId: stored.id,
    startedAt: isoTime(stored.st),
    plan,
    cursor: { exerciseIndex, setIndex, phase },
    currentTarget: stored.tg
      ? {
          exerciseId: stored.tg[0],
          kind: stored.tg[1],
          reps: stored.tg[2],
          load: weight(stored.tg[3]),
          restSeconds: stored.tg[4],
        }
      : null,
    restTimerId: stored.tm,
    setsLogged: stored.s.map((set) => decodeSet(set, plan, stored.f)),
    notes: stored.n,
    lastTurnAt: isoTime(stored.lt),
    expiresAt: stored.expiresAt,
    version: stored.version,
  };
}

function storedTime(iso: string): number | string {
  const epochMs = Date.parse(iso);
  return Number.isFinite(epochMs) && epochMs >= 0 && new Date(epochMs).toISOString() === iso ? epochMs : iso;
}

function isoTime(stored: number | string): string {
  return typeof stored === 'number' ? new Date(stored).toISOString() : stored;
}

function storedWeight(load: Weight | null): [number, Unit] | null {
  return load ? [load.value, load.unit] : null;
}

function weight(stored: readonly [number, Unit] | null): Weight | null {
  return stored ? { value: stored[0], unit: stored[1] } : null;
}

function catalogName(exerciseId: string): string | undefined {
  return findExercise(exerciseId)?.name;
}

function encodePlan(plan: TrainingDayPlan): StoredPlan {
  const stored: StoredPlan = {
    d: plan.date,
    f: plan.focus,
    y: plan.day,
    m: plan.restedMuscles,
    x: plan.exercises.map((exercise) => encodeExercise(exercise, plan)),
  };
  const summary = trainingDaySummary(
    plan.focus,
    plan.day,
    plan.exercises.map((exercise) => exercise.name),
  );
  return plan.summary === summary ? stored : { ...stored, t: plan.summary };
}

function decodePlan(stored: StoredPlan): TrainingDayPlan {
  const exercises = stored.x.map((exercise) => decodeExercise(exercise, stored.f));
  return {
    kind: 'training',
    date: stored.d,
    focus: stored.f,
    day: stored.y,
    exercises,
    restedMuscles: stored.m,
    summary:
      stored.t ??
      trainingDaySummary(
        stored.f,
        stored.y,
        exercises.map((exercise) => exercise.name),
      ),
  };
}

function encodeExercise(exercise: PlannedExercise, plan: TrainingDayPlan): StoredExercise {
  const name = exercise.name === catalogName(exercise.exerciseId) ? {} : { n: exercise.name };
  if (exercise.status === 'needs-max') {
    const { targetReps, restSeconds, instruction } = exercise.calibration;
    const unit = (['kg', 'lb'] as const).find(
      (candidate) => calibrationInstruction(exercise.name, candidate) === instruction,
    );
    return {
      i: exercise.exerciseId,
      c: [targetReps, restSeconds],
      ...(unit ? { u: unit } : { t: instruction }),
      ...name,
    };
  }
  const { prescription } = exercise;
  const { unit, reason } = prescription;
  const inUnit = (load: Weight | null) => load === null || load.unit === unit;
  const compactable =
    prescription.exerciseId === exercise.exerciseId &&
    prescription.warmUpSets.every((set) => inUnit(set.load)) &&
    prescription.workingSets.every((set, index) => inUnit(set.load) && set.setNumber === index + 1) &&
    inUnit(reason.oneRepMax);
  if (!compactable) return { v: exercise };
  const workingLoad = prescription.workingSets[0]?.load ?? null;
  const text = loadReasonText(reason, prescription.exerciseName, workingLoad);
  return {
    i: exercise.exerciseId,
    u: unit,
    ...(prescription.focus === plan.focus ? {} : { f: prescription.focus }),
    r: prescription.restSeconds,
    p: prescription.percentOfMax,
    w: prescription.warmUpSets.map((set) => [
      set.load.value,
      set.reps,
      set.percentOfWorkingLoad,
      set.isEmptyBar,
    ]),
    ...workingSets(prescription.workingSets),
    y: [
      reason.code,
      reason.percentOfMax,
      reason.oneRepMax?.value ?? null,
      reason.targetReps,
      reason.repsInReserve,
    ],
    ...(reason.text === text ? {} : { t: reason.text }),
    ...name,
    ...(prescription.exerciseName === exercise.name ? {} : { e: prescription.exerciseName }),
  };
}

type StoredWorkingSet = StoredReadyExercise['s'][number];

/** Working sets as tuples; identical ones (the usual case) as one tuple and their count `k`. */
function workingSets(sets: Prescription['workingSets']): { s: StoredWorkingSet[]; k?: number } {
  const tuples = sets.map(
    (set): StoredWorkingSet => [set.targetReps, set.load?.value ?? null, set.repsInReserve, set.restSeconds],
  );
  const [first] = tuples;
  const same =
    first !== undefined && tuples.every((tuple) => tuple.every((value, index) => value === first[index]));
  return same && tuples.length > 1 ? { s: [first], k: tuples.length } : { s: tuples };
}

function decodeExercise(stored: StoredExercise, planFocus: TrainingDayPlan['focus']): PlannedExercise {
  if ('v' in stored) return stored.v;
  // An id the catalog no longer knows keeps its id as its name rather than losing the workout.
  const name = stored.n ?? catalogName(stored.i) ?? stored.i;
  if ('c' in stored) {
    const [targetReps, restSeconds] = stored.c;
    return {
      status: 'needs-max',
      exerciseId: stored.i,
      name,
      calibration: {
        targetReps,
        restSeconds,
        instruction: stored.t ?? calibrationInstruction(name, stored.u ?? 'kg'),
      },
    };
  }
  const unit = stored.u;
  const inUnit = (value: number | null): Weight | null => (value === null ? null : { value, unit });
  const planned = stored.k === undefined ? stored.s : Array.from({ length: stored.k }, () => stored.s[0]);
  const workingSets = planned.flatMap((set, index) => {
    if (!set) return [];
    const [targetReps, load, repsInReserve, restSeconds] = set;
    return [
      {
        setNumber: index + 1,
        targetReps,
        load: inUnit(load),
        repsInReserve,
        restSeconds,
      },
    ];
  });
  const [code, percentOfMax, oneRepMax, targetReps, repsInReserve] = stored.y;
  const numbers = { code, percentOfMax, oneRepMax: inUnit(oneRepMax), targetReps, repsInReserve };
  const exerciseName = stored.e ?? name;
  return {
    status: 'ready',
    exerciseId: stored.i,
    name,
    prescription: {
      exerciseId: stored.i,
      exerciseName,
      focus: stored.f ?? planFocus,
      unit,
      warmUpSets: stored.w.map(([load, reps, percentOfWorkingLoad, isEmptyBar]) => ({
        load: { value: load, unit },
        reps,
        percentOfWorkingLoad,
        isEmptyBar,
      })),
      workingSets,
      restSeconds: stored.r,
      percentOfMax: stored.p,
      reason: {
        ...numbers,
        text: stored.t ?? loadReasonText(numbers, exerciseName, workingSets[0]?.load ?? null),
      },
    },
  };
}

function encodeSet(set: SessionSet, plan: TrainingDayPlan, latest: boolean): StoredSessionSet {
  const plannedId = plan.exercises[set.exerciseIndex]?.exerciseId;
  const stored: StoredSessionSet = [
    latest && set.setKey ? encodeSetKey(set.setKey) : null,
    set.exerciseId === plannedId ? null : set.exerciseId,
    set.exerciseIndex,
    set.setIndex,
    set.kind,
    set.reps,
    storedWeight(set.load),
    set.failed,
    set.effort,
  ];
  if (set.metTarget) stored.push(true);
  return stored;
}

function decodeSet(stored: StoredSessionSet, plan: TrainingDayPlan, format: number): SessionSet {
  const [key, exerciseId, exerciseIndex, setIndex, kind, reps, load, failed, effort, metTarget] = stored;
  return {
    setKey: key === null ? null : decodeSetKey(key, format),
    // The schema of the decoded workout rejects a null id with no planned lift behind it.
    exerciseId: exerciseId ?? plan.exercises[exerciseIndex]?.exerciseId ?? '',
    exerciseIndex,
    setIndex,
    kind,
    reps,
    load: weight(load),
    failed,
    effort,
    ...(metTarget && { metTarget }),
  };
}

/** `LOG#<iso time>#amzn1.echo-api.request.<id>` as [epoch ms, id]; any other key as it is. */
function encodeSetKey(setKey: string): NonNullable<StoredSessionSet[0]> {
  // Only LOG# keys are packed: the format number tells old SET# workouts apart (decodeSetKey).
  const parts = setKeyParts(setKey);
  return parts && !parts.legacy ? [parts.epochMs, parts.requestTail] : setKey;
}

function decodeSetKey(stored: NonNullable<StoredSessionSet[0]>, format: number): string {
  const legacy = format === legacySetKeyWorkoutFormat;
  if (typeof stored === 'string') return legacy ? `${legacySetKeyPrefix}${stored}` : stored;
  return setKeyFromParts({ legacy, epochMs: stored[0], requestTail: stored[1] });
}

export type StoredWorkoutRead =
  | { ok: true; workout: ActiveWorkout; format: 'compact' | 'original' }
  | { ok: false; issues: readonly { path: readonly PropertyKey[] }[] };

/**
 * Reads a `WORKOUT#ACTIVE` item (keys already removed) of either shape: the compact one, or the
 * original one (the whole plan as objects, under `plan`) that items saved before the compact format
 * still have; the turn's save rewrites those in the compact shape.
 */
export function readStoredActiveWorkout(item: Record<string, unknown>): StoredWorkoutRead {
  if ('plan' in item) {
    const original = activeWorkoutSchema.safeParse(item);
    return original.success
      ? { ok: true, workout: original.data, format: 'original' }
      : { ok: false, issues: original.error.issues };
  }
  const stored = storedActiveWorkoutSchema.safeParse(item);
  if (!stored.success) return { ok: false, issues: stored.error.issues };
  // Decoding only rebuilds fields, so the result is checked like any workout read.
  const decoded = activeWorkoutSchema.safeParse(decodeActiveWorkout(stored.data));
  return decoded.success
    ? { ok: true, workout: decoded.data, format: 'compact' }
    : { ok: false, issues: decoded.error.issues };
}
