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
export const statsFormat = 1;
export const formatAttribute = 'f';

/** Long name → short name, for every level of the item. Short names must stay unique. */
export const shortNames: Readonly<Record<string, string>> = {
  exerciseId: 'e',
  estimatedOneRepMax: 'm',
  bestSet: 'b',
  bestBodyweightSet: 'bw',
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
  openingMax: 'om',
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
  bodyweightRecords: 'nb',
  nextTargets: 'nt',
  applied: 'ap',
  lastSetAt: 'ls',
  lifts: 'lf',
  chart: 'c',
};
const longNames: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(shortNames).map(([long, short]) => [short, long]),
);

/** Enum values spelled with one letter, by field (a value not listed is stored as it is). */
export const valueCodes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: { working: 'W', warmup: 'U' },
  focus: { strength: 'S', hypertrophy: 'H' },
  // A progression stored as the name of its focus (see withoutRepeatedProgression).
  progression: { strength: 'S', hypertrophy: 'H' },
  effort: { easy: 'E', hard: 'D', failure: 'F' },
  status: { 'in-progress': 'P', finished: 'F' },
};
export const valueNames: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries(valueCodes).map(([field, codes]) => [
    field,
    Object.fromEntries(Object.entries(codes).map(([value, code]) => [code, value])),
  ]),
);

const weightFields = new Set(['estimatedOneRepMax', 'load', 'oneRepMax', 'max', 'top', 'volume']);
const timeFields = new Set(['personalRecordAt', 'startedAt', 'at', 'updatedAt', 'finishedAt', 'lastSetAt']);

export function encodeObject(value: unknown): unknown {
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

export function decodeObject(value: unknown): unknown {
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

export function isWeight(value: unknown): value is { value: number; unit: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort().join();
  const weight = value as { value: unknown; unit: unknown };
  return keys === 'unit,value' && typeof weight.value === 'number' && typeof weight.unit === 'string';
}

/** "75kg" → { value: 75, unit: 'kg' }; anything else is left for the schema to reject. */
export function decodeWeight(text: string): unknown {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)([a-z]+)$/.exec(text);
  return match ? { value: Number(match[1]), unit: match[2] } : text;
}

/** Epoch ms when that reads back as the same ISO time, else the time as it is. */
export function encodeTime(iso: string): number | string {
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function omitKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _omitted, ...rest } = record;
  return rest;
}

export function mapValues(
  record: Record<string, unknown>,
  map: (value: unknown) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
