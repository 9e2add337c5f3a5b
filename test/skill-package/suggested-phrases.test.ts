import { describe, expect, it } from 'vitest';
import { en } from '../../lambda/skill/i18n/en';
import { loadInteractionModel } from '../../local/interaction-model';
import { createUtteranceResolver } from '../../local/utterance-resolver';

// Alexa matches sample utterances and slot values exactly; it does not guess. So every phrase the
// skill tells a lifter to say — quoted after "say" or "like", or offered as the answers of a
// question ("bigger muscles, more strength, or both?") — must resolve, in every locale, to an
// understood intent (not the fallback, no unresolved slot).

type Entry = { key: string; text: string };

function entries(node: unknown, key = ''): Entry[] {
  if (typeof node === 'string') return [{ key, text: node }];
  if (Array.isArray(node)) return node.flatMap((value, index) => entries(value, `${key}[${index}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([name, value]) => entries(value, key ? `${key}.${name}` : name));
  return [];
}

/** Fills the placeholders a phrase may carry the way the skill does, once per unit. */
const fills: Record<string, string>[] = [
  {
    ...en.examples.kg,
    exampleSet: en.examples.kg.set,
    exampleMax: en.examples.kg.max,
    other: 'kilos',
    exercise: 'bench press',
    reps: 'eight',
  },
  {
    exampleSet: en.examples.lb.set,
    exampleMax: en.examples.lb.max,
    other: 'pounds',
    exercise: 'squat',
    reps: 'five',
  },
];

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{-?\s*(\w+)\}\}/g, (_whole, name: string) => values[name] ?? `{{${name}}}`);
}

/** Quoted phrases: 'start workout', "I failed at" (a phrase followed by "and the reps" gets a count). */
function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  const quoted = /(?:^|[\s(])(['"‘“])(.+?)(?:['"’”])(?=[\s.,;:?!)]|$)( and the reps)?/g;
  for (const match of text.matchAll(quoted)) {
    const phrase = match[2] ?? '';
    phrases.push(match[3] ? `${phrase} four` : phrase);
  }
  return phrases;
}

// The words that introduce a question's answers ("Are you a beginner, intermediate or advanced?").
const questionLeadIns = /^(?:.*:\s*|are you an?\s+|was that set\s+|should your rests be\s+)/i;

/** The answers a question offers: "What's your goal: bigger muscles, more strength, or both?". */
function offeredAnswers(text: string): string[] {
  const questions = text.match(/[^.?!]*\?/g) ?? [];
  const answers: string[] = [];
  for (const question of questions) {
    const body = question.trim().replace(/\?$/, '');
    if (!/\bor\b/.test(body) || quotedPhrases(body).length > 0) continue;
    const list = body.replace(questionLeadIns, '');
    if (list === body) throw new Error(`cannot tell the answers this question offers: "${question.trim()}"`);
    answers.push(
      ...list
        .split(/,\s*(?:or\s+)?|\s+or\s+/)
        .map((answer) => answer.trim())
        .filter(Boolean),
    );
  }
  return answers;
}

function suggestions(): { key: string; phrase: string }[] {
  const found = new Map<string, string>();
  for (const { key, text } of entries(en)) {
    if (text.includes('%s')) continue; // Alexa's own timer prompt fills this.
    for (const values of fills) {
      const filled = fill(text, values);
      for (const phrase of [...quotedPhrases(filled), ...offeredAnswers(filled)]) {
        if (!found.has(phrase)) found.set(phrase, key);
      }
    }
  }
  return [...found].map(([phrase, key]) => ({ key, phrase }));
}

describe('phrase extraction', () => {
  it('finds quoted phrases and the answers a question offers', () => {
    expect(quotedPhrases(`Say 'ready' for your next set, or 'end workout' to finish.`)).toEqual([
      'ready',
      'end workout',
    ]);
    expect(quotedPhrases(`say "I failed at" and the reps.`)).toEqual(['I failed at four']);
    expect(quotedPhrases("Say 'Alexa, tell lift coach ready'.")).toEqual(['Alexa, tell lift coach ready']);
    expect(quotedPhrases("Tell me about it, you're done")).toEqual([]);
    expect(offeredAnswers("First, what's your goal: bigger muscles, more strength, or both?")).toEqual([
      'bigger muscles',
      'more strength',
      'both',
    ]);
    expect(offeredAnswers('Are you a beginner, intermediate or advanced?')).toEqual([
      'beginner',
      'intermediate',
      'advanced',
    ]);
    expect(() => offeredAnswers('Coffee or tea?')).toThrow(/cannot tell/);
  });

  it('finds the welcome question and the calibration examples among the suggestions', () => {
    const phrases = suggestions().map(({ phrase }) => phrase);
    expect(phrases).toEqual(expect.arrayContaining(['bigger muscles', 'more strength', 'both', 'ready']));
    expect(phrases.length).toBeGreaterThan(40);
  });
});

describe.each(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'])('in %s every suggested phrase', (locale) => {
  const resolver = createUtteranceResolver(loadInteractionModel(locale));

  it.each(suggestions())('"$phrase" ($key) resolves', ({ phrase }) => {
    const resolution = resolver.resolve(phrase);
    if (resolution.kind === 'launch') return;
    expect(resolution.intent, phrase).not.toBe('AMAZON.FallbackIntent');
    expect(
      resolution.understood,
      `${phrase} → ${resolution.intent} ${JSON.stringify(resolution.slots)}`,
    ).toBe(true);
  });

  it.each([
    ['bigger muscles', 'hypertrophy'],
    ['more strength', 'strength'],
    ['I want bigger muscles', 'hypertrophy'],
    ['I want more strength', 'strength'],
    ['both', 'both'],
  ])('"%s" sets the goal %s', (phrase, goal) => {
    expect(resolver.resolve(phrase)).toMatchObject({
      kind: 'intent',
      intent: 'SetGoalIntent',
      slots: { goal: { id: goal } },
      understood: true,
    });
  });
});
