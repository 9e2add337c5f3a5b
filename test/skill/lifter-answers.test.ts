import { describe, expect, it } from 'vitest';
import { convert, nextSet, roundToLoadable } from '../../lambda/rules';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// What a lifter says back to the coach's questions: a bare weight, a load far off the plan, a unit
// switch mid-workout, words the model could not place during set-up.

const table = useFreshTable();
const kilos = matched('kilos', 'kg');
const pounds = matched('pounds', 'lb');

type Weight = { value: number; unit: 'kg' | 'lb' };
type Target = { reps: number; load: Weight | null; exerciseId: string };

async function workoutOf(userId: string) {
  const workout = await storedWorkout(table, userId);
  return workout as { currentTarget: Target; plan: { exercises: unknown[] } } | undefined;
}

/** A pounds lifter (en-US) at the first working set of bench press. */
async function poundsLifter() {
  const talk = createConversation({ locale: 'en-US' });
  await onboard(talk, 'hypertrophy', 'intermediate');
  await stateMax(talk, 'bench-press', 225, 'lb');
  await reachFirstWorkingSet(talk);
  const target = (await workoutOf(talk.session.userId))?.currentTarget;
  if (!target?.load) throw new Error('no working load planned');
  return { talk, target: target as Target & { load: Weight } };
}

describe('a bare weight answers "What weight did you use?"', () => {
  it('completes a calibration set with the reps said the turn before', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk);
    await talk.say('StartWorkoutIntent');
    const asked = await talk.say('LogSetIntent', { reps: 8 });
    expect(asked.speech).toMatch(/what weight did you use\?$/i);
    const logged = await talk.say('LogSetIntent', { weight: 135, unit: pounds });
    expect(logged.speech).toMatch(/eight at one hundred and thirty-five pounds/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toMatchObject([
      { exerciseId: 'bench-press', reps: 8, load: { value: 135, unit: 'lb' } },
    ]);
  });

  it('hears "a hundred and two point five kilos" as one hundred and two and a half', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await talk.say('StartWorkoutIntent');
    await talk.say('LogSetIntent', { reps: 8 });
    const logged = await talk.say('LogSetIntent', { weight: 102, weightDecimal: 5, unit: kilos });
    expect(logged.speech).toMatch(/eight at one hundred and two and a half kilos/i);
  });

  it('asks for the reps when a weight comes with nothing asked', async () => {
    const { talk } = await poundsLifter();
    const warmUps = await storedItems(table, talk.session.userId, 'LOG#');
    const turn = await talk.say('LogSetIntent', { weight: 135, unit: pounds });
    expect(turn.speech).toMatch(/didn't catch the number of reps/i);
    expect(warmUps.length).toBeGreaterThan(0);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(warmUps.length);
  });
});

describe('a load far from the plan is read back before it is logged', () => {
  it('"twenty kilos" on a pounds plan: no, then the real weight; the plan keeps its load', async () => {
    const { talk, target } = await poundsLifter();
    const setsBefore = (await storedItems(table, talk.session.userId, 'LOG#')).length;
    const check = await talk.say('LogSetIntent', { reps: 10, weight: 20, unit: kilos });
    expect(check.speech).toMatch(
      /^twenty kilos is forty-five pounds, much lighter than the .+ pounds planned\. did you lift forty-five pounds\?$/i,
    );
    expect(check.endsSession).toBe(false);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(setsBefore);
    expect((await workoutOf(talk.session.userId))?.currentTarget).toEqual(target);

    const again = await talk.say('AMAZON.NoIntent');
    expect(again.speech).toMatch(/what weight did you use\?$/i);
    expect(again.reprompt).toMatch(/pounds/);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(setsBefore);

    const logged = await talk.say('LogSetIntent', { weight: target.load.value, unit: pounds });
    expect(logged.speech).toMatch(/^(nice\. )?ten at .+ pounds/i);
    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets).toHaveLength(setsBefore + 1);
    expect(sets.at(-1)).toMatchObject({ reps: 10, load: target.load, kind: 'working' });
    expect((await workoutOf(talk.session.userId))?.currentTarget.load).toEqual(target.load);
  });

  it('yes logs the load as said, and the next set is what the rules make of it', async () => {
    const { talk, target } = await poundsLifter();
    await talk.say('LogSetIntent', { reps: 10, weight: 20, unit: kilos });
    const logged = await talk.say('AMAZON.YesIntent');
    expect(logged.speech).toMatch(/ten at forty-five pounds/i);
    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets.at(-1)).toMatchObject({
      reps: 10,
      load: { value: 45, unit: 'lb' },
      target: { load: target.load },
    });
    const advice = nextSet({
      exerciseId: 'bench-press',
      planned: { targetReps: target.reps, load: target.load },
      logged: { reps: 10, load: { value: 45, unit: 'lb' }, failed: false, effort: null },
    });
    if (!advice.ok) throw new Error(advice.error.message);
    expect((await workoutOf(talk.session.userId))?.currentTarget.load).toEqual(advice.value.load);
  });

  it("a load within the plan's range is logged at once", async () => {
    const { talk, target } = await poundsLifter();
    const near = { value: target.load.value - 10, unit: 'lb' as const };
    const logged = await talk.say('LogSetIntent', { reps: 8, weight: near.value, unit: pounds });
    expect(logged.speech).not.toMatch(/did you lift/i);
    expect((await storedItems(table, talk.session.userId, 'LOG#')).at(-1)).toMatchObject({ load: near });
  });
});

describe("examples in the lifter's unit", () => {
  it('a pounds lifter hears pounds in the calibration hint and its reprompt', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk);
    const start = await talk.say('StartWorkoutIntent');
    expect(start.speech).toMatch(/like 'I did one hundred and thirty-five pounds for eight'/i);
    expect(start.speech).not.toMatch(/kilos/);
    expect(start.reprompt).toMatch(/pounds/);
    expect(start.reprompt).not.toMatch(/kilos/);
  });

  it('switching to pounds switches the examples in the same turn', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await talk.say('StartWorkoutIntent');
    const switched = await talk.say('SetUnitsIntent', { unit: pounds });
    expect(switched.speech).toMatch(/count in pounds/i);
    expect(switched.speech).not.toMatch(/kilos/);
  });
});

describe('switching units mid-workout', () => {
  it('converts every load still to come, rounded to what can be loaded, in the same write', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    await reachFirstWorkingSet(talk);
    const before = await workoutOf(talk.session.userId);
    const kiloLoad = before?.currentTarget.load as Weight;
    const expected = roundToLoadable(convert(kiloLoad, 'lb'), 'barbell');
    if (!expected.ok) throw new Error(expected.error.message);

    const switched = await talk.say('SetUnitsIntent', { unit: pounds });
    expect(switched.speech).toMatch(/set one of three: .+ pounds\./i);
    const after = await workoutOf(talk.session.userId);
    expect(after?.currentTarget.load).toEqual(expected.value);
    expect(JSON.stringify(after?.plan)).not.toMatch(/"unit":"kg"/);
    const [profile] = await storedItems(table, talk.session.userId, 'PROFILE');
    expect(profile?.unit).toBe('lb');

    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.speech).toMatch(/eight at .+ pounds/i);
    expect(logged.speech).not.toMatch(/did you lift/i);
  });
});

describe('during set-up, every open microphone ends with the set-up question', () => {
  it('asks the open question again after unplaced words and out-of-context requests', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await talk.launch();
    const lost = await talk.say('AMAZON.FallbackIntent');
    expect(lost.speech).toMatch(/didn't get that/i);
    expect(lost.speech).toMatch(/what's your goal: bigger muscles, more strength, or both\?$/i);

    await talk.say('SetGoalIntent', { goal: matched('strength', 'strength') });
    const askLevel = /how experienced are you: beginner, intermediate or advanced\?$/i;
    for (const [intent, slots] of [
      ['AMAZON.FallbackIntent', {}],
      ['LogSetIntent', { reps: '?' }],
      ['LogSetIntent', { reps: 8 }],
      ['NutritionIntent', {}],
      ['MyBestIntent', { exercise: matched('squat', 'squat') }],
      ['RateSetIntent', { effort: matched('easy', 'easy') }],
      ['NextSetIntent', {}],
      ['AMAZON.HelpIntent', {}],
      ['AMAZON.YesIntent', {}],
    ] as const) {
      const turn = await talk.say(intent, slots);
      expect(turn.speech, intent).toMatch(askLevel);
      expect(turn.endsSession, intent).toBe(false);
      expect(turn.reprompt, intent).toMatch(/beginner/i);
    }
    const level = await talk.say('SetLevelIntent', { level: matched('beginner', 'beginner') });
    expect(level.speech).toMatch(/got it, beginner/i);
  });
});

describe('where the read-back starts', () => {
  it.each([
    [0.65, true],
    [0.75, false],
    [1.25, false],
    [1.35, true],
  ])('a working set at %s of the planned load is read back: %s', async (factor, readBack) => {
    const { talk, target } = await poundsLifter();
    const said = Math.round((target.load.value * factor) / 5) * 5;
    const turn = await talk.say('LogSetIntent', { reps: 8, weight: said, unit: pounds });
    expect(turn.speech.includes('Did you lift'), turn.speech).toBe(readBack);
  });
});
