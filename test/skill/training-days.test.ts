import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { weekdays } from '../../lambda/rules';
import { matched } from '../../local/alexa-requests';
import { TimersEmulator } from '../../local/timers-emulator';
import { type Conversation, createConversation } from '../support/alexa';
import { logReps, onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// Training days by voice, and "when is my next workout?" answered from them across a week. The
// clock is the request timestamp: each turn is stamped with `clock`, moved day by day.

const table = useFreshTable();
let alexa: TimersEmulator;
let clock = new Date('2026-12-07T15:00:00Z');

beforeAll(async () => {
  alexa = await TimersEmulator.start({ reminders: { timeZone: 'America/New_York' } });
});
afterAll(() => alexa.close());
beforeEach(() => {
  alexa.reminders.clear();
  alexa.reminders.timeZone = 'America/New_York';
  // Monday 7 December 2026, ten in the morning in New York.
  clock = new Date('2026-12-07T15:00:00Z');
});

async function lifter(level: 'beginner' | 'intermediate' = 'intermediate'): Promise<Conversation> {
  const talk = createConversation({
    locale: 'en-US',
    apiEndpoint: alexa.apiEndpoint,
    apiAccessToken: alexa.apiAccessToken,
    now: () => clock,
  });
  await onboard(talk, 'strength', level);
  return talk;
}

const profileOf = async (talk: Conversation) => (await storedItems(table, talk.session.userId, 'PROFILE'))[0];
const days = (...names: string[]) => ({ value: names.join(' and '), values: names });
const at = (iso: string) => {
  clock = new Date(iso);
};

describe('training days by voice', () => {
  it('are offered once, as set-up finishes, and the offer can be let pass', async () => {
    const talk = createConversation({ locale: 'en-US', now: () => clock });
    const ready = await onboard(talk, 'strength', 'beginner');
    expect(ready.speech).toMatch(
      /If you train on set days, tell me, like 'I train on Monday, Wednesday and Friday'\. Shall I tell you today.s workout\?$/,
    );
    const again = await talk.say('SetLevelIntent', { level: matched('advanced', 'advanced') });
    expect(again.speech).not.toMatch(/set days/);
    expect((await profileOf(talk))?.trainingDays).toBeUndefined();
  });

  it('"I train on Monday, Wednesday and Friday" stores the days and names the next workout', async () => {
    const talk = await lifter();
    const set = await talk.say('SetTrainingDaysIntent', { days: days('monday', 'wednesday', 'friday') });
    expect(set.speech).toMatch(/^Got it: you train on Monday, Wednesday and Friday\./);
    expect(set.speech).toMatch(/Your next workout is today: a strength upper-body day\./);
    expect(set.speech).toMatch(/\?$/);
    const profile = await profileOf(talk);
    expect(profile?.trainingDays).toEqual(['MO', 'WE', 'FR']);
    expect(profile?.timeZone).toBe('America/New_York');
    const plan = await talk.say('TodaysWorkoutIntent');
    expect(plan.speech).toMatch(/^Today is a strength upper-body day/);
  });

  it('answers "when is my next workout?" from the days across a simulated week, in local time', async () => {
    const talk = await lifter();
    await talk.say('SetTrainingDaysIntent', { days: days('monday', 'wednesday', 'friday') });
    const asked: [string, RegExp][] = [
      ['2026-12-07T23:00:00Z', /next workout is today/], // Monday 6 pm
      ['2026-12-08T15:00:00Z', /next workout is tomorrow: a strength upper-body day/], // Tuesday
      ['2026-12-09T15:00:00Z', /next workout is today/], // Wednesday
      ['2026-12-10T15:00:00Z', /next workout is tomorrow/], // Thursday
      ['2026-12-12T15:00:00Z', /next workout is Monday: a strength upper-body day/], // Saturday
      // Sunday 11:30 pm in New York is already Monday in UTC: still "tomorrow" for the lifter.
      ['2026-12-14T04:30:00Z', /next workout is tomorrow/],
    ];
    for (const [when, expected] of asked) {
      at(when);
      const next = await talk.say('NextWorkoutIntent');
      expect(next.speech, when).toMatch(expected);
    }
  });

  it('"three days a week" spreads the days; "add Saturday" adds one; a day can be dropped', async () => {
    const talk = await lifter();
    const three = await talk.say('TrainingDaysPerWeekIntent', { count: 3 });
    expect(three.speech).toMatch(/^Got it: Monday, Wednesday and Friday\./);
    expect(three.speech).toMatch(/say something like 'I train on Monday and Thursday'/);
    expect((await profileOf(talk))?.trainingDays).toEqual(['MO', 'WE', 'FR']);

    const added = await talk.say('AddTrainingDayIntent', { days: days('saturday') });
    expect(added.speech).toMatch(/^Added: you now train on Monday, Wednesday, Friday and Saturday\./);
    expect((await profileOf(talk))?.trainingDays).toEqual(['MO', 'WE', 'FR', 'SA']);

    const dropped = await talk.say('RemoveTrainingDayIntent', { days: days('wednesday') });
    expect(dropped.speech).toMatch(/^Done: you now train on Monday, Friday and Saturday\./);
    expect((await profileOf(talk))?.trainingDays).toEqual(['MO', 'FR', 'SA']);
  });

  it('hears a list said over single slots too (en-IN has no multiple values)', async () => {
    const talk = await lifter();
    const set = await talk.say('SetTrainingDaysIntent', {
      days: 'tuesday',
      dayTwo: 'thursday',
      dayThree: 'saturday',
    });
    expect(set.speech).toMatch(/you train on Tuesday, Thursday and Saturday/);
    expect((await profileOf(talk))?.trainingDays).toEqual(['TU', 'TH', 'SA']);
  });

  it('"I can\'t train tomorrow" calls the day off and the next training day takes the session', async () => {
    const talk = await lifter();
    await talk.say('SetTrainingDaysIntent', { days: days('monday', 'wednesday', 'friday') });
    at('2026-12-08T15:00:00Z'); // Tuesday
    const off = await talk.say('CantTrainIntent', { date: '2026-12-09' });
    expect(off.speech).toMatch(
      /^Okay, no workout tomorrow\. Your next workout is Friday: a strength upper-body day\./,
    );
    expect((await profileOf(talk))?.skippedDates).toEqual(['2026-12-09']);
    at('2026-12-09T15:00:00Z'); // Wednesday: called off
    expect((await talk.say('NextWorkoutIntent')).speech).toMatch(/next workout is Friday/);

    const notPlanned = await talk.say('CantTrainIntent', { date: '2026-12-10' });
    expect(notPlanned.speech).toMatch(/^That's not one of your training days anyway\./);
    const word = await talk.say('CantTrainIntent', { date: 'tomorrow' });
    expect(word.speech).toMatch(/not one of your training days/);
    expect((await profileOf(talk))?.skippedDates).toEqual(['2026-12-09']);
  });

  it('a lifter who trains on an unplanned day still gets a session, and the next one moves on', async () => {
    const talk = await lifter();
    // Today (real time) is not a training day: the two days after it are.
    const today = (new Date().getUTCDay() + 6) % 7;
    const later = [weekdays[(today + 2) % 7], weekdays[(today + 4) % 7]] as string[];
    const names = later.map(
      (day) =>
        ({
          MO: 'monday',
          TU: 'tuesday',
          WE: 'wednesday',
          TH: 'thursday',
          FR: 'friday',
          SA: 'saturday',
          SU: 'sunday',
        })[day] as string,
    );
    clock = new Date();
    const realClock = createConversation({
      locale: 'en-US',
      userId: talk.session.userId,
      apiEndpoint: alexa.apiEndpoint,
      apiAccessToken: alexa.apiAccessToken,
    });
    alexa.reminders.timeZone = 'UTC';
    await realClock.say('SetTrainingDaysIntent', { days: days(...names) });
    await stateMax(realClock, 'bench-press', 100);
    const plan = await realClock.say('TodaysWorkoutIntent');
    expect(plan.speech).toMatch(
      /^It's not one of your training days, but a session still fits\. Today is a strength/,
    );
    await reachFirstWorkingSet(realClock);
    await logReps(realClock, 5);
    await realClock.say('EndWorkoutIntent');
    const ended = await realClock.say('AMAZON.YesIntent');
    const dayName = names[0]?.replace(/^./, (letter) => letter.toUpperCase());
    expect(ended.speech).toMatch(new RegExp(`Next time: ${dayName}, a strength (lower|upper)-body day\\.`));
  });
});

describe('training days: bad input changes nothing', () => {
  it('refuses seven days, a count no week holds, and no days at all, with what to say', async () => {
    const talk = await lifter();
    const seven = await talk.say('SetTrainingDaysIntent', {
      days: days('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'),
    });
    expect(seven.speech).toMatch(/no time to recover, so pick six days at most\. Which days do you train\?$/);
    const zero = await talk.say('TrainingDaysPerWeekIntent', { count: 0 });
    expect(zero.speech).toMatch(/one to six days a week/);
    expect(zero.reprompt).toMatch(/three days a week/);
    const none = await talk.say('SetTrainingDaysIntent', { days: undefined });
    expect(none.speech).toMatch(/Which days do you train\?/);
    expect((await profileOf(talk))?.trainingDays).toBeUndefined();
  });

  it('will not call off a day behind us or beyond two weeks, nor one without training days', async () => {
    const talk = await lifter();
    const noDays = await talk.say('CantTrainIntent', { date: '2026-12-08' });
    expect(noDays.speech).toMatch(/until you tell me your training days/);
    await talk.say('SetTrainingDaysIntent', { days: days('monday', 'wednesday', 'friday') });
    expect((await talk.say('CantTrainIntent', { date: '2026-12-04' })).speech).toMatch(/already behind us/);
    expect((await talk.say('CantTrainIntent', { date: '2026-12-30' })).speech).toMatch(/next two weeks/);
    expect((await talk.say('CantTrainIntent', { date: 'someday' })).speech).toMatch(
      /Which day can't you train\?/,
    );
    expect((await profileOf(talk))?.skippedDates).toEqual([]);
  });

  it('keeps the recovery answer when no days are set', async () => {
    const talk = await lifter();
    expect((await talk.say('NextWorkoutIntent')).speech).toMatch(
      /Your next workout is a strength day, today/,
    );
  });
});
