import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { defaultUnitForLocale, type EquipmentAccess, type Goal, type Level, type Unit } from '../../rules';
import { type ActiveWorkout, emptyProfile, type Profile } from '../../store';
import { isIntent } from '../guards';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import { resolvedSlot } from '../slots';
import type { Turn } from '../turn';
import { workoutInUnit } from '../workout/convert-units';
import { offerWorkoutQuestion, onboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';

const goals = ['hypertrophy', 'strength', 'both'] as const satisfies readonly Goal[];
const levels = ['beginner', 'intermediate', 'advanced'] as const satisfies readonly Level[];
const units = ['kg', 'lb'] as const satisfies readonly Unit[];
const equipment = [
  'full-gym',
  'barbell',
  'dumbbells',
  'machines',
  'bodyweight',
] as const satisfies readonly EquipmentAccess[];

/** Saves the profile change, then asks what comes next: the next onboarding step, the workout, or what now. */
async function saveAndContinue(
  input: HandlerInput,
  turn: Turn,
  profile: Profile,
  said: string,
  workout?: ActiveWorkout,
): Promise<Response> {
  const { speaker } = turn;
  const saved = await saveChanges(turn, { profile, ...(workout ? { activeWorkout: workout } : {}) });
  if (!saved.ok) {
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  }
  const next = onboardingQuestion(speaker, profile);
  if (next) return ask(input, sentences(said, next.question), next.reprompt, { pending: next.pending });
  const activeWorkout = workout ?? (await turn.user()).activeWorkout;
  if (activeWorkout) {
    const question = workoutQuestion(speaker, activeWorkout);
    return ask(input, sentences(said, question.lead, question.question), question.reprompt, {
      pending: question.pending,
    });
  }
  const offer = offerWorkoutQuestion(speaker);
  // Set-up just finished: training days are offered once, as a tip the lifter can let pass.
  const before = (await turn.user()).profile;
  const daysTip =
    onboardingQuestion(speaker, before) && !profile.trainingDays?.length
      ? speaker.fixed('schedule.onboardingTip')
      : undefined;
  return ask(input, sentences(said, daysTip, offer.question), offer.reprompt, { pending: offer.pending });
}

async function currentProfile(turn: Turn): Promise<Profile> {
  return (await turn.user()).profile ?? emptyProfile(turn.now, turn.locale);
}

export const setGoal = defineHandler('SetGoal', isIntent('SetGoalIntent'), async (input, turn) => {
  const goal = resolvedSlot(input, 'goal', goals);
  if (goal.kind !== 'match') {
    return ask(
      input,
      turn.speaker.fixed('onboarding.unknownGoal'),
      turn.speaker.fixed('onboarding.askGoalReprompt'),
      {
        pending: { kind: 'onboarding' },
      },
    );
  }
  const profile = { ...(await currentProfile(turn)), goal: goal.id };
  return saveAndContinue(input, turn, profile, turn.speaker.fixed(`onboarding.goalSet.${goal.id}`));
});

export const setLevel = defineHandler('SetLevel', isIntent('SetLevelIntent'), async (input, turn) => {
  const { speaker } = turn;
  const level = resolvedSlot(input, 'level', levels);
  if (level.kind !== 'match') {
    return ask(
      input,
      speaker.fixed('onboarding.unknownLevel'),
      speaker.fixed('onboarding.askLevelReprompt'),
      {
        pending: { kind: 'onboarding' },
      },
    );
  }
  const before = await currentProfile(turn);
  // Units come from the locale the first time, said once so the lifter knows how to change them.
  const unit = before.unit ?? defaultUnitForLocale(turn.locale);
  const unitNote = before.unit
    ? ''
    : speaker.fixed('onboarding.unitChosen', {
        unit: speaker.fixed(`units.${unit}`),
        other: speaker.fixed(`units.${unit === 'kg' ? 'lb' : 'kg'}`),
      });
  const profile = { ...before, level: level.id, unit };
  const said = sentences(
    speaker.fixed('onboarding.levelSet', { level: speaker.fixed(`onboarding.levels.${level.id}`) }),
    unitNote,
  );
  return saveAndContinue(input, turn, profile, said);
});

export const setUnits = defineHandler('SetUnits', isIntent('SetUnitsIntent'), async (input, turn) => {
  const { speaker } = turn;
  const unit = resolvedSlot(input, 'unit', units);
  if (unit.kind !== 'match') {
    return ask(
      input,
      speaker.fixed('onboarding.unknownUnit'),
      speaker.fixed('onboarding.unknownUnitReprompt'),
    );
  }
  const profile = { ...(await currentProfile(turn)), unit: unit.id };
  speaker.useUnit(unit.id);
  // The loads still to come switch with the profile, in the same write.
  const { activeWorkout } = await turn.user();
  return saveAndContinue(
    input,
    turn,
    profile,
    speaker.fixed('onboarding.unitSet', { unit: speaker.fixed(`units.${unit.id}`) }),
    activeWorkout ? workoutInUnit(activeWorkout, unit.id) : undefined,
  );
});

export const setEquipment = defineHandler(
  'SetEquipment',
  isIntent('SetEquipmentIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const choice = resolvedSlot(input, 'equipment', equipment);
    if (choice.kind !== 'match') {
      return ask(
        input,
        speaker.fixed('onboarding.unknownEquipment'),
        speaker.fixed('onboarding.unknownEquipmentReprompt'),
      );
    }
    const profile = { ...(await currentProfile(turn)), equipment: [choice.id] };
    return saveAndContinue(
      input,
      turn,
      profile,
      speaker.fixed('onboarding.equipmentSet', {
        equipment: speaker.fixed(`onboarding.equipment.${choice.id}`),
      }),
    );
  },
);
