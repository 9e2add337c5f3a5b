import * as z from 'zod/mini';
import type {
  LoadReason,
  MuscleGroup,
  PlannedExercise,
  Prescription,
  ProgressionState,
  SplitDay,
  TrainingDayPlan,
  WarmUpSet,
  WorkingSet,
} from '../../rules/types';
import {
  exerciseIdSchema,
  focusSchema,
  isoDateSchema,
  isoTimeSchema,
  unitSchema,
  weightSchema,
} from './common';
import { lazySchema } from './lazy-schema';

// Today's plan is stored as the rules module produced it, so the schemas mirror its types exactly.

export const muscleGroupSchema = lazySchema(() =>
  z.enum([
    'chest',
    'back',
    'shoulders',
    'biceps',
    'triceps',
    'quads',
    'hamstrings',
    'glutes',
    'calves',
    'core',
  ]),
) satisfies z.ZodMiniType<MuscleGroup>;

export const loadReasonCodeSchema = lazySchema(() =>
  z.enum([
    'percent-of-max',
    'progression-target',
    'progression-held',
    'progression-deload',
    'bodyweight-reps',
    'bodyweight-added-load',
  ]),
) satisfies z.ZodMiniType<LoadReason['code']>;

export const splitDaySchema = lazySchema(() =>
  z.enum(['full-body', 'upper', 'lower', 'push', 'pull', 'legs']),
) satisfies z.ZodMiniType<SplitDay>;

const warmUpSetSchema = lazySchema(() =>
  z.object({
    load: weightSchema,
    reps: z.int().check(z.nonnegative()),
    percentOfWorkingLoad: z.number().check(z.nonnegative()),
    isEmptyBar: z.boolean(),
  }),
) satisfies z.ZodMiniType<WarmUpSet>;

const workingSetSchema = lazySchema(() =>
  z.object({
    setNumber: z.int().check(z.positive()),
    targetReps: z.int().check(z.nonnegative()),
    load: z.nullable(weightSchema),
    repsInReserve: z.number().check(z.nonnegative()),
    restSeconds: z.number().check(z.nonnegative()),
  }),
) satisfies z.ZodMiniType<WorkingSet>;

const loadReasonSchema = lazySchema(() =>
  z.object({
    code: loadReasonCodeSchema,
    text: z.string(),
    percentOfMax: z.nullable(z.number()),
    oneRepMax: z.nullable(weightSchema),
    targetReps: z.int().check(z.nonnegative()),
    repsInReserve: z.number().check(z.nonnegative()),
  }),
) satisfies z.ZodMiniType<LoadReason>;

export const prescriptionSchema = lazySchema(() =>
  z.object({
    exerciseId: exerciseIdSchema,
    exerciseName: z.string(),
    focus: focusSchema,
    unit: unitSchema,
    warmUpSets: z.array(warmUpSetSchema),
    workingSets: z.array(workingSetSchema),
    restSeconds: z.number().check(z.nonnegative()),
    percentOfMax: z.nullable(z.number()),
    reason: loadReasonSchema,
  }),
) satisfies z.ZodMiniType<Prescription>;

export const plannedExerciseSchema = lazySchema(() =>
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('ready'),
      exerciseId: exerciseIdSchema,
      name: z.string(),
      prescription: prescriptionSchema,
    }),
    z.object({
      status: z.literal('needs-max'),
      exerciseId: exerciseIdSchema,
      name: z.string(),
      calibration: z.object({
        targetReps: z.int().check(z.nonnegative()),
        restSeconds: z.number().check(z.nonnegative()),
        instruction: z.string(),
      }),
    }),
  ]),
) satisfies z.ZodMiniType<PlannedExercise>;

export const trainingDayPlanSchema = lazySchema(() =>
  z.object({
    kind: z.literal('training'),
    date: isoDateSchema,
    focus: focusSchema,
    day: splitDaySchema,
    exercises: z.array(plannedExerciseSchema),
    restedMuscles: z.array(muscleGroupSchema),
    summary: z.string(),
  }),
) satisfies z.ZodMiniType<TrainingDayPlan>;

export const progressionStateSchema = lazySchema(() =>
  z.object({
    exerciseId: exerciseIdSchema,
    focus: focusSchema,
    load: z.nullable(weightSchema),
    targetReps: z.int().check(z.nonnegative()),
    sets: z.int().check(z.nonnegative()),
    failedSessions: z.int().check(z.nonnegative()),
    beatTargetSessions: z.int().check(z.nonnegative()),
    updatedAt: isoTimeSchema,
    /** Added with real deloads; older states have none. */
    deload: z.optional(z.boolean()),
    madeSessions: z.optional(z.int().check(z.nonnegative())),
    /** Added with holds that say why; older states have none. */
    nextStepTooHeavy: z.optional(z.boolean()),
  }),
) satisfies z.ZodMiniType<ProgressionState>;
