import * as z from 'zod/mini';
import { exerciseIdSchema, focusSchema, goalSchema, isoTimeSchema, levelSchema, unitSchema } from './common';
import { setKindSchema } from './workout';

/**
 * What an item about a logged set (a withdrawal, a rating) repeats of it, because the stream hands
 * the progress Lambda that item alone: the request that wrote it, the lift, the workout and what the
 * lifter trained for, so the session's targets are recomputed as the set's were. A function: the
 * schemas that spread it are built at their first use, and these fields with them.
 */
export const setContextFields = () => ({
  requestId: z.string().check(z.minLength(1)),
  exerciseId: exerciseIdSchema,
  kind: setKindSchema,
  workoutId: z.string().check(z.minLength(1)),
  workoutStartedAt: isoTimeSchema,
  focus: focusSchema,
  goal: z.nullable(goalSchema),
  level: z.nullable(levelSchema),
  unit: z.nullable(unitSchema),
});
