import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AlexaSession, SlotInputs } from './alexa-requests';
import {
  type LifterReport,
  questionOnlyIntents,
  SimulatedLifterError,
  type SimulatedLifterOptions,
  type TurnWrapper,
} from './simulated-lifter-types';

/** A simulated lifter's side of the conversation: sends requests, records turns, remembers the last answer. */
export class Talk {
  last: ResponseEnvelope | undefined;
  private readonly wrap: TurnWrapper;
  private readonly maxTurns: number;
  private readonly errorAnswer: RegExp;

  constructor(
    readonly session: AlexaSession,
    readonly options: SimulatedLifterOptions,
    readonly report: LifterReport,
  ) {
    this.wrap = options.aroundTurn ?? ((_info, send) => send());
    this.maxTurns = options.maxTurns ?? 400;
    this.errorAnswer = options.errorAnswer ?? /something went wrong/i;
  }

  get setsSaid(): number {
    return this.report.setsSaid.length;
  }

  get pending(): string | null {
    const pending = this.last?.sessionAttributes?.pending as { kind?: unknown } | null | undefined;
    return !this.session.ended && typeof pending?.kind === 'string' ? pending.kind : null;
  }

  get asksForConsent(): boolean {
    return (this.last?.response.directives ?? []).some(
      (directive) =>
        directive.type === 'Connections.SendRequest' && (directive as { name?: string }).name === 'AskFor',
    );
  }

  intent(name: string, slots?: SlotInputs): Promise<ResponseEnvelope> {
    return this.send(this.session.intent(name, slots), name);
  }

  async send(envelope: RequestEnvelope, name: string = envelope.request.type): Promise<ResponseEnvelope> {
    if (this.report.turns.length >= this.maxTurns) {
      throw new SimulatedLifterError(`gave up after ${this.maxTurns} turns`);
    }
    const info = { name, questionOnly: questionOnlyIntents.has(name), requestId: envelope.request.requestId };
    let latencyMs = 0;
    const response = await this.wrap(info, async () => {
      const started = performance.now();
      const answer = await this.options.handler(envelope, lambdaContext(envelope));
      latencyMs = performance.now() - started;
      return answer;
    });
    this.session.applyResponse(response);
    this.last = response;
    this.report.turns.push({
      ...info,
      latencyMs,
      errorAnswer: this.errorAnswer.test(speechOf(response)),
      endedSession: this.session.ended,
    });
    return response;
  }
}

function lambdaContext(envelope: RequestEnvelope) {
  return {
    functionName: 'lift-coach-skill',
    awsRequestId: envelope.request.requestId,
    getRemainingTimeInMillis: () => 7000,
  };
}

export function speechOf(response: ResponseEnvelope | undefined): string {
  const speech = response?.response.outputSpeech;
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}
