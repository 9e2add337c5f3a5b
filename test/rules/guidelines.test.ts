import { describe, expect, it } from 'vitest';
import type { Level, SessionFocus } from '../../lambda/rules';
import { focusOf, guidelines, restSecondsFor } from '../../lambda/rules';

// The source's loading guidelines, transcribed by hand from "Hypertrophy vs. Strength".
const sourceRows: [SessionFocus, Level, string, number[], number[], number[], number[]][] = [
  // goal, level, text, %1RM [min,max], reps [min,max], sets [min,max], rest seconds [min,max]
  [
    'hypertrophy',
    'beginner',
    '65–85% 1RM, 6–12 reps, 1–3+ sets, 30–90 sec rest',
    [65, 85],
    [6, 12],
    [1, 3],
    [30, 90],
  ],
  [
    'hypertrophy',
    'intermediate',
    '65–85% 1RM, 6–12 reps, 1–3+ sets, 30–90 sec rest',
    [65, 85],
    [6, 12],
    [1, 3],
    [30, 90],
  ],
  [
    'hypertrophy',
    'advanced',
    '67–85% 1RM, 6–12 reps, 3+ sets, 30–90 sec rest',
    [67, 85],
    [6, 12],
    [3, 3],
    [30, 90],
  ],
  [
    'strength',
    'beginner',
    '70–80% 1RM, 6+ reps, 1–3+ sets, 2–5 min rest',
    [70, 80],
    [6, 6],
    [1, 3],
    [120, 300],
  ],
  [
    'strength',
    'intermediate',
    '70–80% 1RM, 6+ reps, 1–3+ sets, 2–5 min rest',
    [70, 80],
    [6, 6],
    [1, 3],
    [120, 300],
  ],
  ['strength', 'advanced', '85%+ 1RM, 3+ sets, 6 reps, 2–5 min rest', [85, 85], [1, 6], [3, 3], [120, 300]],
];

describe('guidelines', () => {
  it.each(sourceRows)('%s %s matches the source: %s', (goal, level, text, percent, reps, sets, rest) => {
    const row = guidelines(goal, level);
    expect(row.goal).toBe(goal);
    expect(row.level).toBe(level);
    expect(row.source.text).toBe(text);
    expect([row.source.percentOfMax.min, row.source.percentOfMax.max]).toEqual(percent);
    expect([row.source.reps.min, row.source.reps.max]).toEqual(reps);
    expect([row.source.sets.min, row.source.sets.max]).toEqual(sets);
    expect([row.source.restSeconds.min, row.source.restSeconds.max]).toEqual(rest);
    // Each figure of the row's text is one the structured row holds.
    for (const figure of text.replace('1RM', '').match(/\d+/g) ?? []) {
      const numbers = [
        ...percent,
        ...reps,
        ...sets,
        ...rest.map((seconds) => (text.includes('min') ? seconds / 60 : seconds)),
      ];
      expect(numbers).toContain(Number(figure));
    }
  });

  it.each(sourceRows)('%s %s programs inside the source row', (goal, level) => {
    const { source, programming } = guidelines(goal, level);
    expect(programming.percentOfMax.min).toBe(source.percentOfMax.min);
    if (!source.percentOfMax.orMore) expect(programming.percentOfMax.max).toBe(source.percentOfMax.max);
    expect(programming.reps.min).toBeGreaterThanOrEqual(source.reps.min);
    if (!source.reps.orMore) expect(programming.reps.max).toBe(source.reps.max);
    expect(programming.sets.min).toBe(source.sets.min);
    expect(programming.startingSets).toBeGreaterThanOrEqual(programming.sets.min);
    expect(programming.startingSets).toBeLessThanOrEqual(programming.sets.max);
    expect(programming.restSeconds).toEqual({ min: source.restSeconds.min, max: source.restSeconds.max });
    expect(programming.repsInReserve).toEqual({ min: 1, max: 3 });
  });

  it('marks the open ends the source gives with a plus', () => {
    expect(guidelines('strength', 'advanced').source.percentOfMax.orMore).toBe(true);
    expect(guidelines('strength', 'beginner').source.reps.orMore).toBe(true);
    expect(guidelines('hypertrophy', 'advanced').source.sets.orMore).toBe(true);
    expect(guidelines('hypertrophy', 'beginner').source.reps.orMore).toBe(false);
  });

  it('answers `both` per session type', () => {
    expect(guidelines('both', 'advanced', 'strength')).toBe(guidelines('strength', 'advanced'));
    expect(guidelines('both', 'beginner', 'hypertrophy')).toBe(guidelines('hypertrophy', 'beginner'));
    expect(guidelines('both', 'beginner').goal).toBe('hypertrophy');
    expect(focusOf('strength', 'hypertrophy')).toBe('strength');
  });

  it('rests within the row: longer for compound lifts and for advanced strength', () => {
    expect(restSecondsFor('hypertrophy', 'beginner', true)).toBe(90);
    expect(restSecondsFor('hypertrophy', 'beginner', false)).toBe(60);
    expect(restSecondsFor('strength', 'beginner', true)).toBe(180);
    expect(restSecondsFor('strength', 'advanced', true)).toBe(240);
    expect(restSecondsFor('strength', 'intermediate', false)).toBe(120);
  });
});
