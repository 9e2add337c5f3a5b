import { setKeyFromParts, setKeyParts } from './keys';

// Between the progress items as the code sees them and the compact items stored: the lift's
// snapshot (STATS#, `liftSnapshotSchema`), the workout summary (DONE#) and the chart (PLOT#).
// Every turn reads all of a lifter's STATS items and the progress Lambda rewrites a STATS and a
// DONE item with every set, so their size is the turn's read cost and most of a set's write. The codec
// only renames and re-spells: attribute names are shortened by one map, weights become "75kg",
// times epoch milliseconds, set keys lose their constant parts. A field it does not know is stored
// under its own name and read back as it is, so a field added to the schema needs nothing here
// (one more short name when it should be small too). Items without `f` are the original shape.

/** The stored item's format: present only on compact items. */
const chartAttribute = 'c';
export const statsFormat = 1;
const formatAttribute = 'f';

/** Long name → short name, for every level of the item. Short names must stay unique. */
const shortNames: Readonly<Record<string, string>> = {
  exerciseId: 'e',
  estimatedOneRepMax: 'm',
  bestSet: 'b',
  personalRecordAt: 'pa',
  progression: 'p',
  session: 's',
  workoutId: 'w',
  startedAt: 'sa',
  focus: 'fo',
  base: 'ba',
  sets: 'ss',
  newRecord: 'nr',
  setKey: 'k',
  id: 'i',
  kind: 'kd',
  reps: 'r',
  load: 'l',
  failed: 'x',
  effort: 'ef',
  target: 't',
  oneRepMax: 'o',
  at: 'a',
  targetReps: 'tr',
  failedSessions: 'fs',
  beatTargetSessions: 'bt',
  updatedAt: 'u',
  progressionByFocus: 'pf',
  strength: 'S',
  hypertrophy: 'H',
  deload: 'dl',
  madeSessions: 'ms',
  nextStepTooHeavy: 'nh',
  recent: 'rc',
  max: 'mx',
  top: 'tp',
  workingSets: 'ws',
  // The workout summary (DONE#) and the chart (PLOT#).
  date: 'd',
  status: 'st',
  finishedAt: 'fa',
  warmupSets: 'wu',
  totalReps: 'tt',
  exercises: 'ex',
  volume: 'v',
  failedSets: 'fx',
  newRecords: 'nw',
  nextTargets: 'nt',
  applied: 'ap',
  lastSetAt: 'ls',
  lifts: 'lf',
  chart: chartAttribute,
};
const longNames: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(shortNames).map(([long, short]) => [short, long]),
);

/** Enum values spelled with one letter, by field (a value not listed is stored as it is). */
const valueCodes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: { working: 'W', warmup: 'U' },
  focus: { strength: 'S', hypertrophy: 'H' },
  // A progression stored as the name of its focus (see withoutRepeatedProgression).
  progression: { strength: 'S', hypertrophy: 'H' },
  effort: { easy: 'E', hard: 'D', failure: 'F' },
  status: { 'in-progress': 'P', finished: 'F' },
};
const valueNames: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries(valueCodes).map(([field, codes]) => [
    field,
    Object.fromEntries(Object.entries(codes).map(([value, code]) => [code, value])),
  ]),
);

const weightFields = new Set(['estimatedOneRepMax', 'load', 'oneRepMax', 'max', 'top', 'volume']);
const timeFields = new Set(['personalRecordAt', 'startedAt', 'at', 'updatedAt', 'finishedAt', 'lastSetAt']);

export function encodeLiftStats(stats: object): Record<string, unknown> {
  return {
    [formatAttribute]: statsFormat,
    ...(encodeObject(withoutRepeatedProgression(withoutRepeatedLift(stats))) as Record<string, unknown>),
  };
}

type ProgressionShape = { progression?: unknown; progressionByFocus?: unknown };

/**
 * The latest progression is always one focus's own state (the fold writes both together): stored
 * as that focus's name, it is not stored twice. A progression that differs is stored in full.
 */
function withoutRepeatedProgression(stats: object): object {
  const { progression, progressionByFocus } = stats as ProgressionShape;
  if (!isRecord(progression) || !isRecord(progressionByFocus) || typeof progression.focus !== 'string') {
    return stats;
  }
  const own = progressionByFocus[progression.focus];
  return sameValue(own, progression) ? { ...stats, progression: progression.focus } : stats;
}

function withRepeatedProgression(stats: unknown): unknown {
  if (!isRecord(stats)) return stats;
  const { progression, progressionByFocus } = stats as ProgressionShape;
  if (typeof progression !== 'string' || !isRecord(progressionByFocus)) return stats;
  return { ...stats, progression: progressionByFocus[progression] ?? progression };
}

/** Deep equality of stored values (plain objects, arrays, scalars), key order aside. */
function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => sameValue(item, right[index]))
    );
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => key in right && sameValue(left[key], right[key]))
    );
  }
  return Object.is(left, right);
}

type StatsShape = { exerciseId?: unknown; progression?: unknown; progressionByFocus?: unknown };

/** Each progression state names its lift, which is the item's own: stored once, at the top. */
function withoutRepeatedLift(stats: object): object {
  const { exerciseId, progression, progressionByFocus } = stats as StatsShape;
  const drop = (state: unknown): unknown =>
    isRecord(state) && state.exerciseId === exerciseId ? omitKey(state, 'exerciseId') : state;
  return {
    ...stats,
    ...(progression !== undefined && { progression: drop(progression) }),
    ...(isRecord(progressionByFocus) && { progressionByFocus: mapValues(progressionByFocus, drop) }),
  };
}

function withRepeatedLift(stats: unknown): unknown {
  if (!isRecord(stats)) return stats;
  const { exerciseId, progression, progressionByFocus } = stats as StatsShape;
  const restore = (state: unknown): unknown =>
    isRecord(state) && !('exerciseId' in state) ? { exerciseId, ...state } : state;
  return {
    ...stats,
    ...(progression !== undefined && { progression: restore(progression) }),
    ...(isRecord(progressionByFocus) && { progressionByFocus: mapValues(progressionByFocus, restore) }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function omitKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _omitted, ...rest } = record;
  return rest;
}

function mapValues(
  record: Record<string, unknown>,
  map: (value: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** A stored STATS item (keys removed) as the schema reads it; anything not compact is returned as it is. */
export function decodeStoredLiftStats(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const { [formatAttribute]: format, ...rest } = item as Record<string, unknown>;
  if (format !== statsFormat) return item;
  return withRepeatedLift(withRepeatedProgression(decodeObject(rest)));
}

/**
 * The workout summary (DONE#), rewritten with every set of its workout: compact like the stats, and
 * each lift's targets and session name their lift once, as the key they are stored under.
 */
export function encodeWorkoutSummary(summary: object): Record<string, unknown> {
  const { nextTargets, lifts } = summary as { nextTargets?: unknown; lifts?: unknown };
  const withoutLift = (record: unknown) =>
    isRecord(record)
      ? Object.fromEntries(
          Object.entries(record).map(([exerciseId, state]) => [exerciseId, dropLift(state, exerciseId)]),
        )
      : record;
  const lean = {
    ...summary,
    ...(nextTargets !== undefined && { nextTargets: withoutLift(nextTargets) }),
    ...(isRecord(lifts) && {
      lifts: Object.fromEntries(
        Object.entries(lifts).map(([exerciseId, work]) => [
          exerciseId,
          isRecord(work) ? { ...work, base: dropLift(work.base, exerciseId) } : work,
        ]),
      ),
    }),
  };
  const encoded = encodeObject(lean) as Record<string, unknown>;
  // Each session's sets packed one string a set (after the generic pass, which leaves strings alone).
  const storedLifts = encoded[shortNames.lifts as string];
  if (isRecord(storedLifts) && isRecord(lifts)) {
    encoded[shortNames.lifts as string] = Object.fromEntries(
      Object.entries(storedLifts).map(([exerciseId, work]) => {
        const sets = (lifts[exerciseId] as { sets?: unknown } | undefined)?.sets;
        return [
          exerciseId,
          isRecord(work) && Array.isArray(sets) ? { ...work, [setsName]: sets.map(packSetRecord) } : work,
        ];
      }),
    );
  }
  return { [formatAttribute]: statsFormat, ...encoded };
}

export function decodeStoredWorkoutSummary(item: unknown): unknown {
  if (!isRecord(item) || item[formatAttribute] !== statsFormat) return item;
  const { [formatAttribute]: _format, ...rest } = item;
  const summary = decodeObject(rest);
  if (!isRecord(summary)) return summary;
  if (isRecord(summary.lifts)) {
    summary.lifts = mapValues(summary.lifts, (work) =>
      isRecord(work) && Array.isArray(work.sets) ? { ...work, sets: work.sets.map(unpackSetRecord) } : work,
    );
  }
  const withLift = (record: unknown) =>
    isRecord(record)
      ? Object.fromEntries(
          Object.entries(record).map(([exerciseId, state]) => [exerciseId, restoreLift(state, exerciseId)]),
        )
      : record;
  return {
    ...summary,
    ...(summary.nextTargets !== undefined && { nextTargets: withLift(summary.nextTargets) }),
    ...(isRecord(summary.lifts) && {
      lifts: Object.fromEntries(
        Object.entries(summary.lifts).map(([exerciseId, work]) => [
          exerciseId,
          isRecord(work) ? { ...work, base: restoreLift(work.base, exerciseId) } : work,
        ]),
      ),
    }),
  };
}

/** A progression state without its lift when that is the lift it is stored under. */
function dropLift(state: unknown, exerciseId: string): unknown {
  return isRecord(state) && state.exerciseId === exerciseId ? omitKey(state, 'exerciseId') : state;
}

function restoreLift(state: unknown, exerciseId: string): unknown {
  return isRecord(state) && !('exerciseId' in state) ? { exerciseId, ...state } : state;
}

const setsName = 'ss';
const kindCodes: Readonly<Record<string, string>> = { working: 'W', warmup: 'U' };

/**
 * A session's set as `<id> <epoch ms base 36> <kind> <reps> <load> <failed> <effort> <target reps>
 * <target load>` ("-" for none): a third of its bytes as a map. A set that does not fit the pattern
 * (a field added later, a time that does not read back the same) is stored as a map.
 */
function packSetRecord(set: unknown): unknown {
  if (!isRecord(set)) return set;
  const { id, at, kind, reps, load, failed, effort, target, ...others } = set;
  const epochMs = typeof at === 'string' ? encodeTime(at) : at;
  const weight = (value: unknown) =>
    value === null ? '-' : isWeight(value) ? `${value.value}${value.unit}` : null;
  const targetShape =
    target === null || (isRecord(target) && Object.keys(target).sort().join() === 'load,reps');
  const parts = [
    typeof id === 'string' && /^[A-Za-z0-9_-]+$/.test(id) ? id : null,
    typeof epochMs === 'number' ? epochMs.toString(36) : null,
    typeof kind === 'string' ? (kindCodes[kind] ?? null) : null,
    Number.isInteger(reps) ? String(reps) : null,
    weight(load),
    typeof failed === 'boolean' ? (failed ? '1' : '0') : null,
    effort === null ? '-' : typeof effort === 'string' ? (valueCodes.effort?.[effort] ?? null) : null,
    target === null ? '-' : isRecord(target) && Number.isInteger(target.reps) ? String(target.reps) : null,
    target === null ? '-' : isRecord(target) ? weight(target.load) : null,
  ];
  if (Object.keys(others).length > 0 || !targetShape || parts.some((part) => part === null)) {
    return encodeObject(set);
  }
  return parts.join(' ');
}

function unpackSetRecord(packed: unknown): unknown {
  if (typeof packed !== 'string') return packed;
  const [id, at, kind, reps, load, failed, effort, targetReps, targetLoad] = packed.split(' ');
  const weight = (text: string | undefined) => (text === '-' ? null : decodeWeight(text ?? ''));
  const kinds = Object.fromEntries(Object.entries(kindCodes).map(([name, code]) => [code, name]));
  return {
    id,
    kind: kinds[kind ?? ''] ?? kind,
    reps: Number(reps),
    load: weight(load),
    failed: failed === '1',
    effort: effort === '-' ? null : (valueNames.effort?.[effort ?? ''] ?? effort),
    target: targetReps === '-' ? null : { reps: Number(targetReps), load: weight(targetLoad) },
    at: new Date(Number.parseInt(at ?? '', 36)).toISOString(),
  };
}

/** The chart (PLOT#): each session one string, `<epoch ms base 36> <max> <top>` ("-" for none). */
export function encodeLiftChart(chart: object): Record<string, unknown> {
  const { chart: sessions, ...rest } = chart as { chart?: unknown };
  return {
    [formatAttribute]: statsFormat,
    ...(encodeObject(rest) as Record<string, unknown>),
    [chartAttribute]: Array.isArray(sessions) ? sessions.map(packChartSession) : sessions,
  };
}

export function decodeStoredLiftChart(item: unknown): unknown {
  if (!isRecord(item) || item[formatAttribute] !== statsFormat) return item;
  const { [formatAttribute]: _format, [chartAttribute]: sessions, ...rest } = item;
  return {
    ...(decodeObject(rest) as Record<string, unknown>),
    chart: Array.isArray(sessions) ? sessions.map(unpackChartSession) : sessions,
  };
}

function packChartSession(session: unknown): unknown {
  if (!isRecord(session)) return session;
  const at = typeof session.at === 'string' ? encodeTime(session.at) : session.at;
  const weight = (value: unknown) =>
    value === null ? '-' : isWeight(value) ? `${value.value}${value.unit}` : null;
  const max = weight(session.max);
  const top = weight(session.top);
  if (typeof at !== 'number' || max === null || top === null) return encodeObject(session);
  return `${at.toString(36)} ${max} ${top}`;
}

function unpackChartSession(packed: unknown): unknown {
  if (typeof packed !== 'string') return decodeObject(packed);
  const [at, max, top] = packed.split(' ');
  const weight = (text: string | undefined) => (text === '-' ? null : decodeWeight(text ?? ''));
  const epochMs = Number.parseInt(at ?? '', 36);
  return {
    at: Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : at,
    max: weight(max),
    top: weight(top),
  };
}

function encodeObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(encodeObject);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [shortNames[name] ?? name, encodeField(name, field)]),
  );
}

function encodeField(name: string, value: unknown): unknown {
  if (weightFields.has(name) && isWeight(value)) return `${value.value}${value.unit}`;
  if (timeFields.has(name) && typeof value === 'string') return encodeTime(value);
  if (name === 'setKey' && typeof value === 'string') return encodeSetKey(value);
  if (typeof value === 'string' && valueCodes[name]?.[value]) return valueCodes[name][value];
  return encodeObject(value);
}

function decodeObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeObject);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => {
      const long = longNames[name] ?? name;
      return [long, decodeField(long, field)];
    }),
  );
}

function decodeField(name: string, value: unknown): unknown {
  if (weightFields.has(name) && typeof value === 'string') return decodeWeight(value);
  if (timeFields.has(name) && typeof value === 'number') return new Date(value).toISOString();
  if (name === 'setKey' && typeof value === 'string') return decodeSetKey(value);
  if (typeof value === 'string' && valueNames[name]?.[value]) return valueNames[name][value];
  return decodeObject(value);
}

function isWeight(value: unknown): value is { value: number; unit: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort().join();
  const weight = value as { value: unknown; unit: unknown };
  return keys === 'unit,value' && typeof weight.value === 'number' && typeof weight.unit === 'string';
}

/** "75kg" → { value: 75, unit: 'kg' }; anything else is left for the schema to reject. */
function decodeWeight(text: string): unknown {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)([a-z]+)$/.exec(text);
  return match ? { value: Number(match[1]), unit: match[2] } : text;
}

/** Epoch ms when that reads back as the same ISO time, else the time as it is. */
function encodeTime(iso: string): number | string {
  const epochMs = Date.parse(iso);
  return Number.isFinite(epochMs) && epochMs >= 0 && new Date(epochMs).toISOString() === iso ? epochMs : iso;
}

/**
 * `LOG#<iso>#amzn1.echo-api.request.<id>` as `L<epoch ms, base 36>#<id>` (S for SET#), about half
 * the bytes; any other key as `=` and the key.
 */
function encodeSetKey(setKey: string): string {
  const parts = setKeyParts(setKey);
  if (!parts) return `=${setKey}`;
  return `${parts.legacy ? 'S' : 'L'}${parts.epochMs.toString(36)}#${parts.requestTail}`;
}

function decodeSetKey(stored: string): string {
  if (stored.startsWith('=')) return stored.slice(1);
  const legacy = stored.startsWith('S');
  const split = stored.indexOf('#');
  if (!(legacy || stored.startsWith('L')) || split < 2) return stored;
  const epochMs = Number.parseInt(stored.slice(1, split), 36);
  if (!Number.isFinite(epochMs)) return stored;
  return setKeyFromParts({ legacy, epochMs, requestTail: stored.slice(split + 1) });
}
