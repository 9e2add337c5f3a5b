import type { ResponseEnvelope, ui } from 'ask-sdk-model';

/**
 * Alexa's published limits for a skill response, and the voice-design rules every response of this
 * skill follows. The conversation driver runs these on every response of every test.
 */
export const alexaLimits = {
  speechCharacters: 8_000,
  breakSeconds: 10,
  responseBytes: 24 * 1024,
  cardCharacters: 8_000,
} as const;

const ssmlTags = new Set([
  'speak',
  'break',
  'say-as',
  'prosody',
  'emphasis',
  'p',
  's',
  'sub',
  'audio',
  'amazon:effect',
  'amazon:emotion',
  'amazon:domain',
  'lang',
  'phoneme',
  'voice',
  'w',
]);

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Problems with one SSML string; empty when it is well-formed and within limits. */
export function ssmlProblems(ssml: string, where: string): string[] {
  const problems: string[] = [];
  if (ssml.length > alexaLimits.speechCharacters) {
    problems.push(`${where}: ${ssml.length} characters (limit ${alexaLimits.speechCharacters})`);
  }
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) {
    problems.push(`${where}: SSML must be wrapped in one <speak> element`);
  }
  const open: string[] = [];
  const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  let index = 0;
  while (index < ssml.length) {
    const char = ssml[index];
    if (char === '<') {
      tagPattern.lastIndex = index;
      const match = tagPattern.exec(ssml);
      if (!match) {
        problems.push(`${where}: malformed tag at ${index}: ${ssml.slice(index, index + 30)}`);
        break;
      }
      const [whole, closing, name = '', attributes = '', selfClosing] = match;
      if (!ssmlTags.has(name)) problems.push(`${where}: <${name}> is not an SSML tag Alexa supports`);
      if (closing) {
        const expected = open.pop();
        if (expected !== name) problems.push(`${where}: </${name}> closes <${expected ?? 'nothing'}>`);
      } else if (!selfClosing) {
        open.push(name);
      }
      if (name === 'break') problems.push(...breakProblems(attributes, where));
      index += whole.length;
      continue;
    }
    if (char === '&') {
      const entity = /^&([a-z]+|#\d+|#x[0-9a-fA-F]+);/.exec(ssml.slice(index, index + 12));
      const name = entity?.[1];
      if (!name || (!name.startsWith('#') && !xmlEntities.has(name))) {
        problems.push(`${where}: unescaped & at ${index}`);
      }
    }
    if (char === '>') problems.push(`${where}: stray > at ${index}`);
    index += 1;
  }
  if (open.length > 0) problems.push(`${where}: unclosed <${open.join('>, <')}>`);
  return problems;
}

function breakProblems(attributes: string, where: string): string[] {
  const time = /time\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
  if (time === undefined) return [];
  const parsed = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time);
  if (!parsed) return [`${where}: <break time="${time}"> is not a duration`];
  const seconds = Number(parsed[1]) / (parsed[2] === 'ms' ? 1000 : 1);
  return seconds > alexaLimits.breakSeconds
    ? [`${where}: <break time="${time}"> is longer than ${alexaLimits.breakSeconds} s`]
    : [];
}

function speechText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

/** Plain words of an SSML string, as a listener hears them (tags dropped, entities decoded). */
export function spokenText(ssml: string | undefined): string {
  return (ssml ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How a listener hears numbers and sentences: numbers spoken as words (a digit is read out oddly,
 * "and 1 more"), and every sentence starting with a capital ("Five hundred is more than…").
 */
export function speechLintProblems(said: string, where: string): string[] {
  const problems: string[] = [];
  if (/\d/.test(said)) problems.push(`${where} has digits, not words: "${said}"`);
  for (const match of said.matchAll(/(?:^|[.!?]\s+)([a-z])/g)) {
    const at = match.index ?? 0;
    problems.push(`${where} has a sentence in lower case at ${at}: "…${said.slice(at, at + 40)}"`);
  }
  return problems;
}

/** Every problem of one response: Alexa's limits, well-formed SSML and the open-microphone rule. */
export function responseProblems(envelope: ResponseEnvelope): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(envelope), 'utf8');
  if (bytes > alexaLimits.responseBytes) {
    problems.push(`response is ${bytes} bytes (limit ${alexaLimits.responseBytes})`);
  }
  const { response } = envelope;
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') problems.push(...ssmlProblems(speech.ssml, 'outputSpeech'));
  if (speech?.type === 'PlainText' && speech.text.length > alexaLimits.speechCharacters) {
    problems.push(`outputSpeech: ${speech.text.length} characters`);
  }
  const reprompt = response.reprompt?.outputSpeech;
  if (reprompt?.type === 'SSML') problems.push(...ssmlProblems(reprompt.ssml, 'reprompt'));
  problems.push(...speechLintProblems(spokenText(speechText(speech)), 'outputSpeech'));
  problems.push(...speechLintProblems(spokenText(speechText(reprompt)), 'reprompt'));
  const card = response.card;
  if (card && (card.type === 'Simple' || card.type === 'Standard')) {
    const length =
      (card.title ?? '').length + ((card.type === 'Simple' ? card.content : card.text) ?? '').length;
    if (length > alexaLimits.cardCharacters) problems.push(`card: ${length} characters`);
  }
  if (response.shouldEndSession === false) {
    const said = spokenText(speechText(speech));
    if (!said.endsWith('?'))
      problems.push(`the microphone stays open but the speech is no question: "${said}"`);
    const reprompted = spokenText(speechText(reprompt));
    if (!reprompted) problems.push('the microphone stays open without a reprompt');
    else if (!/\bsay\b/i.test(reprompted))
      problems.push(`the reprompt does not say what to say: "${reprompted}"`);
  }
  return problems;
}
