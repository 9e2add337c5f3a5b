import type { ErrorHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { speakerFor } from '../i18n';
import { describeError, logger, turnLogFields } from '../logging';
import { ask } from '../reply';
import { isUnheardRequestType } from '../unheard-requests';

/**
 * The last line: something failed that no handler expected. Speak a helpful line, keep the session,
 * and log the error chain with the hashed user only (never the envelope or the access token).
 */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  async handle(input, error) {
    logger.error('Turn failed', { ...safeFields(input), ...describeError(error) });
    const type = getRequestType(input.requestEnvelope);
    if (isUnheardRequestType(type)) return input.responseBuilder.getResponse();
    const speaker = await speakerFor(input.requestEnvelope.request.locale);
    return ask(input, speaker.fixed('general.error'), speaker.fixed('general.errorReprompt'));
  },
};

function safeFields(input: Parameters<ErrorHandler['handle']>[0]) {
  try {
    return turnLogFields(input);
  } catch {
    return {};
  }
}
