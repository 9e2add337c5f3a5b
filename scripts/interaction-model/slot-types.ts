import { exerciseCatalog } from '../../lambda/rules';
import type { SlotTypeDefinition } from './types';

// Slot ids are the values the Lambda stores (they match the rules module's Goal, Level, Unit,
// EquipmentAccess and Effort unions), so the handler never maps spoken words itself.

export const goalType: SlotTypeDefinition = {
  name: 'GoalType',
  values: [
    {
      id: 'hypertrophy',
      value: 'hypertrophy',
      synonyms: [
        'muscle size',
        'size',
        'muscle',
        'bigger',
        'get bigger',
        'build muscle',
        'building muscle',
        'muscle growth',
        'grow muscle',
        'gain muscle',
        'bodybuilding',
        'mass',
        'bulk up',
        'look bigger',
        'bigger muscles',
        'more muscle',
        'more muscles',
        'build bigger muscles',
      ],
    },
    {
      id: 'strength',
      value: 'strength',
      synonyms: [
        'stronger',
        'get stronger',
        'strong',
        'be stronger',
        'lift heavier',
        'lift more',
        'max strength',
        'powerlifting',
        'getting stronger',
        'more strength',
        'build strength',
      ],
    },
    {
      id: 'both',
      value: 'both',
      synonyms: [
        'a bit of both',
        'both of them',
        'a mix',
        'a mix of both',
        'mix',
        'size and strength',
        'strength and size',
        'muscle and strength',
        'strength and muscle',
        'bigger and stronger',
        'stronger and bigger',
        'all around fitness',
        'general fitness',
      ],
    },
  ],
};

export const levelType: SlotTypeDefinition = {
  name: 'LevelType',
  values: [
    {
      id: 'beginner',
      value: 'beginner',
      synonyms: ['new', 'new to lifting', 'novice', 'just starting', 'starting out', 'newbie', 'first timer'],
    },
    {
      id: 'intermediate',
      value: 'intermediate',
      synonyms: ['in between', 'somewhere in the middle', 'some experience', 'average', 'moderate'],
    },
    {
      id: 'advanced',
      value: 'advanced',
      synonyms: ['experienced', 'very experienced', 'expert', 'veteran', 'seasoned', 'elite'],
    },
  ],
};

export const unitType: SlotTypeDefinition = {
  name: 'UnitType',
  values: [
    {
      id: 'kg',
      value: 'kilos',
      synonyms: ['kilograms', 'kilogram', 'kilo', 'kg', 'kgs', 'k. g.', 'metric'],
      regionalSynonyms: {
        'en-GB': ['kilogrammes', 'kilogramme'],
        'en-AU': ['kilogrammes', 'kilogramme'],
        'en-IN': ['kilogrammes', 'kilogramme'],
      },
    },
    {
      id: 'lb',
      value: 'pounds',
      synonyms: ['pound', 'lbs', 'lb', 'l. b. s.', 'imperial'],
    },
  ],
};

export const equipmentType: SlotTypeDefinition = {
  name: 'EquipmentType',
  values: [
    {
      id: 'full-gym',
      value: 'full gym',
      synonyms: [
        'a full gym',
        'gym',
        'the gym',
        'a gym',
        'commercial gym',
        'everything',
        'all the equipment',
        'all of it',
      ],
    },
    {
      id: 'barbell',
      value: 'barbell',
      synonyms: [
        'a barbell',
        'barbells',
        'a bar and plates',
        'barbell and plates',
        'bar and plates',
        'a squat rack',
        'squat rack',
        'power rack',
        'a power rack',
      ],
    },
    {
      id: 'dumbbells',
      value: 'dumbbells',
      synonyms: ['dumbbell', 'a dumbbell', 'a pair of dumbbells', 'adjustable dumbbells', 'some dumbbells'],
    },
    {
      id: 'machines',
      value: 'machines',
      synonyms: ['machine', 'weight machines', 'cable machine', 'cables', 'a cable machine', 'a multi gym'],
    },
    {
      id: 'bodyweight',
      value: 'bodyweight',
      synonyms: [
        'body weight',
        'no equipment',
        'no weights',
        'just my body',
        'my own body weight',
        'nothing',
      ],
    },
  ],
};

export const effortType: SlotTypeDefinition = {
  name: 'EffortType',
  values: [
    {
      id: 'easy',
      value: 'easy',
      synonyms: [
        'too easy',
        'light',
        'too light',
        'comfortable',
        'easy peasy',
        'a piece of cake',
        'no problem',
      ],
    },
    {
      id: 'hard',
      value: 'hard',
      synonyms: [
        'tough',
        'really hard',
        'very hard',
        'difficult',
        'heavy',
        'challenging',
        'a grind',
        'a struggle',
      ],
    },
    {
      id: 'failure',
      value: 'failure',
      synonyms: [
        'to failure',
        'failed',
        'all out',
        'maxed out',
        'I failed',
        "couldn't finish",
        'hit failure',
      ],
    },
  ],
};

export const restAdjustType: SlotTypeDefinition = {
  name: 'RestAdjustType',
  values: [
    {
      id: 'longer',
      value: 'longer',
      synonyms: ['more', 'extra', 'a bit longer', 'a little longer', 'add', 'extend', 'increase', 'lengthen'],
    },
    {
      id: 'shorter',
      value: 'shorter',
      synonyms: [
        'less',
        'short',
        'a bit shorter',
        'a little shorter',
        'cut',
        'reduce',
        'shorten',
        'decrease',
      ],
    },
  ],
};

/** Generated from the rules catalog so a lift the coach can plan is always a lift Alexa can hear. */
export function exerciseType(): SlotTypeDefinition {
  return {
    name: 'ExerciseType',
    values: exerciseCatalog.map((exercise) => ({
      id: exercise.id,
      value: exercise.name,
      synonyms: exercise.synonyms,
    })),
  };
}

export function customSlotTypes(): SlotTypeDefinition[] {
  return [goalType, levelType, unitType, equipmentType, effortType, restAdjustType, exerciseType()];
}
