import { emptyProfile, type Profile, profileSchema, statedMaxSchema } from './schemas/profile';

/**
 * Rebuilds a profile from an item that failed validation, field by field: what still validates is
 * kept (a broken stated max costs only that max), the rest starts empty as in a new profile.
 */
export function repairProfile(raw: Record<string, unknown>, version: number, now: Date): Profile {
  const fallback = emptyProfile(now);
  const shape = profileSchema.shape;
  const pick = <K extends keyof Profile>(field: K): Profile[K] => {
    const parsed = shape[field].safeParse(raw[field]);
    return parsed.success ? (parsed.data as Profile[K]) : fallback[field];
  };
  return {
    goal: pick('goal'),
    level: pick('level'),
    unit: pick('unit'),
    equipment: pick('equipment'),
    statedMaxes: repairStatedMaxes(raw.statedMaxes),
    timerConsent: pick('timerConsent'),
    locale: pick('locale'),
    ...optionalFields(pick),
    version,
    createdAt: pick('createdAt'),
    updatedAt: pick('updatedAt'),
  };
}

/** Fields added later stay absent when missing or broken, as on profiles saved before them. */
function optionalFields(
  pick: <K extends keyof Profile>(field: K) => Profile[K],
): Pick<Profile, 'trainingDays' | 'skippedDates' | 'timeZone' | 'reminder'> {
  const fields = {
    trainingDays: pick('trainingDays'),
    skippedDates: pick('skippedDates'),
    timeZone: pick('timeZone'),
    reminder: pick('reminder'),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function repairStatedMaxes(raw: unknown): Profile['statedMaxes'] {
  if (typeof raw !== 'object' || raw === null) return {};
  const kept: Profile['statedMaxes'] = {};
  for (const [exerciseId, value] of Object.entries(raw)) {
    const parsed = statedMaxSchema.safeParse(value);
    if (parsed.success && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(exerciseId)) kept[exerciseId] = parsed.data;
  }
  return kept;
}
