import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInteractionModel, loadInteractionModelFile } from '../../local/interaction-model';
import { parseSpokenDuration } from '../../local/spoken-durations';
import { parseSpokenNumber } from '../../local/spoken-numbers';
import { createUtteranceResolver, type Resolution } from '../../local/utterance-resolver';
import { tokenize } from '../../local/utterance-text';

const fixture = fileURLToPath(new URL('./fixtures/interaction-model.en-US.json', import.meta.url));
const resolver = createUtteranceResolver(loadInteractionModelFile(fixture));

function intentOf(text: string) {
  const resolution = resolver.resolve(text);
  if (resolution.kind !== 'intent') throw new Error(`expected an intent for "${text}", got a launch`);
  return resolution;
}

describe('spoken numbers (AMAZON.NUMBER)', () => {
  it.each([
    ['eight', 8],
    ['8', 8],
    ['twenty five', 25],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['one hundred and two', 102],
    ['one hundred two', 102],
    ['two twenty five', 225],
    ['one eighty five', 185],
    ['one oh five', 105],
    ['twelve hundred', 1200],
    ['two thousand and five', 2005],
    ['one hundred and two point five', 102.5],
    ['sixty two point two five', 62.25],
    ['sixty and a half', 60.5],
    ['102.5', 102.5],
    ['zero', 0],
  ])('"%s" is %d', (text, value) => {
    expect(parseSpokenNumber(tokenize(text))).toBe(value);
  });

  it.each(['banana', 'eight reps', 'one two', 'twenty twenty twenty', 'hundred', 'point five', 'and a half'])(
    '"%s" is not a number',
    (text) => {
      expect(parseSpokenNumber(tokenize(text))).toBeUndefined();
    },
  );
});

describe('spoken durations (AMAZON.DURATION)', () => {
  it.each([
    ['two minutes', 'PT2M'],
    ['thirty seconds', 'PT30S'],
    ['ninety seconds', 'PT90S'],
    ['a minute and a half', 'PT1M30S'],
    ['one and a half minutes', 'PT1M30S'],
    ['two minutes and thirty seconds', 'PT2M30S'],
    ['two minutes thirty seconds', 'PT2M30S'],
    ['half a minute', 'PT30S'],
    ['an hour', 'PT1H'],
    ['3 mins', 'PT3M'],
  ])('"%s" is %s', (text, iso) => {
    expect(parseSpokenDuration(tokenize(text))).toBe(iso);
  });

  it.each(['minutes', 'two', 'two bananas', 'zero seconds'])('"%s" is not a duration', (text) => {
    expect(parseSpokenDuration(tokenize(text))).toBeUndefined();
  });
});

describe('the utterance resolver over an interaction model', () => {
  it('fills number slots from words and digits and sends every slot of the intent', () => {
    expect(intentOf('I did eight')).toMatchObject({
      intent: 'LogSetIntent',
      slots: { reps: '8', weight: undefined, unit: undefined, exercise: undefined },
      understood: true,
      oneShot: false,
    });
    expect(Object.keys(intentOf('8 reps').slots).sort()).toEqual(['exercise', 'reps', 'unit', 'weight']);
    expect(intentOf('got six at two twenty five pounds').slots).toMatchObject({
      reps: '6',
      weight: '225',
      unit: { value: 'pounds', id: 'lb', type: 'UnitType' },
    });
  });

  it('prefers the sample with a weightDecimal slot for "point five", else a decimal number', () => {
    expect(intentOf('my bench max is one hundred and two point five kilos').slots).toMatchObject({
      exercise: { value: 'bench', id: 'bench-press', name: 'bench press' },
      weight: '102',
      weightDecimal: '5',
      unit: { id: 'kg' },
    });
    expect(intentOf('my deadlift max is one hundred and two point five').slots).toMatchObject({
      weight: '102.5',
      weightDecimal: undefined,
    });
  });

  it('resolves synonyms to ids (ER_SUCCESS_MATCH), forgiving a plural', () => {
    expect(intentOf('I want to get stronger')).toMatchObject({
      intent: 'SetGoalIntent',
      slots: { goal: { value: 'get stronger', id: 'strength' } },
    });
    expect(intentOf('kilos').slots.unit).toMatchObject({ id: 'kg', name: 'kilograms' });
    expect(intentOf('I can squats two twenty five for five').slots).toMatchObject({
      exercise: { id: 'back-squat' },
      weight: '225',
      reps: '5',
    });
  });

  it('keeps an unknown value with ER_SUCCESS_NO_MATCH when the carrier phrase is clear', () => {
    const resolution = intentOf('my banana max is one hundred kilos');
    expect(resolution).toMatchObject({ intent: 'SetMaxIntent', understood: false });
    expect(resolution.slots.exercise).toEqual({ value: 'banana', match: false, type: 'ExerciseType' });
  });

  it('sends "?" for a number it heard but could not understand, as Alexa does', () => {
    expect(intentOf('I did banana')).toMatchObject({
      intent: 'LogSetIntent',
      slots: { reps: '?' },
      understood: false,
    });
  });

  it('fills durations and custom slots together', () => {
    expect(intentOf('make my rest two minutes').slots).toEqual({ direction: undefined, duration: 'PT2M' });
    expect(intentOf('rest thirty seconds longer').slots).toMatchObject({
      duration: 'PT30S',
      direction: { id: 'longer' },
    });
  });

  it.each([
    ['yes', 'AMAZON.YesIntent'],
    ['Yeah!', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['what can I say?', 'AMAZON.HelpIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['hold on', 'AMAZON.PauseIntent'],
    ['pause the workout', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    ['ready', 'NextSetIntent'],
    ["What's my workout?", 'TodaysWorkoutIntent'],
  ])('"%s" → %s', (text, intent) => {
    expect(intentOf(text)).toMatchObject({ intent, understood: true });
  });

  it('answers the fallback intent to anything the model does not cover', () => {
    for (const text of ['what is the weather', 'banana', 'play some music', '']) {
      expect(intentOf(text)).toMatchObject({ intent: 'AMAZON.FallbackIntent', slots: {}, understood: false });
    }
  });

  it('prefers the most specific sample: more carrier words beat a bare slot', () => {
    expect(intentOf('I did eight reps').sample).toBe('I did {reps} reps');
    expect(intentOf('eight reps').sample).toBe('{reps} reps');
    expect(intentOf('eight').sample).toBe('{reps}');
  });

  it('is deterministic', () => {
    const again = createUtteranceResolver(loadInteractionModelFile(fixture));
    for (const text of ['I did eight', 'kilos', 'my bench max is a hundred', 'nope', 'hmm']) {
      expect(again.resolve(text)).toEqual(resolver.resolve(text));
    }
  });
});

describe('one-shots with the invocation name', () => {
  it.each(['open lift coach', 'Alexa, open Lift Coach', 'start lift coach', 'ask lift coach', 'lift coach'])(
    '"%s" launches the skill',
    (text) => {
      expect(resolver.resolve(text)).toEqual<Resolution>({ kind: 'launch' });
    },
  );

  it.each([
    ['tell lift coach I did eight', 'LogSetIntent', { reps: '8' }],
    ['Alexa, tell Lift Coach eight reps', 'LogSetIntent', { reps: '8' }],
    ['ask lift coach to log eight reps', 'LogSetIntent', { reps: '8' }],
    ["ask lift coach what's my workout", 'TodaysWorkoutIntent', {}],
    ['open lift coach and start my workout', 'StartWorkoutIntent', {}],
    ['start my workout with lift coach', 'StartWorkoutIntent', {}],
    ['tell lift coach to use kilos', 'SetUnitsIntent', { unit: { id: 'kg' } }],
  ])('"%s" → a new session with %s', (text, intent, slots) => {
    expect(intentOf(text)).toMatchObject({ intent, oneShot: true, slots });
  });

  it('falls back inside a one-shot it cannot understand', () => {
    expect(intentOf('ask lift coach to order a pizza')).toMatchObject({
      intent: 'AMAZON.FallbackIntent',
      oneShot: true,
    });
  });
});

describe.each(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'])('the real %s interaction model', (locale) => {
  const real = createUtteranceResolver(loadInteractionModel(locale));
  const resolve = (text: string) => real.resolve(text);

  it.each([
    ['I want to build muscle', 'SetGoalIntent', { goal: { id: 'hypertrophy' } }],
    ['intermediate', 'SetLevelIntent', { level: { id: 'intermediate' } }],
    ['use kilos', 'SetUnitsIntent', { unit: { id: 'kg' } }],
    ['my bench max is one hundred point five kilos', 'SetMaxIntent', { weight: '100', weightDecimal: '5' }],
    ['I did eight', 'LogSetIntent', { reps: '8' }],
    ['I did eight at sixty kilos', 'LogSetIntent', { reps: '8', weight: '60', unit: { id: 'kg' } }],
    ['failed at four', 'LogFailedSetIntent', { reps: '4' }],
    ['that was hard', 'RateSetIntent', { effort: { id: 'hard' } }],
    ['next set', 'NextSetIntent', {}],
    ['start my workout', 'StartWorkoutIntent', {}],
    ['end workout', 'EndWorkoutIntent', {}],
    ["what's my best bench press", 'MyBestIntent', { exercise: { id: 'bench-press' } }],
  ])('"%s" → %s', (text, intent, slots) => {
    expect(resolve(text)).toMatchObject({ kind: 'intent', intent, slots, understood: true });
  });

  it('launches and one-shots with its invocation name', () => {
    expect(resolve('open lift coach')).toEqual({ kind: 'launch' });
    expect(resolve('tell lift coach I did six')).toMatchObject({ intent: 'LogSetIntent', oneShot: true });
  });
});
