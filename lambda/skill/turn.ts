import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { defaultUnitForLocale } from '../rules';
import type { LoadedUser, Store } from '../store';
import { hashUserId } from '../store';
import { chartsToLoad } from './display-progress';
import { type Speaker, speakerFor } from './i18n';

/**
 * What every handler of one request shares: who is speaking, their strings, the clock, and the
 * turn's one read (made on first use and remembered, so a turn never queries twice).
 */
export interface Turn {
  /** personId when Alexa recognised the speaker, else userId: two people in one home get two plans. */
  readonly userKey: string;
  /** One-way hash for logs; the raw key never leaves this object. */
  readonly userHash: string;
  /** The Alexa account (userId): what disabling the skill names; a recognised person is linked under it. */
  readonly accountId: string;
  readonly locale: string;
  readonly speaker: Speaker;
  /**
   * The request's own time (Alexa's timestamp; the Lambda's clock only when it is unreadable): the
   * plan, rest days and "next time" follow the lifter's clock, so a moved console clock is obeyed.
   */
  readonly now: Date;
  readonly requestId: string;
  /** When Alexa sent the request: the same on a retry, so a retried set gets the same key. */
  readonly requestedAt: string;
  readonly store: Store;
  /** The configured skill id (names the rest timer's task); undefined only in a local run without one. */
  readonly skillId: string | undefined;
  user(): Promise<LoadedUser>;
  /** The turn's read if a handler made it, without making it. */
  loadedUser(): Promise<LoadedUser> | undefined;
}

const turnKey = 'liftCoachTurn';

export function userKeyOf(input: HandlerInput): string {
  const system = input.requestEnvelope.context.System;
  return system.person?.personId ?? system.user.userId;
}

export async function beginTurn(
  input: HandlerInput,
  store: Store,
  now: Date,
  skillId: string | undefined,
): Promise<Turn> {
  const userKey = userKeyOf(input);
  const locale = localeOf(input);
  let loaded: Promise<LoadedUser> | undefined;
  const speaker = await speakerFor(locale);
  const requestedAt = requestTime(input, now);
  const turn: Turn = {
    userKey,
    userHash: hashUserId(userKey),
    accountId: input.requestEnvelope.context.System.user.userId,
    locale,
    speaker,
    now: new Date(requestedAt),
    requestId: input.requestEnvelope.request.requestId,
    requestedAt,
    store,
    skillId,
    user: () => {
      loaded ??= store.loadUser(userKey, chartsToLoad(input)).then((user) => {
        speaker.useUnit(user.profile?.unit ?? defaultUnitForLocale(locale));
        return user;
      });
      return loaded;
    },
    loadedUser: () => loaded,
  };
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [turnKey]: turn,
  });
  return turn;
}

export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[turnKey] as Turn | undefined;
  if (!turn) throw new Error('The turn interceptor did not run');
  return turn;
}

function localeOf(input: HandlerInput): string {
  // Skill events carry no locale on some request types; English strings serve every locale we ship.
  try {
    return getLocale(input.requestEnvelope) || 'en-US';
  } catch {
    return 'en-US';
  }
}

export function requestTypeOf(input: HandlerInput): string {
  return getRequestType(input.requestEnvelope);
}

function requestTime(input: HandlerInput, now: Date): string {
  const sent = Date.parse(input.requestEnvelope.request.timestamp);
  return Number.isFinite(sent) ? new Date(sent).toISOString() : now.toISOString();
}
