import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { createAlexaSession, matched, unmatched } from '../../local/alexa-requests';
import { responseProblems, ssmlProblems } from '../support/alexa-limits';

const ask = (
  ssml: string,
  reprompt?: string,
  extra: Partial<ResponseEnvelope['response']> = {},
): ResponseEnvelope => ({
  version: '1.0',
  response: {
    outputSpeech: { type: 'SSML', ssml },
    ...(reprompt ? { reprompt: { outputSpeech: { type: 'SSML', ssml: reprompt } } } : {}),
    shouldEndSession: !reprompt,
    ...extra,
  },
});

describe('the central response check every conversation test runs', () => {
  it('accepts a well-formed question with a reprompt that says what to say', () => {
    expect(
      responseProblems(
        ask('<speak>Eight, logged. <break time="2s"/> Ready?</speak>', '<speak>Say ready.</speak>'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a break over ten seconds', '<speak>Rest. <break time="11s"/> Go?</speak>', /longer than 10 s/],
    [
      'a break in milliseconds over ten seconds',
      '<speak><break time="10001ms"/>Go?</speak>',
      /longer than 10 s/,
    ],
    ['an unclosed tag', '<speak><s>Go?</speak>', /closes <s>/],
    ['an unescaped ampersand', '<speak>Sets & reps?</speak>', /unescaped &/],
    ['a tag Alexa does not know', '<speak><b>Go</b>?</speak>', /not an SSML tag/],
    ['speech over 8,000 characters', `<speak>${'a'.repeat(8_000)}?</speak>`, /characters/],
    ['no speak root', 'Go?', /<speak>/],
  ])('rejects %s', (_name, ssml, problem) => {
    expect(responseProblems(ask(ssml, '<speak>Say ready.</speak>')).join('\n')).toMatch(problem);
  });

  it.each([
    ['a digit', '<speak>Today: bench press, squat and 1 more. Shall we start?</speak>', /digits, not words/],
    ['a sentence in lower case', '<speak>Sorry. five hundred is too many. How many?</speak>', /lower case/],
    [
      'a capital in mid-sentence only',
      '<speak>five hundred is too many. How many?</speak>',
      /lower case at 0/,
    ],
  ])('rejects speech with %s', (_name, ssml, problem) => {
    expect(responseProblems(ask(ssml, '<speak>Say ready.</speak>')).join('\n')).toMatch(problem);
  });

  it('rejects a response over 24 KB', () => {
    const big = ask('<speak>Done.</speak>', undefined, {
      card: { type: 'Simple', title: 'x', content: 'y'.repeat(25_000) },
    });
    expect(responseProblems(big).join('\n')).toMatch(/bytes/);
  });

  it('rejects an open microphone without a question or without a reprompt that says what to say', () => {
    expect(responseProblems(ask('<speak>Logged.</speak>', '<speak>Say ready.</speak>')).join()).toMatch(
      /no question/,
    );
    expect(
      responseProblems({
        version: '1.0',
        response: { outputSpeech: { type: 'SSML', ssml: '<speak>Ready?</speak>' }, shouldEndSession: false },
      }).join(),
    ).toMatch(/without a reprompt/);
    expect(responseProblems(ask('<speak>Ready?</speak>', '<speak>Hello?</speak>')).join()).toMatch(
      /what to say/,
    );
  });

  it('reads entities and self-closing tags as XML does', () => {
    expect(
      ssmlProblems('<speak>Tom &amp; Jerry <say-as interpret-as="cardinal">5</say-as></speak>', 'x'),
    ).toEqual([]);
  });
});

describe('the request envelope builder', () => {
  it('builds a new session on launch and carries attributes into the next turn', () => {
    const session = createAlexaSession({ skillId: 'amzn1.ask.skill.test', locale: 'en-GB', screen: true });
    const launch = session.launch();
    expect(launch.session?.new).toBe(true);
    expect(launch.request).toMatchObject({ type: 'LaunchRequest', locale: 'en-GB' });
    expect(launch.context.System.device?.supportedInterfaces['Alexa.Presentation.APL']).toBeDefined();
    session.applyResponse({
      version: '1.0',
      sessionAttributes: { step: 'goal' },
      response: { shouldEndSession: false },
    });
    const next = session.intent('SetGoalIntent', { goal: matched('bigger', 'hypertrophy') });
    expect(next.session).toMatchObject({
      new: false,
      sessionId: launch.session?.sessionId,
      attributes: { step: 'goal' },
    });
    expect(next.request.requestId).not.toBe(launch.request.requestId);
    expect(next.request).toMatchObject({
      intent: {
        name: 'SetGoalIntent',
        slots: {
          goal: {
            value: 'bigger',
            resolutions: {
              resolutionsPerAuthority: [
                { status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'hypertrophy' } }] },
              ],
            },
          },
        },
      },
    });
  });

  it('starts a new session after a response that ended it, and keeps it while AskFor is pending', () => {
    const session = createAlexaSession({ skillId: 'amzn1.ask.skill.test', personId: 'amzn1.ask.person.ME' });
    const first = session.intent('LogSetIntent', { reps: 8, exercise: unmatched('zumba') });
    expect(first.context.System.person?.personId).toBe('amzn1.ask.person.ME');
    expect(first.request).toMatchObject({
      intent: {
        slots: {
          reps: { value: '8' },
          exercise: {
            resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
          },
        },
      },
    });
    session.applyResponse({
      version: '1.0',
      response: {
        directives: [
          {
            type: 'Connections.SendRequest',
            name: 'AskFor',
            payload: { '@type': 'AskForPermissionsConsentRequest' },
            token: '',
          },
        ],
      },
    });
    const answer = session.askForResponse('ACCEPTED');
    expect(answer.session?.sessionId).toBe(first.session?.sessionId);
    expect(answer.request).toMatchObject({
      type: 'Connections.Response',
      name: 'AskFor',
      payload: { status: 'ACCEPTED' },
    });
    session.applyResponse({ version: '1.0', response: { shouldEndSession: true } });
    expect(session.ended).toBe(true);
    expect(session.intent('HelpIntent').session?.new).toBe(true);
    const disabled = session.skillDisabled();
    expect(disabled.session).toBeUndefined();
    expect(disabled.request.type).toBe('AlexaSkillEvent.SkillDisabled');
  });
});
