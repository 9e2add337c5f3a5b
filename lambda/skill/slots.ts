import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { lazySchema } from '../store';

// Slot values are user input: every one is checked here and comes back as a result, never thrown.

export type Resolved<T extends string> =
  | { kind: 'match'; id: T; heard: string }
  | { kind: 'no-match'; heard: string }
  | { kind: 'missing' };

function slotOf(input: HandlerInput, name: string): Slot | undefined {
  const request = input.requestEnvelope.request as IntentRequest;
  return request.intent?.slots?.[name];
}

const heardSchema = lazySchema(() => z.string().check(z.trim(), z.minLength(1)));

/** A custom slot resolved by entity resolution to one of `ids`. */
export function resolvedSlot<T extends string>(
  input: HandlerInput,
  name: string,
  ids: readonly T[],
): Resolved<T> {
  const slot = slotOf(input, name);
  const heard = heardSchema.safeParse(slot?.value);
  if (!heard.success) return { kind: 'missing' };
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values[0]?.value.id;
    if (id && (ids as readonly string[]).includes(id))
      return { kind: 'match', id: id as T, heard: heard.data };
  }
  // Some devices send a bare value that is exactly an id (tests, older clients): accept it.
  const bare = heard.data.toLowerCase();
  if ((ids as readonly string[]).includes(bare)) return { kind: 'match', id: bare as T, heard: heard.data };
  return { kind: 'no-match', heard: heard.data };
}

export type NumberSlot =
  | { kind: 'value'; value: number }
  | { kind: 'missing' }
  /** Alexa sends "?" for a number it could not make out. */
  | { kind: 'invalid'; heard: string };

const numberSchema = lazySchema(() =>
  z.pipe(z.pipe(z.string().check(z.trim(), z.regex(/^-?\d+(?:\.\d+)?$/)), z.transform(Number)), z.number()),
);

export function numberSlot(input: HandlerInput, name: string): NumberSlot {
  const raw = slotOf(input, name)?.value;
  if (raw === undefined || raw === null || raw.trim() === '') return { kind: 'missing' };
  const parsed = numberSchema.safeParse(raw);
  return parsed.success ? { kind: 'value', value: parsed.data } : { kind: 'invalid', heard: raw };
}

export const maxRepsPerSet = 50;

export type RepsResult =
  | { ok: true; reps: number }
  | { ok: false; problem: 'missing' | 'invalid' | 'zero' | 'negative' | 'too-many'; heard?: number };

/** Reps a set can have: a whole number from one to fifty. */
export function repsSlot(input: HandlerInput, name = 'reps'): RepsResult {
  return checkedReps(numberSlot(input, name));
}

/** The one check of reps, whether they were said or tapped on the screen. */
export function checkedReps(slot: NumberSlot): RepsResult {
  if (slot.kind === 'missing') return { ok: false, problem: 'missing' };
  if (slot.kind === 'invalid' || !Number.isInteger(slot.value)) return { ok: false, problem: 'invalid' };
  if (slot.value === 0) return { ok: false, problem: 'zero' };
  if (slot.value < 0) return { ok: false, problem: 'negative' };
  if (slot.value > maxRepsPerSet) return { ok: false, problem: 'too-many', heard: slot.value };
  return { ok: true, reps: slot.value };
}

/** "one hundred point five" arrives as weight 100 and weightDecimal 5. */
export function weightSlot(input: HandlerInput): NumberSlot {
  const whole = numberSlot(input, 'weight');
  if (whole.kind !== 'value') return whole;
  const decimal = numberSlot(input, 'weightDecimal');
  if (decimal.kind !== 'value' || !Number.isInteger(decimal.value) || decimal.value < 0) return whole;
  return { kind: 'value', value: Number(`${Math.trunc(whole.value)}.${decimal.value}`) };
}

/** Seconds of an AMAZON.DURATION value ("PT30S", "PT1M30S"); undefined when absent or unusable. */
export function durationSlotSeconds(input: HandlerInput, name: string): number | undefined {
  const raw = slotOf(input, name)?.value;
  if (!raw) return undefined;
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(raw);
  if (!match || raw === 'PT') return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}
