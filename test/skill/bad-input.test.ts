import { describe, expect, it } from 'vitest';
import { createAlexaSession, matched, unmatched } from '../../local/alexa-requests';
import { type Conversation, createConversation, skillHandler } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

async function inWorkingSet(locale = 'en-GB'): Promise<Conversation> {
  const talk = createConversation({ locale });
  await onboard(talk);
  await stateMax(talk, 'bench-press', locale === 'en-US' ? 225 : 100, locale === 'en-US' ? 'lb' : 'kg');
  await reachFirstWorkingSet(talk);
  return talk;
}

/** Everything stored for the lifter, to prove a bad turn changed nothing. */
async function snapshot(talk: Conversation) {
  return JSON.stringify(await storedItems(table, talk.session.userId));
}

describe('bad reps: a clear answer, nothing changes', () => {
  it.each([
    ['missing', {}, /didn't catch the number of reps/i],
    ['not a number', { reps: '?' }, /doesn't sound like a number of reps/i],
    ['a fraction', { reps: '7.5' }, /doesn't sound like a number of reps/i],
    ['zero', { reps: 0 }, /zero reps is not a set/i],
    ['negative', { reps: -3 }, /can't be negative/i],
    ['above fifty', { reps: 51 }, /fifty-one is more than I can log.*the most is fifty/i],
  ])('reps %s', async (_case, slots, answer) => {
    const talk = await inWorkingSet();
    const before = await snapshot(talk);
    const turn = await talk.say('LogSetIntent', slots as Record<string, string>);
    expect(turn.speech).toMatch(answer);
    expect(turn.speech).toMatch(/\?$/);
    expect(turn.reprompt).toMatch(/say how many reps you did/i);
    expect(await snapshot(talk)).toBe(before);
  });
});

describe('bad weights', () => {
  it('refuses a weight more than three times the known max', async () => {
    const talk = await inWorkingSet();
    const before = await snapshot(talk);
    const turn = await talk.say('LogSetIntent', { reps: 8, weight: 320, unit: matched('kilos', 'kg') });
    expect(turn.speech).toMatch(/three hundred and twenty kilos sounds too heavy for bench press/i);
    expect(await snapshot(talk)).toBe(before);
  });

  it('refuses a weight above 500 kg even without a known max', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await talk.say('StartWorkoutIntent');
    const before = await snapshot(talk);
    const turn = await talk.say('LogSetIntent', { reps: 8, weight: 600, unit: matched('kilos', 'kg') });
    expect(turn.speech).toMatch(/six hundred kilos sounds too heavy/i);
    expect(await snapshot(talk)).toBe(before);
  });

  it('converts kilos from a pounds lifter and says the converted weight', async () => {
    const talk = await inWorkingSet('en-US');
    const turn = await talk.say('LogSetIntent', { reps: 8, weight: 80, unit: matched('kilos', 'kg') });
    expect(turn.speech).toMatch(/that's one hundred and seventy-five pounds/i);
    expect(turn.speech).toMatch(/eight at one hundred and seventy-five pounds/i);
    const working = (await storedItems(table, talk.session.userId, 'LOG#')).find(
      (set) => set.kind === 'working',
    );
    expect(working?.load).toEqual({ value: 175, unit: 'lb' });
  });
});

describe('unknown lifts, missing workouts and intents out of context', () => {
  it('names lifts it knows when entity resolution found no match', async () => {
    const talk = await inWorkingSet();
    const before = await snapshot(talk);
    const turn = await talk.say('LogSetIntent', { reps: 8, exercise: unmatched('zumba') });
    expect(turn.speech).toMatch(
      /I don't know zumba yet\. I know lifts like bench press, squat, deadlift or overhead press/i,
    );
    expect(await snapshot(talk)).toBe(before);
  });

  it('offers a free set when no workout is active, and logs it on yes', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const offer = await talk.say('LogSetIntent', {
      reps: 8,
      weight: 60,
      unit: matched('kilos', 'kg'),
      exercise: matched('squats', 'squat'),
    });
    expect(offer.speech).toMatch(
      /don't have a workout going\. Should I log eight at sixty kilos of squat as a free set\?/i,
    );
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(0);
    const logged = await talk.say('AMAZON.YesIntent');
    expect(logged.speech).toMatch(/logged as a free set/i);
    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets).toMatchObject([
      { exerciseId: 'squat', reps: 8, load: { value: 60, unit: 'kg' }, target: null },
    ]);
  });

  it('asks which lift a free set was when none was said', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const turn = await talk.say('LogSetIntent', { reps: 8 });
    expect(turn.speech).toMatch(/which lift was that\?/i);
  });

  it.each([
    ['AMAZON.YesIntent', /not sure what you're saying yes or no to/i],
    ['AMAZON.NoIntent', /not sure what you're saying yes or no to/i],
    ['NextSetIntent', /don't have a workout going/i],
    ['SkipExerciseIntent', /don't have a workout going/i],
    ['RateSetIntent', /don't have a workout going/i],
    ['EndWorkoutIntent', /don't have a workout going/i],
    ['AdjustRestIntent', /don't have a workout going/i],
    ['AMAZON.RepeatIntent', /nothing to repeat/i],
    ['AMAZON.FallbackIntent', /didn't get that/i],
    ['SomeFutureIntent', /didn't get that/i],
  ])('%s out of context changes nothing', async (intent, answer) => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const before = await snapshot(talk);
    const fresh = createConversation({ locale: 'en-GB', userId: talk.session.userId });
    const turn = await fresh.say(intent);
    expect(turn.speech).toMatch(answer);
    expect(await snapshot(talk)).toBe(before);
  });

  it('answers an unexpected request type harmlessly', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    const touch = await talk.send(
      talk.session.rawRequest('Alexa.Presentation.APL.UserEvent', { token: 'workoutPlan', arguments: [] }),
    );
    expect(touch.speech).toMatch(/can't do anything with that/i);
    // Audio events may not carry speech at all: the answer is empty.
    const audio = await talk.send(
      talk.session.rawRequest('AudioPlayer.PlaybackStarted', { token: 'x', offsetInMilliseconds: 0 }),
    );
    expect(audio.envelope.response.outputSpeech).toBeUndefined();
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('rejects a request from another skill id', async () => {
    const handler = await skillHandler();
    const stranger = createAlexaSession({ skillId: 'amzn1.ask.skill.99999999-0000-0000-0000-000000000000' });
    await expect(handler(stranger.launch(), {})).rejects.toThrow(/skill id verification failed/i);
    expect(await storedItems(table, stranger.userId)).toHaveLength(0);
  });
});
