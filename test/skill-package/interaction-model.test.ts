import { describe, expect, it } from 'vitest';
import { exerciseCatalog } from '../../lambda/rules';
import { buildInteractionModel } from '../../scripts/interaction-model/build-model';
import { findModelProblems } from '../../scripts/interaction-model/check-model';
import { type InteractionModelJson, skillLocales } from '../../scripts/interaction-model/types';
import { readInteractionModel } from './skill-package-files';

// The intent and slot names the skill Lambda is written against (the team's interaction model
// contract). Written out here, not imported from the source, so a rename in the source fails a test.
const contractIntents: Record<string, Record<string, string>> = {
  SetGoalIntent: { goal: 'GoalType' },
  SetLevelIntent: { level: 'LevelType' },
  SetUnitsIntent: { unit: 'UnitType' },
  SetMaxIntent: {
    exercise: 'ExerciseType',
    weight: 'AMAZON.NUMBER',
    weightDecimal: 'AMAZON.NUMBER',
    unit: 'UnitType',
    reps: 'AMAZON.NUMBER',
  },
  SetEquipmentIntent: { equipment: 'EquipmentType' },
  TodaysWorkoutIntent: {},
  StartWorkoutIntent: {},
  // weightDecimal (added): the answer to "What weight did you use?" can be "a hundred and two point five kilos".
  LogSetIntent: {
    reps: 'AMAZON.NUMBER',
    weight: 'AMAZON.NUMBER',
    unit: 'UnitType',
    exercise: 'ExerciseType',
    weightDecimal: 'AMAZON.NUMBER',
  },
  LogFailedSetIntent: {
    reps: 'AMAZON.NUMBER',
    weight: 'AMAZON.NUMBER',
    unit: 'UnitType',
    exercise: 'ExerciseType',
  },
  RateSetIntent: { effort: 'EffortType' },
  NextSetIntent: {},
  SkipExerciseIntent: {},
  HowMuchWeightIntent: {},
  RestTimeIntent: {},
  AdjustRestIntent: { direction: 'RestAdjustType', duration: 'AMAZON.DURATION' },
  WhyThisWeightIntent: {},
  WhatsNextIntent: {},
  EndWorkoutIntent: {},
  MyProgressIntent: { exercise: 'ExerciseType' },
  MyBestIntent: { exercise: 'ExerciseType' },
  NutritionIntent: {},
  BenefitsIntent: {},
  SafetyIntent: {},
  DeleteDataIntent: {},
  // Added: the answer to "Which lift was that?", taking back a mis-heard set, records, the next session.
  NameExerciseIntent: { exercise: 'ExerciseType' },
  UndoSetIntent: {},
  CorrectSetIntent: { reps: 'AMAZON.NUMBER', weight: 'AMAZON.NUMBER', unit: 'UnitType' },
  PersonalRecordsIntent: {},
  NextWorkoutIntent: {},
  // Added: training days and the workout reminder.
  SetTrainingDaysIntent: {
    days: 'AMAZON.DayOfWeek',
    dayTwo: 'AMAZON.DayOfWeek',
    dayThree: 'AMAZON.DayOfWeek',
  },
  TrainingDaysPerWeekIntent: { count: 'AMAZON.NUMBER' },
  AddTrainingDayIntent: {
    days: 'AMAZON.DayOfWeek',
    dayTwo: 'AMAZON.DayOfWeek',
    dayThree: 'AMAZON.DayOfWeek',
  },
  RemoveTrainingDayIntent: {
    days: 'AMAZON.DayOfWeek',
    dayTwo: 'AMAZON.DayOfWeek',
    dayThree: 'AMAZON.DayOfWeek',
  },
  CantTrainIntent: { date: 'AMAZON.DATE' },
  SetReminderIntent: { time: 'AMAZON.TIME' },
  MoveReminderIntent: { time: 'AMAZON.TIME' },
  CancelRemindersIntent: {},
  'AMAZON.HelpIntent': {},
  'AMAZON.StopIntent': {},
  'AMAZON.CancelIntent': {},
  'AMAZON.FallbackIntent': {},
  'AMAZON.NavigateHomeIntent': {},
  'AMAZON.YesIntent': {},
  'AMAZON.NoIntent': {},
  'AMAZON.RepeatIntent': {},
  'AMAZON.PauseIntent': {},
  'AMAZON.ResumeIntent': {},
};

const contractSlotIds: Record<string, string[]> = {
  GoalType: ['hypertrophy', 'strength', 'both'],
  LevelType: ['beginner', 'intermediate', 'advanced'],
  UnitType: ['kg', 'lb'],
  EquipmentType: ['full-gym', 'barbell', 'dumbbells', 'machines', 'bodyweight'],
  EffortType: ['easy', 'hard', 'failure'],
  RestAdjustType: ['longer', 'shorter'],
};

function languageModel(model: InteractionModelJson) {
  return model.interactionModel.languageModel;
}

function slotsOf(model: InteractionModelJson): Record<string, Record<string, string>> {
  return Object.fromEntries(
    languageModel(model).intents.map((intent) => [
      intent.name,
      Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, slot.type])),
    ]),
  );
}

function idsOf(model: InteractionModelJson, typeName: string): string[] {
  const slotType = languageModel(model).types.find((type) => type.name === typeName);
  return slotType?.values.map((value) => value.id) ?? [];
}

function samplesOf(model: InteractionModelJson, intentName: string): string[] {
  return languageModel(model).intents.find((intent) => intent.name === intentName)?.samples ?? [];
}

describe.each(skillLocales)('the %s interaction model', (locale) => {
  const model = readInteractionModel(locale);

  it('is what `npm run generate:model` makes from the source today', () => {
    expect(model).toEqual(buildInteractionModel(locale));
  });

  it('is invoked as "lift coach"', () => {
    expect(languageModel(model).invocationName).toBe('lift coach');
  });

  it('has exactly the contract intents, each with exactly its contract slots', () => {
    expect(slotsOf(model)).toEqual(contractIntents);
  });

  it('resolves set-up answers to the ids the rules module stores', () => {
    for (const [typeName, ids] of Object.entries(contractSlotIds)) {
      expect(idsOf(model, typeName), typeName).toEqual(ids);
    }
  });

  it('knows exactly the lifts of the rules catalog, by catalog id and name', () => {
    const exerciseType = languageModel(model).types.find((type) => type.name === 'ExerciseType');
    expect(exerciseType?.values.map((value) => value.id)).toEqual(exerciseCatalog.map((lift) => lift.id));
    for (const lift of exerciseCatalog) {
      const value = exerciseType?.values.find((candidate) => candidate.id === lift.id);
      expect(value?.name.value).toBe(lift.name);
      for (const synonym of lift.synonyms) expect(value?.name.synonyms).toContain(synonym);
    }
  });

  it('breaks none of the sample and slot rules Alexa builds with', () => {
    expect(findModelProblems(model)).toEqual([]);
  });

  it('gives every custom intent enough phrasings to be recognised reliably', () => {
    for (const intent of languageModel(model).intents.filter(
      (candidate) => !candidate.name.startsWith('AMAZON.'),
    )) {
      expect(intent.samples.length, intent.name).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps the built-ins to Alexa, apart from a few extra ways to ask for help', () => {
    for (const intent of languageModel(model).intents.filter((candidate) =>
      candidate.name.startsWith('AMAZON.'),
    )) {
      if (intent.name === 'AMAZON.HelpIntent') expect(intent.samples.length).toBeLessThan(10);
      else expect(intent.samples, intent.name).toEqual([]);
    }
  });

  it.each([
    ['LogSetIntent', 'I did {reps}'],
    ['LogSetIntent', '{reps} reps'],
    ['LogSetIntent', '{reps}'],
    ['LogSetIntent', 'got {reps} at {weight} {unit}'],
    ['LogSetIntent', '{reps} reps of {exercise}'],
    ['LogFailedSetIntent', 'failed at {reps}'],
    ['LogFailedSetIntent', 'I only got {reps}'],
    ['SetMaxIntent', 'my {exercise} max is {weight} {unit}'],
    ['SetMaxIntent', 'I can {exercise} {weight} for {reps}'],
    ['SetMaxIntent', 'my {exercise} max is {weight} point {weightDecimal} {unit}'],
    ['SetEquipmentIntent', 'I only have {equipment}'],
    ['SetGoalIntent', '{goal}'],
    ['RateSetIntent', '{effort}'],
    ['NextSetIntent', 'ready'],
    ['NextSetIntent', 'next set'],
    ['AdjustRestIntent', 'give me {duration} {direction} rest'],
    ['DeleteDataIntent', 'delete my data'],
    ['TodaysWorkoutIntent', "what's my workout today"],
    ['HowMuchWeightIntent', 'how much weight'],
    ['RestTimeIntent', 'how long is my rest'],
    ['WhyThisWeightIntent', 'why this weight'],
    ['EndWorkoutIntent', 'end workout'],
  ])('understands %s from "%s"', (intentName, sample) => {
    expect(samplesOf(model, intentName)).toContain(sample);
  });

  it('routes a one-word answer to one intent: no phrase belongs to two slot types or is also a sample', () => {
    const { intents, types } = languageModel(model);
    const samples = new Set(
      intents.flatMap((intent) => intent.samples.map((sample) => sample.toLowerCase())),
    );
    const typeBySpoken = new Map<string, string>();
    for (const slotType of types) {
      for (const value of slotType.values) {
        for (const spoken of [value.name.value, ...(value.name.synonyms ?? [])].map((text) =>
          text.toLowerCase(),
        )) {
          const other = typeBySpoken.get(spoken);
          if (other !== undefined) expect(other, `"${spoken}"`).toBe(slotType.name);
          typeBySpoken.set(spoken, slotType.name);
          expect(samples.has(spoken), `"${spoken}" is both a ${slotType.name} value and a sample`).toBe(
            false,
          );
        }
      }
    }
  });

  it('hears both units in every locale, including the short forms', () => {
    const unitType = languageModel(model).types.find((type) => type.name === 'UnitType');
    const spoken = (id: string) => {
      const value = unitType?.values.find((candidate) => candidate.id === id);
      return [value?.name.value, ...(value?.name.synonyms ?? [])];
    };
    expect(spoken('kg')).toEqual(expect.arrayContaining(['kilos', 'kilograms', 'kg', 'kgs']));
    expect(spoken('lb')).toEqual(expect.arrayContaining(['pounds', 'pound', 'lbs']));
  });
});

describe('the locales together', () => {
  const models = skillLocales.map((locale) => ({ locale, model: readInteractionModel(locale) }));

  it('share the same intents and slots, so one Lambda serves them all', () => {
    const [first, ...others] = models;
    for (const { locale, model } of others) {
      expect(slotsOf(model), locale).toEqual(slotsOf(first?.model ?? model));
    }
  });

  it('share the same slot ids, so a stored value means the same thing everywhere', () => {
    const typeNames = languageModel(readInteractionModel('en-US')).types.map((type) => type.name);
    for (const { locale, model } of models) {
      expect(languageModel(model).types.map((type) => type.name)).toEqual(typeNames);
      for (const typeName of typeNames) {
        expect(idsOf(model, typeName), `${locale} ${typeName}`).toEqual(
          idsOf(models[0]?.model ?? model, typeName),
        );
      }
    }
  });

  it('spell the way each locale does', () => {
    const todaysWorkout = (locale: (typeof skillLocales)[number]) =>
      samplesOf(readInteractionModel(locale), 'TodaysWorkoutIntent');
    for (const locale of ['en-GB', 'en-AU', 'en-IN'] as const) {
      expect(todaysWorkout(locale), locale).toContain("what's my programme today");
      expect(todaysWorkout(locale).join(' '), locale).not.toMatch(/\bprogram\b/);
    }
    for (const locale of ['en-US', 'en-CA'] as const) {
      expect(todaysWorkout(locale), locale).toContain("what's my program today");
    }
  });

  it('add regional phrasings without dropping shared ones', () => {
    const restTime = (locale: (typeof skillLocales)[number]) =>
      samplesOf(readInteractionModel(locale), 'RestTimeIntent');
    expect(restTime('en-GB')).toContain('how long have I got');
    expect(restTime('en-US')).not.toContain('how long have I got');
    expect(restTime('en-GB')).toEqual(expect.arrayContaining(restTime('en-US')));
  });
});
