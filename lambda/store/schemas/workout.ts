import * as z from 'zod/mini';
import { isSetSortKey } from '../keys';
import {
  effortSchema,
  exerciseIdSchema,
  isoTimeSchema,
  repsSchema,
  versionSchema,
  weightSchema,
} from './common';
import { lazySchema } from './lazy-schema';
import { trainingDayPlanSchema } from './plan';

export const workoutPhaseSchema = lazySchema(() => z.enum(['warmup', 'working', 'resting', 'done']));
export type WorkoutPhase = z.infer<typeof workoutPhaseSchema>;

export const setKindSchema = lazySchema(() => z.enum(['warmup', 'working']));
export type SetKind = z.infer<typeof setKindSchema>;

/** Where the lifter is in today's plan. Indexes point into `plan.exercises` and that lift's sets. */
export const workoutCursorSchema = lazySchema(() =>
  z.object({
    exerciseIndex: z.int().check(z.nonnegative()),
    setIndex: z.int().check(z.nonnegative()),
    phase: workoutPhaseSchema,
  }),
);
export type WorkoutCursor = z.infer<typeof workoutCursorSchema>;

/** The current set's target after in-session adjustments (a missed set lowers the next one). */
export const setTargetSchema = lazySchema(() =>
  z.object({
    exerciseId: exerciseIdSchema,
    kind: setKindSchema,
    reps: repsSchema,
    /** Null: bodyweight without added load. */
    load: z.nullable(weightSchema),
    restSeconds: z.int().check(z.nonnegative()),
  }),
);
export type SetTarget = z.infer<typeof setTargetSchema>;

/** A set logged this session, kept on the workout so the next set can be adjusted without a read. */
export const sessionSetSchema = lazySchema(() =>
  z.object({
    /**
     * The SET item's sort key, for spotting a retried request. Only the latest set keeps it when stored
     * (null on earlier ones): Alexa retries the request just made, and the SET item's put-if-absent
     * catches any later replay anyway.
     */
    setKey: z.nullable(z.string().check(z.refine(isSetSortKey, 'not a set key'))),
    exerciseId: exerciseIdSchema,
    exerciseIndex: z.int().check(z.nonnegative()),
    setIndex: z.int().check(z.nonnegative()),
    kind: setKindSchema,
    reps: repsSchema,
    load: z.nullable(weightSchema),
    failed: z.boolean(),
    effort: z.nullable(effortSchema),
    /** The set made its target's reps (the stored set's target): what the progress Lambda credits the
     *  usual reps in reserve for, so the summary reads the max it reads. Sets saved before: unknown. */
    metTarget: z.optional(z.boolean()),
  }),
);
export type SessionSet = z.infer<typeof sessionSetSchema>;

/**
 * `USER#<id>` / `WORKOUT#ACTIVE`. `version` is the version read (0: not stored yet); `expiresAt`
 * (epoch seconds) is stamped by the store on every save, about 24 h after the last turn, so an
 * abandoned workout disappears through TTL.
 */
export const activeWorkoutSchema = lazySchema(() =>
  z.object({
    workoutId: z.string().check(z.minLength(1)),
    startedAt: isoTimeSchema,
    plan: trainingDayPlanSchema,
    cursor: workoutCursorSchema,
    currentTarget: z.nullable(setTargetSchema),
    /** The Alexa timer counting the current rest, so it can be cancelled or replaced. */
    restTimerId: z.nullable(z.string()),
    setsLogged: z.array(sessionSetSchema),
    /** Small skill-owned state the store does not interpret (e.g. what the last question was). */
    notes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    lastTurnAt: isoTimeSchema,
    expiresAt: z.int().check(z.positive()),
    version: versionSchema,
  }),
);
export type ActiveWorkout = z.infer<typeof activeWorkoutSchema>;
