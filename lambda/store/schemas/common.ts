import * as z from 'zod';
import type { Effort, EquipmentAccess, Goal, Level, SessionFocus, Unit, Weight } from '../../rules/types';

// Schemas for the rules module's shared shapes. `satisfies` keeps them in step with the rules types:
// when a type there changes, this file stops compiling instead of silently accepting old items.

export const unitSchema = z.enum(['kg', 'lb']) satisfies z.ZodType<Unit>;
export const goalSchema = z.enum(['hypertrophy', 'strength', 'both']) satisfies z.ZodType<Goal>;
export const levelSchema = z.enum(['beginner', 'intermediate', 'advanced']) satisfies z.ZodType<Level>;
export const focusSchema = z.enum(['hypertrophy', 'strength']) satisfies z.ZodType<SessionFocus>;
export const effortSchema = z.enum(['easy', 'hard', 'failure']) satisfies z.ZodType<Effort>;
export const equipmentAccessSchema = z.enum([
  'full-gym',
  'barbell',
  'dumbbells',
  'machines',
  'bodyweight',
]) satisfies z.ZodType<EquipmentAccess>;

export const weightSchema = z.object({
  value: z.number().finite().nonnegative(),
  unit: unitSchema,
}) satisfies z.ZodType<Weight>;

export const isoTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();
export const exerciseIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const versionSchema = z.number().int().nonnegative();
export const repsSchema = z.number().int().nonnegative().max(1000);

/** Attributes every stored item has; stripped before an item is handed to callers. */
export const keyAttributes = ['PK', 'SK'] as const;
