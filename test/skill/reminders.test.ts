import type { interfaces } from 'ask-sdk-model';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../lambda/store';
import { remindersPermissionScope } from '../../local/reminders-api';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation } from '../support/alexa';
import { onboard, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// The workout reminder through the Alexa Reminders API (the emulator): consent by voice, one
// recurring reminder on the training days in the device's time zone, moved and cancelled, failures
// spoken plainly, and gone with the lifter's data.

const table = useFreshTable();
let alexa: TimersEmulator;
let clock = new Date('2026-12-07T15:00:00Z');

beforeAll(async () => {
  alexa = await TimersEmulator.start();
});
afterAll(() => alexa.close());
beforeEach(() => {
  alexa.reminders.clear();
  alexa.reminders.timeZone = 'Europe/London';
  alexa.reminders.setPermissionGranted(true);
  alexa.calls.length = 0;
  clock = new Date('2026-12-07T10:00:00Z'); // Monday morning in London
});

const days = (...names: string[]) => ({ value: names.join(' and '), values: names });
const profileOf = async (talk: Conversation) =>
  (await storedItems(table, talk.session.userId, 'PROFILE'))[0] as Partial<Profile> | undefined;
const reminderCalls = () => alexa.calls.filter((call) => call.path.startsWith('/v1/alerts/reminders'));
const answerReminderConsent = (talk: Conversation, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED') =>
  talk.send(talk.session.askForResponse(status, remindersPermissionScope));

async function lifterWithDays(): Promise<Conversation> {
  const talk = createConversation({
    locale: 'en-GB',
    apiEndpoint: alexa.apiEndpoint,
    apiAccessToken: alexa.apiAccessToken,
    now: () => clock,
  });
  await onboard(talk, 'strength', 'intermediate');
  await talk.say('SetTrainingDaysIntent', { days: days('monday', 'wednesday', 'friday') });
  return talk;
}

describe('workout reminders: consent by voice', () => {
  it('asks with AskFor when the permission is missing, then sets the reminder once accepted', async () => {
    alexa.reminders.setPermissionGranted(false);
    const talk = await lifterWithDays();
    const asked = await talk.say('SetReminderIntent', { time: '18:00' });
    expect(asked.speech).toMatch(/I can remind you on your training days/);
    expect(
      asked.directive<interfaces.connections.SendRequestDirective>('Connections.SendRequest'),
    ).toMatchObject({
      name: 'AskFor',
      payload: { permissionScope: 'alexa::alerts:reminders:skill:readwrite' },
    });
    expect(alexa.reminders.list()).toEqual([]);
    expect((await profileOf(talk))?.reminder).toBeUndefined();

    alexa.reminders.setPermissionGranted(true);
    const accepted = await answerReminderConsent(talk, 'ACCEPTED');
    expect(accepted.speech).toMatch(
      /^Done: I'll remind you at six in the evening on Monday, Wednesday and Friday\./,
    );
    expect(accepted.speech).toMatch(/\?$/);
    const [reminder] = alexa.reminders.list();
    expect(alexa.reminders.list()).toHaveLength(1);
    expect(reminder?.request).toMatchObject({
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'Europe/London',
        recurrence: {
          recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'],
        },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: 'Time to train with Lift Coach.' }] } },
      pushNotification: { status: 'ENABLED' },
    });
    expect((await profileOf(talk))?.reminder).toEqual({
      alertToken: reminder?.alertToken,
      time: '18:00',
      timeZone: 'Europe/London',
    });
  });

  it.each(['DENIED', 'NOT_ANSWERED'] as const)(
    'says how to allow reminders after %s, and changes nothing',
    async (status) => {
      alexa.reminders.setPermissionGranted(false);
      const talk = await lifterWithDays();
      await talk.say('SetReminderIntent', { time: '18:00' });
      const before = await profileOf(talk);
      const answered = await answerReminderConsent(talk, status);
      expect(answered.speech).toMatch(/open the Alexa app, go to Skills, Lift Coach, Permissions/);
      expect(answered.speech).toMatch(/\?$/);
      expect(alexa.reminders.list()).toEqual([]);
      expect(await profileOf(talk)).toEqual(before);
    },
  );

  it('asks for the days first when there are none, then sets the reminder on the days heard', async () => {
    const talk = createConversation({
      locale: 'en-US',
      apiEndpoint: alexa.apiEndpoint,
      apiAccessToken: alexa.apiAccessToken,
      now: () => clock,
    });
    alexa.reminders.timeZone = 'America/Chicago';
    await onboard(talk, 'both', 'beginner');
    const first = await talk.say('SetReminderIntent', { time: '07:30' });
    expect(first.speech).toMatch(/First I need your training days.*Which days do you train\?$/);
    expect(alexa.reminders.list()).toEqual([]);
    const set = await talk.say('SetTrainingDaysIntent', { days: days('tuesday', 'thursday') });
    expect(set.speech).toMatch(
      /you train on Tuesday and Thursday\. Done: I'll remind you at seven thirty in the morning on Tuesday and Thursday\./,
    );
    const [reminder] = alexa.reminders.list();
    expect(reminder?.request.trigger.recurrence.recurrenceRules).toEqual([
      'FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=7;BYMINUTE=30;BYSECOND=0;INTERVAL=1;',
    ]);
    expect(reminder?.request.trigger.timeZoneId).toBe('America/Chicago');
    expect((await profileOf(talk))?.trainingDays).toEqual(['TU', 'TH']);
  });
});

describe('workout reminders: one reminder, moved and cancelled', () => {
  it('"move my reminder to seven" and a change of days update the one reminder, never a second', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    const token = alexa.reminders.list()[0]?.alertToken;

    const moved = await talk.say('MoveReminderIntent', { time: '19:00' });
    expect(moved.speech).toMatch(/I'll remind you at seven in the evening on Monday, Wednesday and Friday/);
    expect(alexa.reminders.list().map((reminder) => reminder.alertToken)).toEqual([token]);
    expect(alexa.reminders.get(token ?? '')?.request.trigger.recurrence.recurrenceRules[0]).toMatch(
      /BYHOUR=19;/,
    );

    const added = await talk.say('AddTrainingDayIntent', { days: days('saturday') });
    expect(added.speech).toMatch(/Your reminder follows them, at seven in the evening/);
    expect(alexa.reminders.list()).toHaveLength(1);
    expect(alexa.reminders.get(token ?? '')?.request.trigger.recurrence.recurrenceRules[0]).toMatch(
      /BYDAY=MO,WE,FR,SA;/,
    );
    expect(reminderCalls().map((call) => call.method)).toEqual(['POST', 'PUT', 'PUT']);
    expect((await profileOf(talk))?.reminder).toMatchObject({ alertToken: token, time: '19:00' });
  });

  it('a reminder deleted in the Alexa app is created again when moved', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    alexa.reminders.clear();
    await talk.say('MoveReminderIntent', { time: '19:00' });
    const [again] = alexa.reminders.list();
    expect(alexa.reminders.list()).toHaveLength(1);
    expect((await profileOf(talk))?.reminder?.alertToken).toBe(again?.alertToken);
  });

  it('"cancel my workout reminders" deletes it at Alexa and on the profile', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    const cancelled = await talk.say('CancelRemindersIntent');
    expect(cancelled.speech).toMatch(/^Done: no more workout reminders\./);
    expect(alexa.reminders.list()).toEqual([]);
    expect((await profileOf(talk))?.reminder).toBeNull();
    const again = await talk.say('CancelRemindersIntent');
    expect(again.speech).toMatch(/You don't have a workout reminder from me/);
  });

  it('asks for a time it can set when the time is missing or vague', async () => {
    const talk = await lifterWithDays();
    const vague = await talk.say('SetReminderIntent', { time: 'EV' });
    expect(vague.speech).toMatch(/What time should I remind you\?$/);
    expect(vague.reprompt).toMatch(/remind me to train at six pm/);
    expect(alexa.reminders.list()).toEqual([]);
  });

  it('rings at its local time on the emulator clock, saying what Alexa would', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    let now = new Date('2026-12-07T17:00:00Z');
    alexa.reminders.useClock(() => now);
    now = new Date('2026-12-07T17:59:00Z');
    expect(alexa.reminders.ringDue()).toEqual([]);
    now = new Date('2026-12-10T12:00:00Z'); // Thursday noon: Monday and Wednesday at six rang
    expect(alexa.reminders.ringDue().map((rang) => [rang.at.toISOString(), rang.text])).toEqual([
      ['2026-12-07T18:00:00.000Z', 'Time to train with Lift Coach.'],
      ['2026-12-09T18:00:00.000Z', 'Time to train with Lift Coach.'],
    ]);
    alexa.reminders.useClock(() => new Date());
  });
});

describe('workout reminders: failures at Alexa are spoken plainly and change nothing', () => {
  it.each([
    [500, /couldn't reach Alexa's reminders just now, so nothing changed/],
    [403, /Alexa didn't let me set that reminder, so nothing changed/],
  ])('a %s on create', async (status, said) => {
    const talk = await lifterWithDays();
    const before = await profileOf(talk);
    alexa.reminders.failNext(status);
    const failed = await talk.say('SetReminderIntent', { time: '18:00' });
    expect(failed.speech).toMatch(said);
    expect(failed.speech).toMatch(/\?$/);
    expect(alexa.reminders.list()).toEqual([]);
    expect(await profileOf(talk)).toEqual(before);
  });

  it('a 401 after the lifter accepted is not asked again', async () => {
    alexa.reminders.setPermissionGranted(false);
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    const answered = await answerReminderConsent(talk, 'ACCEPTED');
    expect(answered.directive('Connections.SendRequest')).toBeUndefined();
    expect(answered.speech).toMatch(/Alexa app/);
    expect((await profileOf(talk))?.reminder).toBeUndefined();
  });

  it('a 500 on the update keeps the old days and the old reminder', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    const before = await profileOf(talk);
    alexa.reminders.failNext(500);
    const failed = await talk.say('AddTrainingDayIntent', { days: days('saturday') });
    expect(failed.speech).toMatch(
      /couldn't update your reminder just now, so your training days are still Monday, Wednesday and Friday/,
    );
    expect(await profileOf(talk)).toEqual(before);
    expect(alexa.reminders.list()[0]?.request.trigger.recurrence.recurrenceRules[0]).toMatch(
      /BYDAY=MO,WE,FR;/,
    );
  });

  it('a 500 on cancel keeps the reminder and says so; a 401 forgets it and says where to delete it', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    alexa.reminders.failNext(500);
    const failed = await talk.say('CancelRemindersIntent');
    expect(failed.speech).toMatch(/your reminder is still on/);
    expect((await profileOf(talk))?.reminder).toBeTruthy();
    alexa.reminders.failNext(401);
    const revoked = await talk.say('CancelRemindersIntent');
    expect(revoked.speech).toMatch(/delete it in the Alexa app/);
    expect((await profileOf(talk))?.reminder).toBeNull();
  });
});

describe('workout reminders go with the lifter', () => {
  it('"delete my data" deletes the reminder too', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    await talk.say('DeleteDataIntent');
    const deleted = await talk.say('AMAZON.YesIntent');
    expect(deleted.speech).toMatch(/deleted/i);
    expect(alexa.reminders.list()).toEqual([]);
    expect(await storedItems(table, talk.session.userId, 'PROFILE')).toEqual([]);
  });

  it('disabling the skill deletes the reminder while Alexa still allows it, and the data either way', async () => {
    const talk = await lifterWithDays();
    await talk.say('SetReminderIntent', { time: '18:00' });
    await talk.send(talk.session.skillDisabled());
    expect(alexa.reminders.list()).toEqual([]);
    expect(await storedItems(table, talk.session.userId, 'PROFILE')).toEqual([]);

    const other = await lifterWithDays();
    await other.say('SetReminderIntent', { time: '18:00' });
    alexa.reminders.failNext(401);
    await other.send(other.session.skillDisabled());
    expect(await storedItems(table, other.session.userId, 'PROFILE')).toEqual([]);
  });
});
