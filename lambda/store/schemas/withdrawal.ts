import * as z from 'zod/mini';
import { isSetSortKey } from '../keys';
import { isoTimeSchema, repsSchema, weightSchema } from './common';
import { lazySchema } from './lazy-schema';
import { setContextFields } from './set-context';

/**
 * `USER#<id>` / `<set key>#WITHDRAWN` (see `withdrawalSortKey`): the lifter took a logged set back
 * ("undo that", "that was wrong, I did six"). Set items stay immutable; this item, put only if absent,
 * says one no longer counts. It carries what the progress Lambda needs to take the set back out of
 * the lift's stats and the workout's summary, because the stream hands over this item alone.
 */
export const setWithdrawalSchema = lazySchema(() =>
  z.object({
    /** The sort key of the withdrawn set. */
    withdraws: z.string().check(z.refine(isSetSortKey, 'not a set key')),
    ...setContextFields(),
    /** The withdrawn set as it was logged, so the summary can take exactly it back out. */
    reps: repsSchema,
    load: z.nullable(weightSchema),
    failed: z.boolean(),
    withdrawnAt: isoTimeSchema,
  }),
);
export type SetWithdrawal = z.infer<typeof setWithdrawalSchema>;
