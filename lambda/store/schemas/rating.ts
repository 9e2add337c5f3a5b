import * as z from 'zod/mini';
import { isSetSortKey } from '../keys';
import { effortSchema, isoTimeSchema } from './common';
import { lazySchema } from './lazy-schema';
import { setContextFields } from './set-context';

/**
 * `USER#<id>` / `<set key>#RATED#<requestId>` (see `ratingSortKey`): how a logged set felt, said
 * after it was logged ("that was easy", "that was to failure"). Set items stay immutable; this item,
 * put only if absent, gives the progress Lambda the effort the set was not logged with. It names the
 * lift and the workout, so the Lambda finds the set's session without reading the set history.
 */
export const setRatingSchema = lazySchema(() =>
  z.object({
    /** The sort key of the rated set. */
    rates: z.string().check(z.refine(isSetSortKey, 'not a set key')),
    ...setContextFields(),
    effort: effortSchema,
    ratedAt: isoTimeSchema,
  }),
);
export type SetRating = z.infer<typeof setRatingSchema>;
