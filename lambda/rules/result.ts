import type { RuleError, RuleResult } from './types';

export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: string, message: string): RuleResult<T> {
  const error: RuleError = { code, message };
  return { ok: false, error };
}

export function isValidWeight(weight: unknown): boolean {
  if (typeof weight !== 'object' || weight === null) return false;
  const { value, unit } = weight as { value?: unknown; unit?: unknown };
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && (unit === 'kg' || unit === 'lb');
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
