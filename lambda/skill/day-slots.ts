import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot, SlotValue } from 'ask-sdk-model';
import { addDays, type Weekday, weekdaysIn } from '../rules';

// Days and times as Alexa sends them: AMAZON.DayOfWeek with multiple values (a List slot value),
// AMAZON.DATE ("2026-12-08"), AMAZON.TIME ("18:00"). Every value is user input and checked here.

function slotOf(input: HandlerInput, name: string): Slot | undefined {
  const request = input.requestEnvelope.request as IntentRequest;
  return request.intent?.slots?.[name];
}

function spokenValues(value: SlotValue | undefined): string[] {
  if (!value) return [];
  if (value.type === 'List') return value.values.flatMap(spokenValues);
  return value.value ? [value.value] : [];
}

/**
 * The weekdays heard in these slots: a multiple-value slot carries each day in `slotValue`; a
 * single-value one (en-IN has no multiple values) carries one day, or several in one phrase.
 */
export function weekdaysSlot(input: HandlerInput, ...names: string[]): Weekday[] {
  const heard = names.flatMap((name) => {
    const slot = slotOf(input, name);
    const listed = spokenValues(slot?.slotValue);
    return listed.length > 0 ? listed : slot?.value ? [slot.value] : [];
  });
  return weekdaysIn(heard.join(' '));
}

export type DateSlot = { kind: 'date'; date: string } | { kind: 'missing' } | { kind: 'invalid' };

/** An AMAZON.DATE day ("2026-12-08"); "today" and "tomorrow" as words too, from the lifter's today. */
export function dateSlot(input: HandlerInput, name: string, today: string): DateSlot {
  const raw = slotOf(input, name)?.value?.trim().toLowerCase();
  if (!raw) return { kind: 'missing' };
  if (raw === 'today') return { kind: 'date', date: today };
  if (raw === 'tomorrow') return { kind: 'date', date: addDays(today, 1) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && Number.isFinite(Date.parse(`${raw}T00:00:00Z`)))
    return { kind: 'date', date: raw };
  return { kind: 'invalid' };
}

export type TimeSlot = { kind: 'time'; time: string } | { kind: 'missing' } | { kind: 'invalid' };

/** An AMAZON.TIME clock time ("18:00", "07:30"); "MO"/"EV" and other vague times are not a clock time. */
export function timeSlot(input: HandlerInput, name: string): TimeSlot {
  const raw = slotOf(input, name)?.value?.trim();
  if (!raw) return { kind: 'missing' };
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(raw);
  return match ? { kind: 'time', time: raw } : { kind: 'invalid' };
}
