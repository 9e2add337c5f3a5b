import * as z from 'zod/mini';
import { isSetSortKey } from '../keys';
import {
  effortSchema,
  exerciseIdSchema,
  focusSchema,
  goalSchema,
  isoTimeSchema,
  levelSchema,
  unitSchema,
} from './common';
import { setKindSchema } from './workout';

/**
 * `USER#<id>` / `<set key>#RATED#<requestId>` (see `ratingSortKey`): how a logged set felt, said
 * after it was logged ("that was easy", "that was to failure"). Set items stay immutable; this item,
 * put only if absent, gives the progress Lambda the effort the set was not logged with. It names the
 * lift and the workout, so the Lambda finds the set's session without reading the set history.
 */
export const setRatingSchema = z.object({
  /** The sort key of the rated set. */
  rates: z.string().check(z.refine(isSetSortKey, 'not a set key')),
  requestId: z.string().check(z.minLength(1)),
  exerciseId: exerciseIdSchema,
  kind: setKindSchema,
  effort: effortSchema,
  workoutId: z.string().check(z.minLength(1)),
  workoutStartedAt: isoTimeSchema,
  focus: focusSchema,
  /** What the lifter trained for, so the session's targets are recomputed as the set's were. */
  goal: z.nullable(goalSchema),
  level: z.nullable(levelSchema),
  unit: z.nullable(unitSchema),
  ratedAt: isoTimeSchema,
});
export type SetRating = z.infer<typeof setRatingSchema>;
