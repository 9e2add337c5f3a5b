import * as z from 'zod/mini';
import {
  effortSchema,
  exerciseIdSchema,
  focusSchema,
  isoDateSchema,
  isoTimeSchema,
  repsSchema,
  unitSchema,
  versionSchema,
} from './common';
import { lazySchema } from './lazy-schema';
import { loadReasonCodeSchema, muscleGroupSchema, plannedExerciseSchema, splitDaySchema } from './plan';
import { setKindSchema, workoutPhaseSchema } from './workout';

// The stored shape of `WORKOUT#ACTIVE` (format 2). Every set logged rewrites this item inside a
// transaction, billed per started KB twice, so it keeps numbers only: short attribute names, tuples
// instead of objects, and no sentence the rules can rebuild from those numbers (names come from the
// catalog, reasons and instructions from the rules' text builders). A field that differs from what
// would be rebuilt is kept verbatim, so decoding gives back exactly the workout that was saved.

const nonNegative = lazySchema(() => z.number().check(z.nonnegative()));
const count = lazySchema(() => z.int().check(z.nonnegative()));

/** A weight as [value, unit]. */
export const storedWeightSchema = lazySchema(() => z.tuple([nonNegative, unitSchema]));

const readyExerciseSchema = lazySchema(() =>
  z.strictObject({
    /** Exercise id. */
    i: exerciseIdSchema,
    /** The prescription's unit; every load in it is in this unit. */
    u: unitSchema,
    /** Prescription focus, only when it differs from the day's. */
    f: z.optional(focusSchema),
    /** Rest seconds. */
    r: nonNegative,
    /** Percent of max. */
    p: z.nullable(z.number()),
    /** Warm-ups: [load, reps, percent of working load, empty bar]. */
    w: z.array(z.tuple([nonNegative, count, nonNegative, z.boolean()])),
    /** Working sets, numbered from one: [target reps, load or null, reps in reserve, rest seconds]. */
    s: z.array(z.tuple([count, z.nullable(nonNegative), nonNegative, nonNegative])),
    /** When present, the working sets are `k` copies of the one tuple in `s`. */
    k: z.optional(z.int().check(z.gte(2))),
    /** Load reason: [code, percent of max, one-rep max in `u` or null, target reps, reps in reserve]. */
    y: z.tuple([loadReasonCodeSchema, z.nullable(z.number()), z.nullable(nonNegative), count, nonNegative]),
    /** Reason text, only when it is not the one the rules rebuild. */
    t: z.optional(z.string()),
    /** Planned name, only when it is not the catalog's. */
    n: z.optional(z.string()),
    /** Prescription's exercise name, only when it is not the planned name. */
    e: z.optional(z.string()),
  }),
);

const needsMaxExerciseSchema = lazySchema(() =>
  z.strictObject({
    i: exerciseIdSchema,
    /** Calibration: [target reps, rest seconds]. */
    c: z.tuple([count, nonNegative]),
    /** The unit the rebuilt instruction speaks in; absent when `t` holds the instruction. */
    u: z.optional(unitSchema),
    t: z.optional(z.string()),
    n: z.optional(z.string()),
  }),
);

/** A planned exercise the compact form cannot express exactly, kept as it is. */
const verbatimExerciseSchema = lazySchema(() => z.strictObject({ v: plannedExerciseSchema }));

export const storedExerciseSchema = lazySchema(() =>
  z.union([readyExerciseSchema, needsMaxExerciseSchema, verbatimExerciseSchema]),
);
export type StoredExercise = z.infer<typeof storedExerciseSchema>;
export type StoredReadyExercise = z.infer<typeof readyExerciseSchema>;

export const storedPlanSchema = lazySchema(() =>
  z.strictObject({
    d: isoDateSchema,
    f: focusSchema,
    y: splitDaySchema,
    /** Rested muscles. */
    m: z.array(muscleGroupSchema),
    x: z.array(storedExerciseSchema),
    /** Summary, only when it is not the one the rules rebuild. */
    t: z.optional(z.string()),
  }),
);
export type StoredPlan = z.infer<typeof storedPlanSchema>;

/**
 * A logged set: [key (null but on the latest set), exercise id (null: the planned lift at that index), exercise index, set index,
 * kind, reps, load, failed, effort]. The key is the set item's sort key, or [epoch ms, request id
 * after `amzn1.echo-api.request.`] when it is `LOG#<iso time>#amzn1.echo-api.request.<id>`. Items of
 * format 2 (written before the LOG# key) hold SET# keys: a string is the key without `SET#`, a
 * tuple stands for `SET#…`.
 */
export const storedSessionSetSchema = lazySchema(() =>
  z.tuple([
    z.nullable(
      z.union([
        z.string().check(z.minLength(1)),
        z.tuple([z.int().check(z.nonnegative()), z.string().check(z.minLength(1))]),
      ]),
    ),
    z.nullable(exerciseIdSchema),
    count,
    count,
    setKindSchema,
    repsSchema,
    z.nullable(storedWeightSchema),
    z.boolean(),
    z.nullable(effortSchema),
    // Met its target: stored only when true (sets stored before have nine fields).
    z.optional(z.literal(true)),
  ]),
);
export type StoredSessionSet = z.infer<typeof storedSessionSetSchema>;

export const storedWorkoutFormat = 3;
/** Format 2 differs only in what a set key means (see storedSessionSetSchema); it still reads. */
export const legacySetKeyWorkoutFormat = 2;

export const storedActiveWorkoutSchema = lazySchema(() =>
  z.strictObject({
    f: z.union([z.literal(storedWorkoutFormat), z.literal(legacySetKeyWorkoutFormat)]),
    id: z.string().check(z.minLength(1)),
    /** Started at and last turn at: epoch ms, or the ISO time when that would not read back the same. */
    st: z.union([z.int().check(z.nonnegative()), isoTimeSchema]),
    lt: z.union([z.int().check(z.nonnegative()), isoTimeSchema]),
    /** Cursor: [exercise index, set index, phase]. */
    c: z.tuple([count, count, workoutPhaseSchema]),
    /** Current target: [exercise id, kind, reps, load, rest seconds]. */
    tg: z.nullable(
      z.tuple([exerciseIdSchema, setKindSchema, repsSchema, z.nullable(storedWeightSchema), count]),
    ),
    /** Rest timer id. */
    tm: z.nullable(z.string()),
    n: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    p: storedPlanSchema,
    s: z.array(storedSessionSetSchema),
    expiresAt: z.int().check(z.positive()),
    version: versionSchema,
  }),
);
export type StoredActiveWorkout = z.infer<typeof storedActiveWorkoutSchema>;
