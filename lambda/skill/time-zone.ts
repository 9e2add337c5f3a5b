import type { HandlerInput } from 'ask-sdk-core';
import { knownTimeZone } from '../rules';
import { describeError, logger } from './logging';
import type { Turn } from './turn';

/**
 * The device's time zone from the Alexa settings API (`System.timeZone`, no permission needed), so
 * "today" and the reminder's hour are the lifter's. Unreachable → the one saved before, else UTC.
 */
export async function deviceTimeZone(
  input: HandlerInput,
  turn: Turn,
  saved: string | undefined,
): Promise<string> {
  const system = input.requestEnvelope.context.System;
  const deviceId = system.device?.deviceId;
  if (!input.serviceClientFactory || !system.apiAccessToken || !deviceId) return knownTimeZone(saved);
  try {
    const zone = await input.serviceClientFactory.getUpsServiceClient().getSystemTimeZone(deviceId);
    return knownTimeZone(typeof zone === 'string' ? zone : saved);
  } catch (error) {
    logger.warn('Device time zone could not be read; using the saved one', {
      user: turn.userHash,
      ...describeError(error),
    });
    return knownTimeZone(saved);
  }
}
