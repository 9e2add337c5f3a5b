import type { Profile } from '../../store';
import type { Speaker } from '../i18n';
import type { Turn } from '../turn';
import type { Question } from './prompt';

/** The next thing onboarding needs (goal, then level, then units if they were lost), or null when the coach can plan. */
export function onboardingQuestion(speaker: Speaker, profile: Profile | null): Question | null {
  if (!profile?.goal) {
    return {
      lead: '',
      question: speaker.fixed('onboarding.askGoal'),
      reprompt: speaker.fixed('onboarding.askGoalReprompt'),
      pending: { kind: 'onboarding' },
    };
  }
  if (!profile.level) {
    return {
      lead: '',
      question: speaker.fixed('onboarding.askLevel'),
      reprompt: speaker.fixed('onboarding.askLevelReprompt'),
      pending: { kind: 'onboarding' },
    };
  }
  if (!profile.unit) {
    return {
      lead: '',
      question: speaker.fixed('onboarding.unknownUnit'),
      reprompt: speaker.fixed('onboarding.unknownUnitReprompt'),
      pending: { kind: 'onboarding' },
    };
  }
  return null;
}

export function offerWorkoutQuestion(speaker: Speaker): Question {
  return {
    lead: '',
    question: speaker.fixed('onboarding.ready'),
    reprompt: speaker.fixed('onboarding.readyReprompt'),
    pending: { kind: 'offer-workout' },
  };
}

/**
 * The onboarding question still open for this lifter (no workout yet, the profile incomplete), so
 * an answer to anything else, or words the model could not place, can end by asking it again.
 */
export async function openOnboardingQuestion(turn: Turn): Promise<Question | null> {
  const user = await turn.user();
  if (user.activeWorkout) return null;
  return onboardingQuestion(turn.speaker, user.profile);
}
