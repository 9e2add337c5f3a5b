import * as z from 'zod/mini';
import { setIdentity } from '../set-identity';
import { decodeStoredLiftStats } from '../stats-codec';
import { decodeStoredLiftChart, decodeStoredWorkoutSummary } from '../summary-codec';
import {
  effortSchema,
  exerciseIdSchema,
  focusSchema,
  goalSchema,
  isoDateSchema,
  isoTimeSchema,
  levelSchema,
  preprocess,
  repsSchema,
  unitSchema,
  versionSchema,
  weightSchema,
} from './common';
import { lazySchema } from './lazy-schema';
import { progressionStateSchema } from './plan';
import { setKindSchema } from './workout';

/** See `setIdentity`. */
const setIdSchema = lazySchema(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{12}$/)));

/** Items stored before set identities were hashed carry the full key; they read as the new shape. */
function withSetIdentity(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || 'id' in input || !('setKey' in input)) return input;
  const { setKey, ...rest } = input as { setKey: unknown };
  return typeof setKey === 'string' ? { ...rest, id: setIdentity(setKey) } : input;
}

function withAppliedIdentities(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || 'applied' in input || !('appliedSetKeys' in input)) {
    return input;
  }
  const { appliedSetKeys, ...rest } = input as { appliedSetKeys: unknown };
  return Array.isArray(appliedSetKeys)
    ? { ...rest, applied: appliedSetKeys.map((key) => (typeof key === 'string' ? setIdentity(key) : key)) }
    : input;
}

/**
 * `USER#<id>` / `LOG#<loggedAt>#<requestId>` (SET#… in tables not yet migrated): one set as the lifter reported it. Immutable; put only
 * if absent. It carries what the progress Lambda needs (workout, focus, the set's target) because
 * the stream hands over this item alone.
 */
export const loggedSetSchema = lazySchema(() =>
  z.object({
    requestId: z.string().check(z.minLength(1)),
    exerciseId: exerciseIdSchema,
    kind: setKindSchema,
    reps: repsSchema,
    /** Null: bodyweight without added load. */
    load: z.nullable(weightSchema),
    failed: z.boolean(),
    effort: z.nullable(effortSchema),
    /** What the set was meant to be; null for a set logged outside a planned workout. */
    target: z.nullable(z.object({ reps: repsSchema, load: z.nullable(weightSchema) })),
    workoutId: z.string().check(z.minLength(1)),
    workoutStartedAt: isoTimeSchema,
    focus: focusSchema,
    /** The lifter's goal, level and unit when the set was logged (null before onboarding finished):
     *  progression is computed against what the lifter trained for, and a replay computes the same. */
    goal: z.nullable(goalSchema),
    level: z.nullable(levelSchema),
    unit: z.nullable(unitSchema),
    exerciseIndex: z.int().check(z.nonnegative()),
    setIndex: z.int().check(z.nonnegative()),
    /** True when this set finished the workout (the same write moved the cursor to `done`). */
    closesWorkout: z.boolean(),
    loggedAt: isoTimeSchema,
  }),
);
export type LoggedSet = z.infer<typeof loggedSetSchema>;

/** A working set as the stats remember it: what `rules.progress` and the session's estimate read. */
export const setRecordSchema = lazySchema(() =>
  preprocess(
    withSetIdentity,
    z.object({
      id: setIdSchema,
      kind: setKindSchema,
      reps: repsSchema,
      load: z.nullable(weightSchema),
      failed: z.boolean(),
      /** What the lifter said about the set; older records have none. */
      effort: z._default(z.nullable(effortSchema), null),
      target: z.nullable(z.object({ reps: repsSchema, load: z.nullable(weightSchema) })),
      at: isoTimeSchema,
    }),
  ),
);
export type SetRecord = z.infer<typeof setRecordSchema>;

/**
 * The set with the highest estimated max ever, by set identity. Items stored before carry the set's
 * key and workout id; they read as this shape.
 */
export const bestSetSchema = lazySchema(() =>
  preprocess(
    withSetIdentity,
    z.object({
      id: setIdSchema,
      reps: repsSchema,
      load: weightSchema,
      oneRepMax: weightSchema,
      at: isoTimeSchema,
    }),
  ),
);
export type BestSet = z.infer<typeof bestSetSchema>;

/**
 * A bodyweight lift's best working set: the most added load, then the most reps. A bodyweight lift
 * has no one-rep max (added load is the belt's plate, not the lift), so this is its record.
 */
export const bodyweightBestSchema = lazySchema(() =>
  z.object({
    id: setIdSchema,
    reps: repsSchema,
    /** Load added to the body (a belt or a vest), none for the body alone. */
    load: z.nullable(weightSchema),
    at: isoTimeSchema,
  }),
);
export type BodyweightBest = z.infer<typeof bodyweightBestSchema>;

/** How many sessions the stats remember for the chart: about a month of training, a bounded item. */
export const recentSessionsKept = 12;

const recentSessionSchema = lazySchema(() =>
  z.object({
    /** When the session started (one entry per session). */
    at: isoTimeSchema,
    max: z.nullable(weightSchema),
    top: z.nullable(weightSchema),
  }),
);
export type RecentSession = z.infer<typeof recentSessionSchema>;

/** The working sets of a lift's session and the targets it was trained against. */
export const liftSessionWorkSchema = lazySchema(() =>
  z.object({
    /** The targets this session was trained against (the progression before it). */
    base: z.nullable(progressionStateSchema),
    sets: z.array(setRecordSchema),
    /** The estimated max when the session began: what a high-rep set's proof may raise by 5% at most,
     *  however many sets it has. Sessions stored before it have none (the current max stands in). */
    openingMax: z.optional(z.nullable(weightSchema)),
  }),
);
export type LiftSessionWork = z.infer<typeof liftSessionWorkSchema>;

/** What a lift's state and its stored snapshot share: all but the latest session (built with them). */
const liftFields = () => ({
  exerciseId: exerciseIdSchema,
  /** The best trustworthy estimate (≤ 10 reps) of the latest session that had one. */
  estimatedOneRepMax: z.nullable(weightSchema),
  bestSet: z.nullable(bestSetSchema),
  /** A bodyweight lift's record in reps (items stored before have none). */
  bestBodyweightSet: z.optional(z.nullable(bodyweightBestSchema)),
  /** When the personal record was last raised. */
  personalRecordAt: z.nullable(isoTimeSchema),
  progression: z.nullable(progressionStateSchema),
  /** Each focus's own next targets, so the goal `both` progresses size and strength alike. Items
   *  stored before it have only `progression`, which still reads for its own focus. */
  progressionByFocus: z.optional(
    z.object({
      hypertrophy: z.optional(progressionStateSchema),
      strength: z.optional(progressionStateSchema),
    }),
  ),
  /** The lift's latest sessions, oldest first and at most `recentSessionsKept`, for the chart (in a
   *  stored snapshot only on items written before the chart moved to PLOT#). */
  recent: z.optional(z.array(recentSessionSchema).check(z.maxLength(recentSessionsKept))),
  version: versionSchema,
  updatedAt: isoTimeSchema,
});

/**
 * A lift's progress as the progress Lambda folds it: `session` holds the working sets of the lift's
 * latest session (warm-ups change no estimate or target), by set identity, so a replayed stream record
 * is recognised and changes nothing; `progression` is the next session's targets, recomputed from
 * `session.base` after every working set, so a workout that ends early still leaves the right targets.
 * It is stored in three items (lift-progress-items.ts): the turn's snapshot in STATS#, the session's
 * sets in its workout's DONE# summary, and the chart's earlier sessions in PLOT#.
 */
export const liftStatsSchema = lazySchema(() =>
  z.object({
    ...liftFields(),
    session: z.nullable(
      z.object({
        workoutId: z.string().check(z.minLength(1)),
        startedAt: isoTimeSchema,
        focus: focusSchema,
        ...liftSessionWorkSchema.shape,
        /** Whether a set of this session raised the personal record. */
        newRecord: z.boolean(),
      }),
    ),
  }),
);
export type LiftStats = z.infer<typeof liftStatsSchema>;

/** Items stored before the session's sets moved to the summary: their count, read from the sets. */
function withSessionCounts(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || 'workingSets' in input || !('sets' in input))
    return input;
  const { sets } = input as { sets: unknown };
  if (!Array.isArray(sets)) return input;
  const working = sets.filter((set) => (set as { kind?: unknown } | null)?.kind === 'working');
  return { ...input, workingSets: working.length };
}

/**
 * `USER#<id>` / `STATS#<exercise>`, written by the progress Lambda only, read by every turn: what a
 * turn needs of a lift and nothing more, so a lifter with every lift of the catalogue still reads a
 * few KB (stats-codec.ts stores it compact). `recent` is only on items stored before the chart moved
 * to PLOT#.
 */
const liftSnapshotFieldsSchema = lazySchema(() =>
  z.object({
    ...liftFields(),
    session: z.nullable(
      preprocess(
        withSessionCounts,
        z.object({
          workoutId: z.string().check(z.minLength(1)),
          startedAt: isoTimeSchema,
          focus: focusSchema,
          newRecord: z.boolean(),
          workingSets: z.int().check(z.nonnegative()),
          /** The session's estimated max and heaviest working set: its point on the chart. */
          max: z._default(z.nullable(weightSchema), null),
          top: z._default(z.nullable(weightSchema), null),
        }),
      ),
    ),
  }),
);
/** Reads the compact STATS item (stats-codec.ts) and items of earlier shapes alike. */
export const liftSnapshotSchema = lazySchema(() =>
  preprocess(decodeStoredLiftStats, liftSnapshotFieldsSchema),
);
export type LiftSnapshot = z.infer<typeof liftSnapshotSchema>;

/**
 * `USER#<id>` / `PLOT#<exercise>`, written by the progress Lambda when a lift's new session begins:
 * the chart's earlier sessions (the latest one is in the STATS snapshot). Outside the turn's usual
 * read; a turn that draws the chart reads from it (loadUser's `charts`).
 */
export const liftChartSchema = lazySchema(() =>
  preprocess(
    decodeStoredLiftChart,
    z.object({
      exerciseId: exerciseIdSchema,
      chart: z.array(recentSessionSchema).check(z.maxLength(recentSessionsKept)),
      version: versionSchema,
      updatedAt: isoTimeSchema,
    }),
  ),
);
export type LiftChart = z.infer<typeof liftChartSchema>;

const exerciseSummarySchema = lazySchema(() =>
  z.object({
    exerciseId: exerciseIdSchema,
    workingSets: z.int().check(z.nonnegative()),
    reps: z.int().check(z.nonnegative()),
    /** Sum of reps × load of working sets, in the unit of the lift's first loaded set. */
    volume: z.nullable(weightSchema),
    failedSets: z.int().check(z.nonnegative()),
  }),
);
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>;

/**
 * `USER#<id>` / `DONE#<date>#<workoutId>`, written by the progress Lambda. Built up set by set so it is
 * right even for a workout that ends early; `status` turns `finished` when the closing set arrives.
 */
export const workoutSummarySchema = lazySchema(() =>
  preprocess(
    (input: unknown) => withAppliedIdentities(decodeStoredWorkoutSummary(input)),
    z.object({
      workoutId: z.string().check(z.minLength(1)),
      date: isoDateSchema,
      startedAt: isoTimeSchema,
      focus: focusSchema,
      status: z.enum(['in-progress', 'finished']),
      finishedAt: z.nullable(isoTimeSchema),
      workingSets: z.int().check(z.nonnegative()),
      warmupSets: z.int().check(z.nonnegative()),
      totalReps: z.int().check(z.nonnegative()),
      exercises: z.array(exerciseSummarySchema),
      newRecords: z.array(
        preprocess(
          withSetIdentity,
          z.object({
            exerciseId: exerciseIdSchema,
            oneRepMax: weightSchema,
            id: setIdSchema,
            at: isoTimeSchema,
          }),
        ),
      ),
      /** The best sets of bodyweight lifts this workout raised (their record is in reps: no max to
       *  list with the others). Summaries stored before have none; one without any keeps none. */
      bodyweightRecords: z.optional(
        z.array(
          z.object({
            exerciseId: exerciseIdSchema,
            reps: repsSchema,
            load: z.nullable(weightSchema),
            id: setIdSchema,
            at: isoTimeSchema,
          }),
        ),
      ),
      /** Next session's targets per lift as this workout left them (the same as in the STATS items). */
      nextTargets: z.record(exerciseIdSchema, progressionStateSchema),
      /** Each lift's session of this workout: its working sets and the targets it began from. Summaries
       *  stored before have none (their sets are in the STATS item, or rebuilt from the history). */
      lifts: z._default(z.record(exerciseIdSchema, liftSessionWorkSchema), {}),
      /** Identities (`setIdentity`) of the sets folded in: a replayed stream record is recognised here. */
      applied: z.array(setIdSchema),
      lastSetAt: isoTimeSchema,
      version: versionSchema,
      updatedAt: isoTimeSchema,
    }),
  ),
);
export type WorkoutSummary = z.infer<typeof workoutSummarySchema>;
