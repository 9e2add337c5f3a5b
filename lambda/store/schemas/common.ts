import * as z from 'zod/mini';
import type { Effort, EquipmentAccess, Goal, Level, SessionFocus, Unit, Weight } from '../../rules/types';

// Schemas for the rules module's shared shapes. `satisfies` keeps them in step with the rules types:
// when a type there changes, this file stops compiling instead of silently accepting old items.

export const unitSchema = z.enum(['kg', 'lb']) satisfies z.ZodMiniType<Unit>;
export const goalSchema = z.enum(['hypertrophy', 'strength', 'both']) satisfies z.ZodMiniType<Goal>;
export const levelSchema = z.enum(['beginner', 'intermediate', 'advanced']) satisfies z.ZodMiniType<Level>;
export const focusSchema = z.enum(['hypertrophy', 'strength']) satisfies z.ZodMiniType<SessionFocus>;
export const effortSchema = z.enum(['easy', 'hard', 'failure']) satisfies z.ZodMiniType<Effort>;
export const equipmentAccessSchema = z.enum([
  'full-gym',
  'barbell',
  'dumbbells',
  'machines',
  'bodyweight',
]) satisfies z.ZodMiniType<EquipmentAccess>;

export const weightSchema = z.object({
  value: z.number().check(z.nonnegative()),
  unit: unitSchema,
}) satisfies z.ZodMiniType<Weight>;

export const isoTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
export const exerciseIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const versionSchema = z.int().check(z.nonnegative());
export const repsSchema = z.int().check(z.nonnegative(), z.lte(1000));

/** Attributes every stored item has; stripped before an item is handed to callers. */
export const keyAttributes = ['PK', 'SK'] as const;

/** zod/mini has no `preprocess`: the same pipe that classic zod's builds, a transform into the schema. */
export function preprocess<Out extends z.ZodMiniType>(
  prepare: (input: unknown) => unknown,
  schema: Out,
): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, Out> {
  return z.pipe(z.transform(prepare), schema);
}
