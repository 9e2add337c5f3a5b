import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

/** Bench press is the first lift of an intermediate's first (upper-body, muscle-size) day. */
async function benchLifter(locale = 'en-GB') {
  const talk = createConversation({ locale });
  await onboard(talk, 'hypertrophy', 'intermediate');
  await stateMax(talk, 'bench-press', 100);
  return talk;
}

describe('flow 3: a lift without a known max', () => {
  it('asks for a max or a calibration set and never invents a load', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const start = await talk.say('StartWorkoutIntent');
    expect(start.speech).toMatch(/don't know your bench press max/i);
    expect(start.speech).toMatch(/work up to a weight you can lift for about eight good reps/i);
    expect(start.speech).not.toMatch(/kilos\./);
    const howMuch = await talk.say('HowMuchWeightIntent');
    expect(howMuch.speech).toMatch(/don't know your bench press max/i);

    const noWeight = await talk.say('LogSetIntent', { reps: 8 });
    expect(noWeight.speech).toMatch(/I need the weight too/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(0);

    const calibrated = await talk.say('LogSetIntent', { reps: 8, weight: 80, unit: matched('kilos', 'kg') });
    expect(calibrated.speech).toMatch(/eight at eighty kilos/i);
    expect(calibrated.speech).toMatch(/your bench press max is about/i);
    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({
      exerciseId: 'bench-press',
      reps: 8,
      load: { value: 80, unit: 'kg' },
      target: null,
    });
    const [profile] = await storedItems(table, talk.session.userId, 'PROFILE');
    expect(profile?.statedMaxes).toMatchObject({
      'bench-press': { weight: { value: 80, unit: 'kg' }, reps: 8 },
    });
  });

  it('takes a stated max mid-workout and prescribes the lift at once', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await talk.say('StartWorkoutIntent');
    const max = await stateMax(talk, 'bench-press', 100);
    expect(max.speech).toMatch(/your bench press max is a hundred kilos/i);
    expect(max.speech).toMatch(/warm-up for bench press: ten reps with the empty bar/i);
  });
});

describe('flow 4: warm-ups, then working sets', () => {
  it('logs each set once, moves the cursor and lets the rules adjust the next set', async () => {
    const talk = await benchLifter();
    const start = await talk.say('StartWorkoutIntent');
    expect(start.speech).toMatch(/warm-up for bench press: ten reps with the empty bar/i);
    const warmups = [10, 5, 3, 2];
    let last = start;
    for (const reps of warmups) last = await talk.say('LogSetIntent', { reps });
    expect(last.speech).toMatch(/bench press, set one of three: eight reps at seventy-five kilos/i);

    const missed = await talk.say('LogFailedSetIntent', { reps: 5 });
    expect(missed.speech).toMatch(/five at seventy-five kilos/i);
    // NSCA chart: 8 reps ↔ 80%, 5 ↔ 87%, so 75 kg × 80/87 = 69, up to the bar's 70 kg.
    expect(missed.speech).toMatch(/lowered the next set to seventy kilos/i);

    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets).toHaveLength(5);
    expect(sets.filter((set) => set.kind === 'warmup')).toHaveLength(4);
    const working = sets.find((set) => set.kind === 'working');
    expect(working).toMatchObject({
      reps: 5,
      failed: true,
      target: { reps: 8, load: { value: 75, unit: 'kg' } },
    });
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.cursor).toMatchObject({ exerciseIndex: 0, setIndex: 5 });
    expect(workout?.currentTarget).toMatchObject({ reps: 8, load: { value: 70, unit: 'kg' } });
  });

  it('lets the rules lower the next set when the lifter says the last one went to failure', async () => {
    const talk = await benchLifter();
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 7 });
    expect((await storedWorkout(table, talk.session.userId))?.currentTarget).toMatchObject({
      load: { value: 75, unit: 'kg' },
    });
    const rated = await talk.say('RateSetIntent', { effort: matched('to failure', 'failure') });
    expect(rated.speech).toMatch(/to failure, noted/i);
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.currentTarget).toMatchObject({ reps: 8, load: { value: 72.5, unit: 'kg' } });
    expect(workout?.setsLogged.at(-1)?.effort).toBe('failure');
  });

  it('logs a one-shot "tell lift coach I did eight" after the session closed', async () => {
    const talk = await benchLifter();
    await talk.say('StartWorkoutIntent');
    await talk.say('AMAZON.StopIntent');
    expect(talk.session.ended).toBe(true);
    const oneShot = await talk.say('LogSetIntent', { reps: 10 });
    expect(talk.turns.at(-1)?.envelope).toBeDefined();
    expect(oneShot.speech).toMatch(/ten at twenty kilos/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(1);
  });

  it('stores a set once when Alexa retries the same request', async () => {
    const talk = await benchLifter();
    await talk.say('StartWorkoutIntent');
    const request = talk.session.intent('LogSetIntent', { reps: 10 });
    const first = await talk.send(request);
    const retry = await talk.send(request);
    expect(first.speech).toMatch(/ten at twenty kilos/i);
    expect(retry.speech).not.toMatch(/couldn't save/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(1);
  });
});

describe('flows 6 and 7: ending, stopping and session events', () => {
  it('ends with a summary (sets, volume), what comes next and when, and closes the session', async () => {
    const talk = await benchLifter();
    await talk.say('StartWorkoutIntent');
    await talk.say('SkipExerciseIntent');
    await talk.say('LogSetIntent', { reps: 8, weight: 60, unit: matched('kilos', 'kg') });
    const asked = await talk.say('EndWorkoutIntent');
    expect(asked.speech).toMatch(/you still have sets left\. do you want to end the workout now\?/i);
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(/workout done: one set and four hundred and eighty kilos lifted/i);
    // An intermediate may train two days in a row (rules recoveryDaysFor): tomorrow.
    expect(end.speech).toMatch(/next time: a (strength|muscle-size) day, tomorrow/i);
    expect(end.endsSession).toBe(true);
    expect(await storedItems(table, talk.session.userId, 'WORKOUT#ACTIVE')).toHaveLength(0);
  });

  it('keeps the workout on Stop, Cancel and a closed session, and resumes where it stopped', async () => {
    const talk = await benchLifter();
    await talk.say('StartWorkoutIntent');
    await talk.say('LogSetIntent', { reps: 10 });
    for (const intent of ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.PauseIntent']) {
      await talk.launch();
      const stop = await talk.say(intent);
      expect(stop.endsSession).toBe(true);
      expect(stop.speech).toMatch(/saved|will be here/i);
    }
    await talk.launch();
    const ended = await talk.endSession('EXCEEDED_MAX_REPROMPTS');
    expect(ended.envelope.response.outputSpeech).toBeUndefined();
    const back = await talk.launch();
    expect(back.speech).toMatch(/you were on bench press/i);
    expect(back.speech).toMatch(/warm-up for bench press: five reps with thirty kilos/i);
    expect(await storedItems(table, talk.session.userId, 'WORKOUT#ACTIVE')).toHaveLength(1);
  });

  it('deletes everything when the skill is disabled', async () => {
    const talk = await benchLifter();
    await talk.say('StartWorkoutIntent');
    await talk.say('LogSetIntent', { reps: 10 });
    expect((await storedItems(table, talk.session.userId)).length).toBeGreaterThan(0);
    await talk.send(talk.session.skillDisabled());
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('deletes on request only after a yes', async () => {
    const talk = await benchLifter();
    const ask = await talk.say('DeleteDataIntent');
    expect(ask.speech).toMatch(/cannot be undone\. are you sure\?$/i);
    await talk.say('AMAZON.NoIntent');
    expect((await storedItems(table, talk.session.userId, 'PROFILE')).length).toBe(1);
    await talk.say('DeleteDataIntent');
    const repeated = await talk.say('AMAZON.RepeatIntent');
    expect(repeated.speech).toMatch(/are you sure\?$/i);
    const done = await talk.say('AMAZON.YesIntent');
    expect(done.speech).toMatch(/deleted/i);
    expect(await storedItems(table, talk.session.userId)).toHaveLength(0);
  });

  it('keys data by the recognised person, so two people in one home get two plans', async () => {
    const userId = 'amzn1.ask.account.SHAREDHOME';
    const alex = createConversation({ locale: 'en-GB', userId, personId: 'amzn1.ask.person.ALEX' });
    await onboard(alex, 'strength', 'beginner');
    const sam = createConversation({ locale: 'en-GB', userId, personId: 'amzn1.ask.person.SAM' });
    const welcome = await sam.launch();
    expect(welcome.speech).toMatch(/welcome to lift coach/i);
    expect(await storedItems(table, 'amzn1.ask.person.ALEX', 'PROFILE')).toHaveLength(1);
    expect(await storedItems(table, userId, 'PROFILE')).toHaveLength(0);
  });

  it('deletes every recognised person of the account when the skill is disabled', async () => {
    const userId = 'amzn1.ask.account.DISABLINGHOME';
    for (const person of ['amzn1.ask.person.ONE', 'amzn1.ask.person.TWO']) {
      const talk = createConversation({ locale: 'en-GB', userId, personId: person });
      await onboard(talk);
      expect(await storedItems(table, person, 'PROFILE')).toHaveLength(1);
    }
    // Alexa names only the account in this event.
    const account = createConversation({ locale: 'en-GB', userId });
    await account.send(account.session.skillDisabled());
    for (const key of [userId, 'amzn1.ask.person.ONE', 'amzn1.ask.person.TWO']) {
      expect(await storedItems(table, key), key).toHaveLength(0);
    }
  });
});
