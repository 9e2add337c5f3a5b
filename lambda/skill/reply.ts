import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, interfaces, Response, ui } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { exerciseIdSchema, lazySchema, unitSchema } from '../store';

/**
 * What the last response asked, kept in the session so "yes", "no" and bare numbers are read in
 * context. It is only a hint: the stored workout stays the source of truth.
 */
const pendingSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('offer-workout') }),
    z.object({ kind: z.literal('offer-start') }),
    z.object({ kind: z.literal('confirm-delete') }),
    z.object({ kind: z.literal('wrap-up') }),
    z.object({ kind: z.literal('ask-ready') }),
    z.object({
      kind: z.literal('ask-reps'),
      /** Reps already heard while the weight is still missing ("What weight did you use?"). */
      reps: z.optional(z.int().check(z.positive())),
      failed: z.optional(z.boolean()),
    }),
    /** A load far from the plan, read back before it is logged ("Did you lift forty-five pounds?"). */
    z.object({
      kind: z.literal('confirm-load'),
      exerciseId: exerciseIdSchema,
      reps: z.int().check(z.positive()),
      weight: z.number().check(z.positive()),
      unit: unitSchema,
      failed: z.boolean(),
    }),
    z.object({ kind: z.literal('onboarding') }),
    /** "Which lift was that?": the set heard so far, completed by the lift's name. */
    z.object({
      kind: z.literal('name-lift'),
      reps: z.int().check(z.positive()),
      weight: z.nullable(z.number().check(z.positive())),
      unit: unitSchema,
      failed: z.boolean(),
    }),
    /** "End the workout with sets left?" */
    z.object({ kind: z.literal('confirm-end') }),
    z.object({
      kind: z.literal('free-set'),
      exerciseId: exerciseIdSchema,
      reps: z.int().check(z.positive()),
      weight: z.nullable(z.number().check(z.positive())),
      unit: unitSchema,
      failed: z.boolean(),
    }),
    /** A workout reminder asked for before the training days were known, or before the permission. */
    z.object({ kind: z.literal('reminder-days'), time: z.string().check(z.regex(/^\d{2}:\d{2}$/)) }),
    z.object({ kind: z.literal('reminder-consent'), time: z.string().check(z.regex(/^\d{2}:\d{2}$/)) }),
  ]),
);
export type Pending = z.infer<typeof pendingSchema>;

const sessionSchema = lazySchema(() =>
  z.object({
    pending: z.optional(z.nullable(pendingSchema)),
    lastSpeech: z.optional(z.string()),
    lastReprompt: z.optional(z.string()),
  }),
);

/**
 * Requests outside a session (System.ExceptionEncountered, skill events, a Connections.Response Alexa
 * sends on its own) carry no attributes, and the SDK throws on reading or writing them there.
 */
function sessionAttributes(input: HandlerInput): unknown {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
}

function remember(input: HandlerInput, attributes: z.input<typeof sessionSchema>): void {
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(attributes);
}

/** The question a speech ends with (its last sentence), so an aside can ask it again. */
export function closingQuestion(speech: string): string {
  const match = /(?:^|[.!?]\s+)([^.!?]*\?)\s*$/.exec(speech);
  return (match?.[1] ?? speech).trim();
}

/**
 * The question still open from the last response, with its context, when it is one an aside must
 * not lose (an offer, a confirmation, a missing lift); null when the workout or set-up asks anyway.
 */
export function openQuestion(
  input: HandlerInput,
): { question: string; reprompt: string; pending: Pending } | null {
  const parsed = sessionSchema.safeParse(sessionAttributes(input));
  if (!parsed.success) return null;
  const { pending, lastSpeech, lastReprompt } = parsed.data;
  if (!pending || !lastSpeech || !lastReprompt || !keptAcrossAsides.has(pending.kind)) return null;
  return { question: closingQuestion(lastSpeech), reprompt: lastReprompt, pending };
}

const keptAcrossAsides = new Set<Pending['kind']>([
  'offer-workout',
  'offer-start',
  'confirm-delete',
  'confirm-load',
  'free-set',
  'name-lift',
  'confirm-end',
  'wrap-up',
]);

export function pendingOf(input: HandlerInput): Pending | null {
  const parsed = sessionSchema.safeParse(sessionAttributes(input));
  return parsed.success ? (parsed.data.pending ?? null) : null;
}

export function lastSaid(input: HandlerInput): { speech: string; reprompt: string } | null {
  const parsed = sessionSchema.safeParse(sessionAttributes(input));
  if (!parsed.success || !parsed.data.lastSpeech || !parsed.data.lastReprompt) return null;
  return { speech: parsed.data.lastSpeech, reprompt: parsed.data.lastReprompt };
}

export interface ReplyExtras {
  card?: { title: string; text: string };
  directives?: Directive[];
}

/** Sentences joined for speech; empty parts dropped. */
export function sentences(...parts: (string | undefined | null | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}

function withExtras(input: HandlerInput, extras: ReplyExtras) {
  const builder = input.responseBuilder;
  if (extras.card) builder.withSimpleCard(extras.card.title, extras.card.text);
  for (const directive of extras.directives ?? []) builder.addDirective(directive);
  return builder;
}

/**
 * Keeps the microphone open. The speech ends with the question and the reprompt says what to say;
 * both are remembered for "repeat".
 */
export function ask(
  input: HandlerInput,
  speech: string,
  reprompt: string,
  extras: ReplyExtras & { pending?: Pending } = {},
): Response {
  remember(input, {
    pending: extras.pending ?? null,
    lastSpeech: speech,
    lastReprompt: reprompt,
  });
  return withExtras(input, extras).speak(speech).reprompt(reprompt).getResponse();
}

/** Says something and ends the session. */
export function tell(input: HandlerInput, speech: string, extras: ReplyExtras = {}): Response {
  remember(input, { pending: null });
  return withExtras(input, extras).speak(speech).withShouldEndSession(true).getResponse();
}

/** Hands the dialog to Alexa (AskFor consent): no reprompt, the session waits for Connections.Response. */
export function handOff(
  input: HandlerInput,
  speech: string,
  directive: Directive,
  pending: Pending | null = null,
): Response {
  remember(input, { pending });
  return input.responseBuilder.speak(speech).addDirective(directive).getResponse();
}

/**
 * Asks for a permission by voice (Alexa speaks the consent question and answers with a
 * Connections.Response naming the scope); hand it to `handOff`.
 */
export function askForPermission(permissionScope: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScope },
    token: '',
  };
}

/** For events no one hears (session end, skill events). */
export function silent(input: HandlerInput): Response {
  return input.responseBuilder.getResponse();
}

export type Card = ui.SimpleCard;
