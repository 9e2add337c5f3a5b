import * as z from 'zod';
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

// Today's plan is stored as the rules module produced it, so the schemas mirror its types exactly.

export const muscleGroupSchema = z.enum([
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
]) satisfies z.ZodType<MuscleGroup>;

export const splitDaySchema = z.enum([
  'full-body',
  'upper',
  'lower',
  'push',
  'pull',
  'legs',
]) satisfies z.ZodType<SplitDay>;

const warmUpSetSchema = z.object({
  load: weightSchema,
  reps: z.number().int().nonnegative(),
  percentOfWorkingLoad: z.number().nonnegative(),
  isEmptyBar: z.boolean(),
}) satisfies z.ZodType<WarmUpSet>;

const workingSetSchema = z.object({
  setNumber: z.number().int().positive(),
  targetReps: z.number().int().nonnegative(),
  load: weightSchema.nullable(),
  repsInReserve: z.number().nonnegative(),
  restSeconds: z.number().nonnegative(),
}) satisfies z.ZodType<WorkingSet>;

const loadReasonSchema = z.object({
  code: z.enum(['percent-of-max', 'progression-target', 'bodyweight-reps', 'bodyweight-added-load']),
  text: z.string(),
  percentOfMax: z.number().nullable(),
  oneRepMax: weightSchema.nullable(),
  targetReps: z.number().int().nonnegative(),
  repsInReserve: z.number().nonnegative(),
}) satisfies z.ZodType<LoadReason>;

export const prescriptionSchema = z.object({
  exerciseId: exerciseIdSchema,
  exerciseName: z.string(),
  focus: focusSchema,
  unit: unitSchema,
  warmUpSets: z.array(warmUpSetSchema),
  workingSets: z.array(workingSetSchema),
  restSeconds: z.number().nonnegative(),
  percentOfMax: z.number().nullable(),
  reason: loadReasonSchema,
}) satisfies z.ZodType<Prescription>;

export const plannedExerciseSchema = z.discriminatedUnion('status', [
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
      targetReps: z.number().int().nonnegative(),
      restSeconds: z.number().nonnegative(),
      instruction: z.string(),
    }),
  }),
]) satisfies z.ZodType<PlannedExercise>;

export const trainingDayPlanSchema = z.object({
  kind: z.literal('training'),
  date: isoDateSchema,
  focus: focusSchema,
  day: splitDaySchema,
  exercises: z.array(plannedExerciseSchema),
  restedMuscles: z.array(muscleGroupSchema),
  summary: z.string(),
}) satisfies z.ZodType<TrainingDayPlan>;

export const progressionStateSchema = z.object({
  exerciseId: exerciseIdSchema,
  focus: focusSchema,
  load: weightSchema.nullable(),
  targetReps: z.number().int().nonnegative(),
  sets: z.number().int().nonnegative(),
  failedSessions: z.number().int().nonnegative(),
  beatTargetSessions: z.number().int().nonnegative(),
  updatedAt: isoTimeSchema,
  /** Added with real deloads; older states have none. */
  deload: z.boolean().optional(),
  madeSessions: z.number().int().nonnegative().optional(),
  /** Added with holds that say why; older states have none. */
  nextStepTooHeavy: z.boolean().optional(),
}) satisfies z.ZodType<ProgressionState>;
