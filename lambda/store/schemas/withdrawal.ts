import * as z from 'zod/mini';
import { isSetSortKey } from '../keys';
import {
  exerciseIdSchema,
  focusSchema,
  goalSchema,
  isoTimeSchema,
  levelSchema,
  repsSchema,
  unitSchema,
  weightSchema,
} from './common';
import { setKindSchema } from './workout';

/**
 * `USER#<id>` / `<set key>#WITHDRAWN` (see `withdrawalSortKey`): the lifter took a logged set back
 * ("undo that", "that was wrong, I did six"). Set items stay immutable; this item, put only if absent,
 * says one no longer counts. It carries what the progress Lambda needs to take the set back out of
 * the lift's stats and the workout's summary, because the stream hands over this item alone.
 */
export const setWithdrawalSchema = z.object({
  /** The sort key of the withdrawn set. */
  withdraws: z.string().check(z.refine(isSetSortKey, 'not a set key')),
  requestId: z.string().check(z.minLength(1)),
  exerciseId: exerciseIdSchema,
  /** The withdrawn set as it was logged, so the summary can take exactly it back out. */
  kind: setKindSchema,
  reps: repsSchema,
  load: z.nullable(weightSchema),
  failed: z.boolean(),
  workoutId: z.string().check(z.minLength(1)),
  workoutStartedAt: isoTimeSchema,
  focus: focusSchema,
  /** What the lifter trained for, so the session's targets are recomputed as the set's were. */
  goal: z.nullable(goalSchema),
  level: z.nullable(levelSchema),
  unit: z.nullable(unitSchema),
  withdrawnAt: isoTimeSchema,
});
export type SetWithdrawal = z.infer<typeof setWithdrawalSchema>;
