import { describe, expect, it } from 'vitest';
import { exerciseCatalog, findExercise, movementOf } from '../../lambda/rules';

const requiredIds = [
  'bench-press',
  'squat',
  'deadlift',
  'biceps-curl',
  'lunge',
  'overhead-press',
  'push-up',
  'triceps-extension',
  'front-squat',
  'romanian-deadlift',
  'incline-press',
  'barbell-row',
  'pull-up',
  'chin-up',
  'dip',
  'leg-press',
  'lat-pulldown',
  'cable-row',
  'lateral-raise',
  'leg-curl',
  'leg-extension',
  'calf-raise',
  'hip-thrust',
  // Each kind of equipment on its own has compounds: dumbbells, machines, the body.
  'goblet-squat',
  'dumbbell-bench-press',
  'dumbbell-row',
  'dumbbell-shoulder-press',
  'dumbbell-romanian-deadlift',
  'chest-press',
  'machine-shoulder-press',
  'air-squat',
  'single-leg-deadlift',
  'dumbbell-pullover',
  'incline-dumbbell-row',
  'machine-row',
  // A machines-only week's hinge (the leg curl bends the knee).
  'back-extension',
];

describe('exercise catalog', () => {
  it('holds the source sample lifts and the lifts a lifter expects', () => {
    expect(exerciseCatalog.map((exercise) => exercise.id).sort()).toEqual([...requiredIds].sort());
  });

  it.each(exerciseCatalog.map((exercise) => [exercise.id, exercise] as const))(
    '%s is a complete, consistent entry',
    (id, exercise) => {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(findExercise(id)).toBe(exercise);
      expect(exercise.name.length).toBeGreaterThan(2);
      expect(exercise.synonyms.length).toBeGreaterThan(0);
      expect(exercise.muscles.length).toBeGreaterThan(0);
      expect(exercise.loadStep.kg).toBeGreaterThan(0);
      expect(exercise.loadStep.lb).toBeGreaterThan(0);
      expect(exercise.bodyweight).toBe(exercise.equipment === 'bodyweight');
      expect(exercise.needsWarmUpRamp).toBe(exercise.equipment === 'barbell' && exercise.kind === 'compound');
    },
  );

  it('gives every spoken form to exactly one lift, so the slot resolves without ambiguity', () => {
    const spoken = exerciseCatalog.flatMap((exercise) => [exercise.name, ...exercise.synonyms]);
    const normalised = spoken.map((phrase) => phrase.toLowerCase());
    expect(new Set(normalised).size).toBe(normalised.length);
  });

  it('knows what people say for the bench press', () => {
    expect(findExercise('bench-press')?.synonyms).toEqual(
      expect.arrayContaining(['bench', 'benching', 'flat bench', 'flat bench press']),
    );
  });

  it('steps barbells by 2.5 kg / 5 lb totals, dumbbells by pair steps and machines by stack steps', () => {
    expect(findExercise('squat')?.loadStep).toEqual({ kg: 2.5, lb: 5 });
    expect(findExercise('biceps-curl')).toMatchObject({
      loadStep: { kg: 2.5, lb: 5 },
      loadMeaning: 'per-dumbbell',
    });
    expect(findExercise('leg-press')?.loadStep).toEqual({ kg: 5, lb: 10 });
    expect(findExercise('pull-up')).toMatchObject({ bodyweight: true, loadMeaning: 'added' });
  });

  it('returns nothing for an unknown id', () => {
    expect(findExercise('zercher-carry')).toBeUndefined();
  });

  it('names the movement of every lift, so weeks balance pushes, pulls, squats and hinges', () => {
    const accessories = ['push-accessory', 'pull-accessory', 'leg-accessory'];
    for (const exercise of exerciseCatalog) {
      const movement = movementOf(exercise);
      expect(accessories.includes(movement)).toBe(
        exercise.kind === 'isolation' && exercise.id !== 'dumbbell-pullover',
      );
    }
    // A lift the table does not know counts as an accessory of its pattern.
    const unknown = (id: string) => {
      const base = findExercise(id);
      if (!base) throw new Error(id);
      return movementOf({ ...base, id: `${id}-variant` });
    };
    expect([unknown('lateral-raise'), unknown('biceps-curl'), unknown('leg-curl')]).toEqual(accessories);
  });
});
