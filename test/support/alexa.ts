import type { Directive, interfaces, RequestEnvelope, ResponseEnvelope, Task, ui } from 'ask-sdk-model';
import { expect } from 'vitest';
import {
  type AlexaSession,
  type AlexaSessionOptions,
  type AskForStatus,
  createAlexaSession,
  type IntentOptions,
  type SlotInputs,
} from '../../local/alexa-requests';
import { responseProblems, spokenText } from './alexa-limits';

/** The skill id the tests run the skill with (set as SKILL_ID before the skill module loads). */
export const testSkillId = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';

type SkillHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

let loadedHandler: Promise<SkillHandler> | undefined;

/**
 * The skill module reads SKILL_ID and TABLE_NAME when it loads, so it is imported on the first
 * turn of a test file, after `useFreshTable()` set TABLE_NAME in its `beforeAll`.
 */
export function skillHandler(): Promise<SkillHandler> {
  process.env.SKILL_ID ??= testSkillId;
  // Turn logs are for the cloud; a test that checks them sets the level itself before the first turn.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  loadedHandler ??= import('../../lambda/skill/index').then((module) => module.handler as SkillHandler);
  return loadedHandler;
}

/** One response, with what a listener hears pulled out for assertions. */
export interface Turn {
  readonly envelope: ResponseEnvelope;
  /** The words of the speech, tags dropped. */
  readonly speech: string;
  readonly ssml: string;
  readonly reprompt: string;
  readonly card: ui.Card | undefined;
  readonly directives: Directive[];
  /** True when this response closed the session. */
  readonly endsSession: boolean;
  directive<T extends Directive = Directive>(type: string): T | undefined;
}

export interface Conversation {
  readonly session: AlexaSession;
  /** Every turn so far, in order. */
  readonly turns: Turn[];
  launch(task?: Task): Promise<Turn>;
  say(intent: string, slots?: SlotInputs, options?: IntentOptions): Promise<Turn>;
  answerAskFor(status: AskForStatus): Promise<Turn>;
  endSession(reason?: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS'): Promise<Turn>;
  /** Sends any envelope (skill events, foreign skill ids, odd request types). */
  send(envelope: RequestEnvelope): Promise<Turn>;
}

/**
 * Drives the skill's real `handler` with Alexa envelopes, turn after turn, and checks every response
 * against Alexa's limits and the voice-design rules before the test sees it.
 */
export function createConversation(options: Partial<AlexaSessionOptions> = {}): Conversation {
  // Without a timers emulator the Alexa API is a closed loopback port: refused at once, never the internet.
  const session = createAlexaSession({ skillId: testSkillId, apiEndpoint: 'http://127.0.0.1:9', ...options });
  const turns: Turn[] = [];
  const send = async (envelope: RequestEnvelope): Promise<Turn> => {
    const handler = await skillHandler();
    const response = await handler(envelope, {});
    const problems = responseProblems(response);
    expect(problems, `response to ${describeRequest(envelope)} breaks Alexa's limits`).toEqual([]);
    session.applyResponse(response);
    const turn = toTurn(response);
    turns.push(turn);
    return turn;
  };
  return {
    session,
    turns,
    launch: (task) => send(session.launch(task)),
    say: (intent, slots, intentOptions) => send(session.intent(intent, slots, intentOptions)),
    answerAskFor: (status) => send(session.askForResponse(status)),
    endSession: (reason) => send(session.sessionEnded(reason)),
    send,
  };
}

function describeRequest(envelope: RequestEnvelope): string {
  const request = envelope.request as { type: string; intent?: { name: string } };
  return request.intent ? `${request.type} ${request.intent.name}` : request.type;
}

export function toTurn(envelope: ResponseEnvelope): Turn {
  const { response } = envelope;
  const ssml = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
  const repromptSpeech = response.reprompt?.outputSpeech;
  const directives = response.directives ?? [];
  return {
    envelope,
    ssml,
    speech: spokenText(
      ssml || (response.outputSpeech?.type === 'PlainText' ? response.outputSpeech.text : ''),
    ),
    reprompt: spokenText(repromptSpeech?.type === 'SSML' ? repromptSpeech.ssml : ''),
    card: response.card,
    directives,
    endsSession: response.shouldEndSession !== false,
    directive: <T extends Directive = Directive>(type: string) =>
      directives.find((entry) => entry.type === type) as T | undefined,
  };
}

/** The card's text whichever card type the skill chose. */
export function cardText(card: ui.Card | undefined): string {
  if (!card) return '';
  if (card.type === 'Simple') return `${card.title ?? ''}\n${card.content ?? ''}`;
  if (card.type === 'Standard') return `${card.title ?? ''}\n${card.text ?? ''}`;
  return '';
}

export type SendRequestDirective = interfaces.connections.SendRequestDirective;
