import type { interfaces } from 'ask-sdk-model';
import { isRequest } from '../guards';
import { logger } from '../logging';
import { silent } from '../reply';
import { defineHandler } from './define';

/**
 * Alexa could not use the skill's last response (invalid SSML, a directive the device refused...).
 * It comes without a session and accepts no speech: log what kind of failure it was and answer empty.
 * The message is not logged: Alexa may quote the rejected response in it.
 */
export const systemException = defineHandler(
  'SystemException',
  isRequest('System.ExceptionEncountered'),
  (input, turn) => {
    const request = input.requestEnvelope.request as interfaces.system.ExceptionEncounteredRequest;
    logger.warn('Alexa could not use the last response', {
      user: turn.userHash,
      errorType: request.error?.type ?? 'unknown',
    });
    return silent(input);
  },
);
