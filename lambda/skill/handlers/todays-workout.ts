import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { TrainingDayPlan } from '../../rules';
import { planCardText, planDirective, supportsApl } from '../display';
import { SkillError } from '../errors';
import { all, isIntent, pendingIs } from '../guards';
import { ask, sentences } from '../reply';
import { integerToWords, joinWords } from '../speech/numbers';
import type { Turn } from '../turn';
import { planToday, trainingProfile } from '../workout/coach';
import { onboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { unplannedDayLead } from '../workout/training-profile';
import { defineHandler } from './define';

/** Speech names three lifts at most; the card and the screen carry the whole plan. */
const spokenLifts = 3;

export function planOverview(turn: Turn, plan: TrainingDayPlan, screen: boolean): string {
  const { speaker } = turn;
  const names = plan.exercises.map((exercise) => exercise.name);
  const said = names.slice(0, spokenLifts);
  const extra = names.length - said.length;
  const lifts =
    extra > 0
      ? `${said.join(', ')}, ${speaker.fixed('plan.andMore', { count: integerToWords(extra) })}`
      : joinWords(said);
  return sentences(
    speaker.fixed('plan.overview', {
      focus: speaker.fixed(`plan.focus.${plan.focus}`),
      day: speaker.fixed(`plan.day.${plan.day}`),
      lifts,
    }),
    speaker.fixed(screen ? 'plan.moreScreen' : 'plan.more'),
  );
}

/** Onboarding first when the coach cannot plan yet; null when it can. */
export async function onboardingGate(input: HandlerInput, turn: Turn): Promise<Response | null> {
  const { profile } = await turn.user();
  const question = onboardingQuestion(turn.speaker, profile);
  if (!question) return null;
  return ask(
    input,
    sentences(turn.speaker.fixed('onboarding.needFirst'), question.question),
    question.reprompt,
    { pending: question.pending },
  );
}

/**
 * Today's training day for an onboarded lifter (the onboarding gate has passed), or the spoken
 * answer for a rest day.
 */
export async function trainingDayOrRest(
  input: HandlerInput,
  turn: Turn,
): Promise<{ plan: TrainingDayPlan } | { response: Response }> {
  const { speaker } = turn;
  const user = await turn.user();
  const profile = trainingProfile(user.profile);
  const planned = profile ? planToday(profile, user.stats, turn.now) : null;
  if (!planned?.ok)
    throw new SkillError(`No plan for an onboarded lifter: ${planned?.error.code ?? 'no profile'}`);
  const plan = planned.value;
  if (plan.kind === 'training') return { plan };
  return {
    response: ask(
      input,
      sentences(speaker.fixed('plan.restDay', { reason: plan.reason }), speaker.fixed('general.whatNow')),
      speaker.fixed('general.whatNowReprompt'),
      { directives: supportsApl(input) ? [planDirective(speaker, plan)] : [] },
    ),
  };
}

async function tellTodaysWorkout(input: HandlerInput, turn: Turn): Promise<Response> {
  const { speaker } = turn;
  const gate = await onboardingGate(input, turn);
  if (gate) return gate;
  const user = await turn.user();
  const screen = supportsApl(input);
  if (user.activeWorkout) {
    const plan = user.activeWorkout.plan;
    const question = workoutQuestion(speaker, user.activeWorkout, true);
    return ask(input, sentences(planOverview(turn, plan, screen), question.question), question.reprompt, {
      pending: question.pending,
      card: { title: speaker.fixed('plan.cardTitle'), text: planCardText(plan) },
      directives: screen ? [planDirective(speaker, plan)] : [],
    });
  }
  const today = await trainingDayOrRest(input, turn);
  if ('response' in today) return today.response;
  const { plan } = today;
  return ask(
    input,
    sentences(
      unplannedDayLead(turn, user.profile),
      planOverview(turn, plan, screen),
      speaker.fixed('plan.askStart'),
    ),
    speaker.fixed('plan.askStartReprompt'),
    {
      pending: { kind: 'offer-start' },
      card: { title: speaker.fixed('plan.cardTitle'), text: planCardText(plan) },
      directives: screen ? [planDirective(speaker, plan)] : [],
    },
  );
}

export const todaysWorkout = defineHandler(
  'TodaysWorkout',
  isIntent('TodaysWorkoutIntent'),
  tellTodaysWorkout,
);

/** "Yes" to "Shall I tell you today's workout?" */
export const yesToWorkoutOffer = defineHandler(
  'YesToWorkoutOffer',
  all(isIntent('AMAZON.YesIntent'), pendingIs('offer-workout')),
  tellTodaysWorkout,
);
