import { isRequest } from '../guards';
import { logger } from '../logging';
import { silent } from '../reply';
import { defineHandler } from './define';

/** The session closed (exit, silence, error). The workout stays stored; Alexa accepts no speech here. */
export const sessionEnded = defineHandler('SessionEnded', isRequest('SessionEndedRequest'), (input, turn) => {
  const request = input.requestEnvelope.request;
  if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
    logger.warn('Session ended with an error', {
      user: turn.userHash,
      errorType: request.error?.type ?? 'unknown',
    });
  }
  return silent(input);
});
