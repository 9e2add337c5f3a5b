import * as z from 'zod';
import {
  equipmentAccessSchema,
  exerciseIdSchema,
  goalSchema,
  isoTimeSchema,
  levelSchema,
  repsSchema,
  unitSchema,
  versionSchema,
  weightSchema,
} from './common';

/** A max the lifter stated ("my bench max is a hundred kilos", "I can squat 225 for 5"). */
export const statedMaxSchema = z.object({
  /** The one-rep max the coach works from (the stated one, or estimated from weight × reps). */
  oneRepMax: weightSchema,
  /** What was said: the weight and the reps it was lifted for (1 for a stated max). */
  weight: weightSchema,
  reps: repsSchema.min(1),
  statedAt: isoTimeSchema,
});
export type StatedMax = z.infer<typeof statedMaxSchema>;

/**
 * `USER#<id>` / `PROFILE`. Onboarding fills it one answer at a time, so goal, level and unit may
 * still be null. `version` is the one the item was read at (0: not stored yet); the store writes
 * `version + 1` on condition that the stored version is still `version`.
 */
export const profileSchema = z.object({
  goal: goalSchema.nullable(),
  level: levelSchema.nullable(),
  unit: unitSchema.nullable(),
  equipment: z.array(equipmentAccessSchema),
  statedMaxes: z.record(exerciseIdSchema, statedMaxSchema),
  /** Whether the lifter let the skill set rest timers (Alexa Timers API); 'unknown' until asked. */
  timerConsent: z.enum(['unknown', 'granted', 'denied']),
  locale: z.string().nullable(),
  version: versionSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Profile = z.infer<typeof profileSchema>;

/** A profile before its first save. */
export function emptyProfile(now: Date, locale: string | null = null): Profile {
  const at = now.toISOString();
  return {
    goal: null,
    level: null,
    unit: null,
    equipment: [],
    statedMaxes: {},
    timerConsent: 'unknown',
    locale,
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}
