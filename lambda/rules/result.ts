import type { RuleError, RuleResult } from './types';

export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: string, message: string): RuleResult<T> {
  const error: RuleError = { code, message };
  return { ok: false, error };
}

/**
 * The heaviest weight the rules reason about: the raw total record is about 500 kg per lift, so
 * anything heavier is a mishearing or a corrupt item, never a load to plan with or to speak.
 */
export const HEAVIEST_WEIGHT: Readonly<Record<'kg' | 'lb', number>> = { kg: 500, lb: 1100 };

export function isValidWeight(weight: unknown): boolean {
  if (typeof weight !== 'object' || weight === null) return false;
  const { value, unit } = weight as { value?: unknown; unit?: unknown };
  if (unit !== 'kg' && unit !== 'lb') return false;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= HEAVIEST_WEIGHT[unit];
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
