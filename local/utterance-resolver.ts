import type { SlotInputs } from './alexa-requests';
import { builtinIntentPhrases, fallbackIntentName } from './builtin-intents';
import type { InteractionModel } from './interaction-model';
import {
  type CompiledSample,
  compareMatches,
  compileSample,
  matchSample,
  type SampleMatch,
} from './sample-matcher';
import { SlotValueResolver } from './slot-values';
import { tokenize } from './utterance-text';

/**
 * Turns typed text into what Alexa would send the skill, using one locale's interaction model:
 * the most specific sample wins, slots are filled and resolved, anything else is the fallback
 * intent. "open lift coach", "ask lift coach to …" and "tell lift coach …" start a new session.
 */
export type Resolution =
  | { kind: 'launch' }
  | {
      kind: 'intent';
      intent: string;
      /** Every slot of the intent; unfilled ones are undefined (Alexa sends them without a value). */
      slots: SlotInputs;
      /** Said with the invocation name: Alexa opens a new session for it. */
      oneShot: boolean;
      /** False for the fallback intent and for slots Alexa heard but could not resolve. */
      understood: boolean;
      /** The sample that matched, for the console's debug view. */
      sample?: string;
    };

export interface UtteranceResolver {
  readonly invocationName: string;
  resolve(text: string): Resolution;
}

const launchVerbs = new Set(['open', 'start', 'launch', 'begin', 'load', 'run', 'play', 'use']);
const oneShotVerbs = new Set(['ask', 'tell']);
const oneShotConnectors = new Set(['to', 'that', 'for', 'about', 'if', 'whether', 'and']);
const trailingConnectors = new Set(['with', 'using', 'from', 'on', 'in', 'via']);

export function createUtteranceResolver(model: InteractionModel): UtteranceResolver {
  const samples = compileModel(model);
  const values = new SlotValueResolver(model.types ?? []);
  const slotNames = new Map(
    model.intents.map((intent) => [intent.name, (intent.slots ?? []).map((s) => s.name)]),
  );
  const invocation = tokenize(model.invocationName);

  const matchIntent = (tokens: readonly string[], oneShot: boolean): Resolution => {
    const best = bestMatch(samples, tokens, values);
    if (!best) return { kind: 'intent', intent: fallbackIntentName, slots: {}, oneShot, understood: false };
    const slots: SlotInputs = {};
    for (const name of slotNames.get(best.sample.intent) ?? []) slots[name] = best.slots[name];
    return {
      kind: 'intent',
      intent: best.sample.intent,
      slots,
      oneShot,
      understood: best.strict,
      sample: best.sample.text,
    };
  };

  return {
    invocationName: model.invocationName,
    resolve(text) {
      const tokens = tokenize(text);
      if (tokens[0] === 'alexa') tokens.shift();
      const oneShot = splitInvocation(tokens, invocation);
      if (oneShot === 'launch') return { kind: 'launch' };
      if (oneShot) {
        const [withoutConnector, asSaid] = oneShot;
        const first = matchIntent(withoutConnector, true);
        if (first.kind === 'intent' && first.intent === fallbackIntentName && asSaid)
          return matchIntent(asSaid, true);
        return first;
      }
      return matchIntent(tokens, false);
    },
  };
}

function compileModel(model: InteractionModel): CompiledSample[] {
  const compiled: CompiledSample[] = [];
  let order = 0;
  for (const intent of model.intents) {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    for (const text of intent.samples ?? []) {
      const sample = compileSample(intent.name, text, slotTypes, true, order++);
      if (sample) compiled.push(sample);
    }
    for (const text of builtinIntentPhrases[intent.name] ?? []) {
      const sample = compileSample(intent.name, text, slotTypes, false, order++);
      if (sample) compiled.push(sample);
    }
  }
  return compiled;
}

function bestMatch(
  samples: readonly CompiledSample[],
  tokens: readonly string[],
  values: SlotValueResolver,
): SampleMatch | undefined {
  if (tokens.length === 0) return undefined;
  for (const lenient of [false, true]) {
    const matches = samples
      .map((sample) => matchSample(sample, tokens, values, lenient))
      .filter((match): match is SampleMatch => match !== undefined);
    if (matches.length > 0) return matches.sort(compareMatches)[0];
  }
  return undefined;
}

/**
 * 'launch' for "open lift coach"; for a one-shot, the words meant for the skill (without and with
 * the connector word: "ask lift coach to log eight" → "log eight"); undefined for in-session text.
 */
function splitInvocation(
  tokens: readonly string[],
  invocation: readonly string[],
): 'launch' | [string[], string[] | undefined] | undefined {
  const at = indexOfSequence(tokens, invocation);
  if (at < 0) return undefined;
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + invocation.length);
  const verb = before.join(' ');
  if (after.length === 0) {
    if (before.length === 0 || launchVerbs.has(verb) || oneShotVerbs.has(verb) || verb === 'start up')
      return 'launch';
    const last = before[before.length - 1] ?? '';
    // "start my workout with lift coach"
    if (trailingConnectors.has(last) && before.length > 1) return [before.slice(0, -1), undefined];
    return undefined;
  }
  if (!oneShotVerbs.has(verb) && !launchVerbs.has(verb)) return undefined;
  const connector = after[0] ?? '';
  if (launchVerbs.has(verb) && connector !== 'and' && connector !== 'to') return undefined;
  if (oneShotConnectors.has(connector) && after.length > 1) return [after.slice(1), after];
  return [after, undefined];
}

function indexOfSequence(tokens: readonly string[], sequence: readonly string[]): number {
  if (sequence.length === 0) return -1;
  for (let start = 0; start + sequence.length <= tokens.length; start++) {
    if (sequence.every((word, offset) => tokens[start + offset] === word)) return start;
  }
  return -1;
}
