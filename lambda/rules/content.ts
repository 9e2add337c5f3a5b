import type { Goal, SessionFocus } from './types';

// What the coach says about nutrition, benefits and safety. Every line restates the domain source
// ("Hypertrophy vs. Strength"); nothing here goes beyond what it says.

export interface ContentLine {
  /** Stable key, so the skill can localise or vary a line. */
  key: string;
  text: string;
}

const nutrition: Record<SessionFocus, ContentLine[]> = {
  hypertrophy: [
    {
      key: 'nutrition.hypertrophy.protein',
      text: 'For muscle size, eat a diet rich in protein with balanced calories to support muscle growth.',
    },
    {
      key: 'nutrition.hypertrophy.phases',
      text: 'Bodybuilders often eat in on-season and off-season phases, either cutting fat or adding mass.',
    },
  ],
  strength: [
    {
      key: 'nutrition.strength.recovery',
      text: 'For strength, eat to fuel recovery and repair, so your muscles adapt and grow stronger after heavy lifting.',
    },
  ],
};

const benefits: Record<SessionFocus, ContentLine[]> = {
  hypertrophy: [
    {
      key: 'benefits.hypertrophy.muscle',
      text: 'Larger, more defined muscles and greater lean muscle mass.',
    },
    { key: 'benefits.hypertrophy.metabolism', text: 'More calories burned and a faster metabolism.' },
    { key: 'benefits.hypertrophy.confidence', text: 'Higher confidence and self-esteem.' },
    { key: 'benefits.hypertrophy.power', text: 'More power and overall strength.' },
  ],
  strength: [
    {
      key: 'benefits.strength.everyday',
      text: 'Everyday strength: carrying groceries, lifting furniture, or playing sports with your kids gets easier.',
    },
    {
      key: 'benefits.strength.mood',
      text: 'Better confidence and mood, and less stress, anxiety and fatigue.',
    },
    { key: 'benefits.strength.performance', text: 'Better athletic performance.' },
    { key: 'benefits.strength.bones', text: 'Higher bone density and more muscle mass.' },
    { key: 'benefits.strength.health', text: 'Less body fat and a lower risk of chronic disease.' },
    { key: 'benefits.strength.injury', text: 'Fewer injuries and less joint pain.' },
  ],
};

const generalBenefits: ContentLine[] = [
  {
    key: 'benefits.general.health',
    text: 'Any weight training boosts your metabolism, lowers body fat and reduces the risk of chronic disease, and many people feel better and less stressed.',
  },
];

const bothBenefit: ContentLine = {
  key: 'benefits.both.combined',
  text: 'Most recreational lifters benefit from combining size and strength training.',
};

export const safetyTips: readonly ContentLine[] = [
  { key: 'safety.warm-up', text: 'Always warm up before you lift.' },
  { key: 'safety.gradual', text: 'Avoid rapid weight increases; add weight gradually.' },
  { key: 'safety.recovery', text: 'Schedule enough recovery time between sessions.' },
  {
    key: 'safety.trainer',
    text: 'Working with a certified trainer helps with proper form and progressive overload, which lowers your risk of injury.',
  },
];

function forGoal(goal: Goal, lines: Record<SessionFocus, ContentLine[]>): ContentLine[] {
  return goal === 'both' ? [...lines.hypertrophy, ...lines.strength] : lines[goal];
}

export function nutritionAdvice(goal: Goal): ContentLine[] {
  return forGoal(goal, nutrition);
}

export function goalBenefits(goal: Goal): ContentLine[] {
  const extra = goal === 'both' ? [bothBenefit] : [];
  return [...extra, ...forGoal(goal, benefits), ...generalBenefits];
}

export function safetyAdvice(): ContentLine[] {
  return [...safetyTips];
}

export interface GoalContent {
  nutrition: ContentLine[];
  benefits: ContentLine[];
  safety: ContentLine[];
}

export function goalContent(goal: Goal): GoalContent {
  return { nutrition: nutritionAdvice(goal), benefits: goalBenefits(goal), safety: safetyAdvice() };
}
