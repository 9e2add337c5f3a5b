import {
  decodeObject,
  decodeWeight,
  encodeObject,
  encodeTime,
  formatAttribute,
  isRecord,
  isWeight,
  mapValues,
  omitKey,
  shortNames,
  statsFormat,
  valueCodes,
  valueNames,
} from './compact-names';

// The workout summary (DONE#) and a lift's chart (PLOT#) stored compact (compact-names.ts), a
// session's sets and a chart's sessions one short string each.

/** The chart's sessions, packed (the short name of `chart`). */
const chartAttribute = shortNames.chart ?? 'c';

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
