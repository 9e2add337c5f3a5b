import * as z from 'zod/mini';
import { type Weekday, weekdays } from '../../rules/training-days';
import {
  equipmentAccessSchema,
  exerciseIdSchema,
  goalSchema,
  isoDateSchema,
  isoTimeSchema,
  levelSchema,
  repsSchema,
  unitSchema,
  versionSchema,
  weightSchema,
} from './common';
import { lazySchema } from './lazy-schema';

/** A max the lifter stated ("my bench max is a hundred kilos", "I can squat 225 for 5"). */
export const statedMaxSchema = lazySchema(() =>
  z.object({
    /** The one-rep max the coach works from (the stated one, or estimated from weight × reps). */
    oneRepMax: weightSchema,
    /** What was said: the weight and the reps it was lifted for (1 for a stated max). */
    weight: weightSchema,
    reps: repsSchema.check(z.gte(1)),
    statedAt: isoTimeSchema,
  }),
);
export type StatedMax = z.infer<typeof statedMaxSchema>;

/**
 * The lifter's recurring workout reminder on the Alexa Reminders API: its alert token (to update or
 * delete it, never to create a second one) and when it rings, local time in `timeZone`.
 */
export const workoutReminderSchema = lazySchema(() =>
  z.object({
    alertToken: z.string().check(z.minLength(1), z.maxLength(512)),
    time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  }),
);
export type WorkoutReminder = z.infer<typeof workoutReminderSchema>;

const weekdaySchema = lazySchema(() => z.enum(weekdays)) satisfies z.ZodMiniType<Weekday>;

/**
 * `USER#<id>` / `PROFILE`. Onboarding fills it one answer at a time, so goal, level and unit may
 * still be null. `version` is the one the item was read at (0: not stored yet); the store writes
 * `version + 1` on condition that the stored version is still `version`.
 */
export const profileSchema = lazySchema(() =>
  z.object({
    goal: z.nullable(goalSchema),
    level: z.nullable(levelSchema),
    unit: z.nullable(unitSchema),
    equipment: z.array(equipmentAccessSchema),
    statedMaxes: z.record(exerciseIdSchema, statedMaxSchema),
    /** Whether the lifter let the skill set rest timers (Alexa Timers API); 'unknown' until asked. */
    timerConsent: z.enum(['unknown', 'granted', 'denied']),
    locale: z.nullable(z.string()),
    // Training days and reminders: absent on profiles saved before they existed.
    /** The weekdays the lifter trains on, in week order; absent or empty: planned by recovery alone. */
    trainingDays: z.optional(z.array(weekdaySchema).check(z.maxLength(7))),
    /** Planned days called off ("I can't train tomorrow"), as local ISO dates. */
    skippedDates: z.optional(z.array(isoDateSchema).check(z.maxLength(31))),
    /** The device's time zone when the days or the reminder were last set (reads "today" locally). */
    timeZone: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    reminder: z.optional(z.nullable(workoutReminderSchema)),
    version: versionSchema,
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
  }),
);
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
