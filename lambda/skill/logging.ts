import { Logger } from '@aws-lambda-powertools/logger';
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { hashUserId } from '../store';
import { userKeyOf } from './turn';

/** One logger per container. Entries name the user only by hash: never ids, tokens or envelopes. */
export const logger = new Logger({ serviceName: 'lift-coach-skill' });

export interface TurnLogFields {
  requestType: string;
  intent?: string;
  user: string;
}

export function turnLogFields(input: HandlerInput): TurnLogFields {
  const requestType = getRequestType(input.requestEnvelope);
  return {
    requestType,
    ...(requestType === 'IntentRequest' ? { intent: getIntentName(input.requestEnvelope) } : {}),
    user: hashUserId(userKeyOf(input)),
  };
}

/** An error's name and message chain, without the request or any stored item it may carry. */
export function describeError(error: unknown): Record<string, string> {
  const chain: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error) {
      chain.push(`${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      chain.push(String(current).slice(0, 200));
      break;
    }
  }
  return { error: chain.join(' <- ') };
}
