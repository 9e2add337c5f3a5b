import { describe, expect, it } from 'vitest';
import type { Goal } from '../../lambda/rules';
import { goalBenefits, goalContent, nutritionAdvice, safetyAdvice } from '../../lambda/rules';

// Phrases of the domain source ("Hypertrophy vs. Strength") each line must restate.
const sourcePhrases: Record<string, string[]> = {
  'nutrition.hypertrophy.protein': ['protein', 'balanced calories', 'muscle growth'],
  'nutrition.hypertrophy.phases': ['on-season', 'off-season', 'cutting fat', 'adding mass'],
  'nutrition.strength.recovery': ['recovery and repair', 'heavy lifting'],
  'benefits.hypertrophy.muscle': ['larger, more defined muscles', 'lean muscle mass'],
  'benefits.hypertrophy.metabolism': ['metabolism'],
  'benefits.hypertrophy.confidence': ['confidence and self-esteem'],
  'benefits.hypertrophy.power': ['power and overall strength'],
  'benefits.strength.everyday': ['carrying groceries', 'lifting furniture', 'sports with your kids'],
  'benefits.strength.mood': ['confidence and mood', 'stress, anxiety and fatigue'],
  'benefits.strength.performance': ['athletic performance'],
  'benefits.strength.bones': ['bone density', 'muscle mass'],
  'benefits.strength.health': ['body fat', 'chronic disease'],
  'benefits.strength.injury': ['injuries', 'joint pain'],
  'benefits.general.health': ['metabolism', 'body fat', 'chronic disease', 'stress'],
  'benefits.both.combined': ['recreational lifters', 'combining'],
  'safety.warm-up': ['warm up'],
  'safety.gradual': ['rapid weight increases'],
  'safety.recovery': ['recovery time'],
  'safety.trainer': ['certified trainer', 'proper form', 'progressive overload', 'risk of injury'],
};

describe('goal content from the source', () => {
  const goals: Goal[] = ['hypertrophy', 'strength', 'both'];

  it.each(goals)('every %s line restates the source, under a stable unique key', (goal) => {
    const content = goalContent(goal);
    const lines = [...content.nutrition, ...content.benefits, ...content.safety];
    expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
    for (const line of lines) {
      const phrases = sourcePhrases[line.key];
      expect(phrases, line.key).toBeDefined();
      for (const phrase of phrases ?? []) expect(line.text.toLowerCase()).toContain(phrase);
    }
  });

  it('gives each goal its own nutrition, and `both` the two', () => {
    expect(nutritionAdvice('hypertrophy').map((line) => line.key)).toEqual([
      'nutrition.hypertrophy.protein',
      'nutrition.hypertrophy.phases',
    ]);
    expect(nutritionAdvice('strength').map((line) => line.key)).toEqual(['nutrition.strength.recovery']);
    expect(nutritionAdvice('both')).toHaveLength(3);
  });

  it('leads `both` with the source’s advice to combine the two', () => {
    expect(goalBenefits('both')[0]?.key).toBe('benefits.both.combined');
    expect(goalBenefits('strength').some((line) => line.key.startsWith('benefits.hypertrophy'))).toBe(false);
  });

  it('covers warm-up, gradual increases, recovery, and form with a certified trainer', () => {
    expect(safetyAdvice().map((line) => line.key)).toEqual([
      'safety.warm-up',
      'safety.gradual',
      'safety.recovery',
      'safety.trainer',
    ]);
  });
});
