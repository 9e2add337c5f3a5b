import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { Pending } from './reply';
import { pendingOf } from './reply';
import { turnOf } from './turn';

/** A condition on a request; state guards read the turn's one load (memoised) so they stay cheap. */
export type Guard = (input: HandlerInput) => boolean | Promise<boolean>;

export function isRequest(...types: string[]): Guard {
  return (input) => types.includes(getRequestType(input.requestEnvelope));
}

/** Every intent name some guard routes on: the interaction-model test checks each is in every locale. */
export const routedIntentNames = new Set<string>();

export function isIntent(...names: string[]): Guard {
  for (const name of names) routedIntentNames.add(name);
  return (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    names.includes(getIntentName(input.requestEnvelope));
}

export function all(...guards: Guard[]): Guard {
  return async (input) => {
    for (const guard of guards) {
      if (!(await guard(input))) return false;
    }
    return true;
  };
}

export function not(guard: Guard): Guard {
  return async (input) => !(await guard(input));
}

/** The last response asked this question (kept in the session attributes). */
export function pendingIs(...kinds: Pending['kind'][]): Guard {
  return (input) => {
    const pending = pendingOf(input);
    return pending !== null && kinds.includes(pending.kind);
  };
}

export const hasActiveWorkout: Guard = async (input) => (await turnOf(input).user()).activeWorkout !== null;

/** A LaunchRequest that carries the rest timer's task. */
export const isResumeTask: Guard = (input) => {
  const request = input.requestEnvelope.request;
  return request.type === 'LaunchRequest' && Boolean(request.task?.name.endsWith('.ResumeWorkout'));
};
