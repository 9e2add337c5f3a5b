import * as z from 'zod/mini';
import type { Effort, EquipmentAccess, Goal, Level, SessionFocus, Unit, Weight } from '../../rules/types';
import { lazySchema } from './lazy-schema';

// Schemas for the rules module's shared shapes. `satisfies` keeps them in step with the rules types:
// when a type there changes, this file stops compiling instead of silently accepting old items.

export const unitSchema = lazySchema(() => z.enum(['kg', 'lb'])) satisfies z.ZodMiniType<Unit>;
export const goalSchema = lazySchema(() =>
  z.enum(['hypertrophy', 'strength', 'both']),
) satisfies z.ZodMiniType<Goal>;
export const levelSchema = lazySchema(() =>
  z.enum(['beginner', 'intermediate', 'advanced']),
) satisfies z.ZodMiniType<Level>;
export const focusSchema = lazySchema(() =>
  z.enum(['hypertrophy', 'strength']),
) satisfies z.ZodMiniType<SessionFocus>;
export const effortSchema = lazySchema(() =>
  z.enum(['easy', 'hard', 'failure']),
) satisfies z.ZodMiniType<Effort>;
export const equipmentAccessSchema = lazySchema(() =>
  z.enum(['full-gym', 'barbell', 'dumbbells', 'machines', 'bodyweight']),
) satisfies z.ZodMiniType<EquipmentAccess>;

export const weightSchema = lazySchema(() =>
  z.object({
    value: z.number().check(z.nonnegative()),
    unit: unitSchema,
  }),
) satisfies z.ZodMiniType<Weight>;

export const isoTimeSchema = lazySchema(() => z.iso.datetime({ offset: true }));
export const isoDateSchema = lazySchema(() => z.iso.date());
export const exerciseIdSchema = lazySchema(() => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)));
export const versionSchema = lazySchema(() => z.int().check(z.nonnegative()));
export const repsSchema = lazySchema(() => z.int().check(z.nonnegative(), z.lte(1000)));

/** Attributes every stored item has; stripped before an item is handed to callers. */
export const keyAttributes = ['PK', 'SK'] as const;

/** zod/mini has no `preprocess`: the same pipe that classic zod's builds, a transform into the schema. */
export function preprocess<Out extends z.ZodMiniType>(
  prepare: (input: unknown) => unknown,
  schema: Out,
): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, Out> {
  return z.pipe(z.transform(prepare), schema);
}
