import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { useFreshTable } from '../support/dynamo';

useFreshTable();

// Set before the skill module loads in this file, so the turn logs are written.
process.env.POWERTOOLS_LOG_LEVEL = 'INFO';

let written: string[] = [];
beforeEach(() => {
  written = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

describe('structured logs', () => {
  it('carry request type, intent and a hashed user, never the raw ids, the token or the envelope', async () => {
    const talk = createConversation({
      locale: 'en-GB',
      userId: 'amzn1.ask.account.RAWUSERID',
      personId: 'amzn1.ask.person.RAWPERSONID',
      apiAccessToken: 'SECRET-ACCESS-TOKEN',
    });
    await talk.launch();
    await talk.say('SetGoalIntent', { goal: matched('strength', 'strength') });
    const lines = written
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const turns = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.message === 'Turn');
    expect(turns).toEqual([
      expect.objectContaining({
        requestType: 'LaunchRequest',
        user: expect.stringMatching(/^[0-9a-f]{12}$/),
      }),
      expect.objectContaining({ requestType: 'IntentRequest', intent: 'SetGoalIntent' }),
    ]);
    const all = written.join('');
    expect(all).not.toMatch(/RAWUSERID|RAWPERSONID|SECRET-ACCESS-TOKEN|amzn1\.echo-api/);
  });
});
