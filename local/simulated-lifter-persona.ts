import type { Unit } from '../lambda/rules';

/**
 * Who a simulated lifter is: goal, level, units, what they have, whether they know their maxes.
 * Drawn from a seeded generator so a run with the same seed says the same things.
 */

export type LifterGoal = 'hypertrophy' | 'strength' | 'both';
export type LifterLevel = 'beginner' | 'intermediate' | 'advanced';
export type LifterEquipment = 'full-gym' | 'barbell' | 'dumbbells' | 'machines' | 'bodyweight';

export interface LifterPersona {
  goal: LifterGoal;
  level: LifterLevel;
  unit: Unit;
  equipment: LifterEquipment;
  /** Maxes the lifter states during onboarding; lifts without one get a calibration set. */
  statedMaxes: { exerciseId: string; weight: number; reps?: number }[];
  locale: string;
}

/** A small deterministic generator (xorshift32): same seed, same lifter, same conversation. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

export function pick<T>(random: () => number, choices: readonly T[]): T {
  const choice = choices[Math.floor(random() * choices.length)];
  if (choice === undefined) throw new RangeError('pick from no choices');
  return choice;
}

/** Typical one-rep maxes in kilos by level, for the lifts a lifter might state. */
const maxKilosByLevel: Record<LifterLevel, Record<string, number>> = {
  beginner: { 'bench-press': 50, squat: 70, deadlift: 90, 'overhead-press': 35 },
  intermediate: { 'bench-press': 90, squat: 130, deadlift: 160, 'overhead-press': 55 },
  advanced: { 'bench-press': 130, squat: 190, deadlift: 230, 'overhead-press': 80 },
};

export function inUnit(kilos: number, unit: Unit): number {
  // Lifters say round numbers: pounds to the nearest 5, kilos to the nearest 2.5.
  return unit === 'kg' ? Math.round(kilos / 2.5) * 2.5 : Math.round((kilos * 2.20462) / 5) * 5;
}

export function drawPersona(random: () => number, overrides: Partial<LifterPersona> = {}): LifterPersona {
  const level = overrides.level ?? pick(random, ['beginner', 'intermediate', 'advanced'] as const);
  const unit = overrides.unit ?? pick(random, ['kg', 'lb'] as const);
  const statesMaxes = random() < 0.6;
  const maxes = maxKilosByLevel[level];
  const statedMaxes = statesMaxes
    ? Object.entries(maxes)
        .filter(() => random() < 0.75)
        .map(([exerciseId, kilos]) => ({ exerciseId, weight: inUnit(kilos, unit) }))
    : [];
  return {
    goal: pick(random, ['hypertrophy', 'strength', 'both'] as const),
    level,
    unit,
    // Barbell lifts are where warm-ups and plate maths happen; most lifters here have a gym.
    equipment: pick(random, ['full-gym', 'full-gym', 'barbell'] as const),
    statedMaxes,
    locale: unit === 'lb' ? 'en-US' : pick(random, ['en-GB', 'en-AU', 'en-CA', 'en-IN'] as const),
    ...overrides,
  };
}

/** A weight the lifter works up to for a calibration set of about `reps`, in their unit. */
export function calibrationWeight(level: LifterLevel, exerciseId: string, unit: Unit): number {
  const kilos =
    maxKilosByLevel[level][exerciseId] ?? 20 + 20 * ['beginner', 'intermediate', 'advanced'].indexOf(level);
  // About 75% of a one-rep max is a set of ten with little left.
  return inUnit(kilos * 0.75, unit);
}
