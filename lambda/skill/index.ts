import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

// Placeholder entry until the conversation lands: it answers every request with a short notice.
export const handler = async (_event: RequestEnvelope, _context?: unknown): Promise<ResponseEnvelope> => ({
  version: '1.0',
  response: {
    outputSpeech: { type: 'SSML', ssml: '<speak>Lift Coach is being set up. Please try again soon.</speak>' },
    shouldEndSession: true,
  },
});
