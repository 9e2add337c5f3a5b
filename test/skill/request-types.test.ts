import { describe, expect, it } from 'vitest';
import { timersPermissionScope } from '../../local/alexa-requests';
import { readSkillPackageJson } from '../skill-package/skill-package-files';
import { type Conversation, createConversation, type Turn, testSkillId } from '../support/alexa';
import { onboard, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// One envelope per request type Alexa can send Lift Coach, shaped field for field as Alexa's request
// reference writes them (local/alexa-requests.ts). Each gets a valid response or an empty one: the
// handler never throws, whether the request comes inside a session or outside any.

const table = useFreshTable();

const profileOf = async (talk: Conversation) => (await storedItems(table, talk.session.userId, 'PROFILE'))[0];

/** Nothing for a listener: no speech, reprompt, card or directive, and no session attributes. */
function expectEmpty(turn: Turn): void {
  expect(turn.envelope.response).toEqual({});
  expect(turn.envelope.sessionAttributes).toBeUndefined();
}

function expectSpokenQuestion(turn: Turn): void {
  expect(turn.speech).toMatch(/\?$/);
  expect(turn.reprompt).not.toBe('');
  expect(turn.endsSession).toBe(false);
}

describe('every request type Alexa sends gets a valid answer', () => {
  it('LaunchRequest without a task: a new lifter hears the first set-up question', async () => {
    const talk = createConversation();
    const turn = await talk.launch();
    expect(talk.turns[0]?.envelope.sessionAttributes).toMatchObject({ pending: { kind: 'onboarding' } });
    expectSpokenQuestion(turn);
  });

  it('LaunchRequest with the ResumeWorkout task and no workout going: offers to start one', async () => {
    const talk = createConversation();
    await onboard(talk);
    const turn = await talk.send(talk.session.taskLaunch(`${testSkillId}.ResumeWorkout`, '1'));
    expect(turn.speech).toMatch(/don't have a workout going/i);
    expectSpokenQuestion(turn);
  });

  it('LaunchRequest with a task this skill does not declare: treated as a plain launch', async () => {
    const talk = createConversation();
    await onboard(talk);
    const turn = await talk.send(talk.session.taskLaunch('AMAZON.PlaySomething', '1'));
    expect(turn.speech).toMatch(/shall I tell you today.s workout\?/i);
    expectSpokenQuestion(turn);
  });

  it('IntentRequest: help answers and keeps the microphone open', async () => {
    const talk = createConversation();
    const turn = await talk.say('AMAZON.HelpIntent');
    expectSpokenQuestion(turn);
  });

  it('SessionEndedRequest with an error: an empty response', async () => {
    const talk = createConversation();
    await talk.launch();
    const turn = await talk.send(
      talk.session.sessionEnded('ERROR', { type: 'INVALID_RESPONSE', message: 'SSML was invalid' }),
    );
    expect(turn.envelope.response).toEqual({});
  });

  it('Connections.Response inside the session: the AskFor answer is recorded', async () => {
    const talk = createConversation();
    await onboard(talk);
    const turn = await talk.answerAskFor('ACCEPTED');
    expect(turn.speech).toMatch(/timers are on/i);
    expect((await profileOf(talk))?.timerConsent).toBe('granted');
  });

  it('Connections.Response without a session: recorded and answered, never thrown', async () => {
    const talk = createConversation();
    await onboard(talk);
    const turn = await talk.send(talk.session.askForResponseOutOfSession('DENIED'));
    expect(turn.speech).toMatch(/count rests out loud/i);
    expect(turn.envelope.sessionAttributes).toBeUndefined();
    expect((await profileOf(talk))?.timerConsent).toBe('denied');
  });

  it('System.ExceptionEncountered (no session): an empty response', async () => {
    const talk = createConversation();
    await talk.launch();
    const envelope = talk.session.exceptionEncountered('INVALID_RESPONSE', 'Invalid SSML');
    expect(envelope.session).toBeUndefined();
    expectEmpty(await talk.send(envelope));
  });

  it('System.ExceptionEncountered for someone never seen: empty, nothing stored', async () => {
    const talk = createConversation();
    expectEmpty(await talk.send(talk.session.exceptionEncountered('DEVICE_COMMUNICATION_ERROR')));
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('AlexaSkillEvent.SkillEnabled (not subscribed, but harmless): an empty response', async () => {
    const talk = createConversation();
    expectEmpty(await talk.send(talk.session.skillEnabled()));
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('AlexaSkillEvent.SkillPermissionAccepted and Changed: empty, consent recorded', async () => {
    const talk = createConversation();
    await onboard(talk);
    expectEmpty(await talk.send(talk.session.permissionAccepted([timersPermissionScope])));
    expect((await profileOf(talk))?.timerConsent).toBe('granted');
    expectEmpty(await talk.send(talk.session.permissionChanged([])));
    expect((await profileOf(talk))?.timerConsent).toBe('denied');
  });

  it('AlexaSkillEvent.SkillPermissionAccepted with a person permission: empty, never thrown', async () => {
    const talk = createConversation({ personId: 'amzn1.ask.person.LOCALREQUESTTYPES' });
    expectEmpty(await talk.send(talk.session.permissionAccepted(['alexa::person_id:read'])));
  });

  it('AlexaSkillEvent.SkillDisabled: empty, and the data is gone', async () => {
    const talk = createConversation();
    await onboard(talk);
    expect(await storedItems(table, talk.session.userId)).not.toHaveLength(0);
    expectEmpty(await talk.send(talk.session.skillDisabled()));
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('Alexa.Presentation.APL.UserEvent with a token nothing knows: answered, nothing changes', async () => {
    const talk = createConversation({ screen: true });
    await onboard(talk);
    const before = JSON.stringify(await storedItems(table, talk.session.userId));
    const turn = await talk.send(talk.session.aplUserEvent('no-such-screen', ['tapped', 42]));
    // The catch-all: a touch no screen handler claims is told so, and the session closes.
    expect(turn.speech).toMatch(/can't do anything with that/i);
    expect(turn.endsSession).toBe(true);
    expect(JSON.stringify(await storedItems(table, talk.session.userId))).toBe(before);
  });

  it('CanFulfillIntentRequest is not declared, so Alexa never sends it', () => {
    const manifest = readSkillPackageJson('skill.json') as {
      manifest: { apis: { custom: { interfaces: { type: string }[] } } };
    };
    const interfaces = manifest.manifest.apis.custom.interfaces.map((entry) => entry.type);
    expect(interfaces).not.toContain('CAN_FULFILL_INTENT_REQUEST');
  });
});
