import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import workoutPlanDocument from '../../skill-package/response/display/WorkoutPlan/document.json';
import { findExercise, type PlannedExercise, type RestDayPlan, type TrainingDayPlan } from '../rules';
import type { Speaker } from './i18n';
import { writeWeight } from './speech/numbers';
import { capitalised } from './workout/describe';

// The full plan goes to the card and the screen; speech keeps to a short overview.

function writtenRest(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function exerciseDetail(exercise: PlannedExercise): string {
  if (exercise.status === 'needs-max') {
    return findExercise(exercise.exerciseId)?.bodyweight
      ? 'First set: as many good reps as you can, one short of failure'
      : `Find your weight: one set of about ${exercise.calibration.targetReps} good reps`;
  }
  const { prescription } = exercise;
  const first = prescription.workingSets[0];
  const sets = prescription.workingSets.length;
  const reps = first?.targetReps ?? 0;
  const load = first?.load ? `@ ${writeWeight(first.load)}` : '· bodyweight';
  const warmUps = prescription.warmUpSets.length > 0 ? 'Warm-ups, then ' : '';
  return `${warmUps}${sets} × ${reps} ${load} · rest ${writtenRest(prescription.restSeconds)}`;
}

export function planCardText(plan: TrainingDayPlan): string {
  return [
    plan.summary,
    ...plan.exercises.map(
      (exercise, index) => `${index + 1}. ${capitalised(exercise.name)}: ${exerciseDetail(exercise)}`,
    ),
  ].join('\n');
}

export function supportsApl(input: HandlerInput): boolean {
  return Boolean(
    input.requestEnvelope.context.System.device?.supportedInterfaces?.['Alexa.Presentation.APL'],
  );
}

export function planDirective(
  speaker: Speaker,
  plan: TrainingDayPlan | RestDayPlan,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const subtitle =
    plan.kind === 'training'
      ? `${capitalised(speaker.fixed(`plan.day.${plan.day}`))} · ${speaker.fixed(`plan.focus.${plan.focus}`)}`
      : plan.reason;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: 'workoutPlan',
    document: workoutPlanDocument as Record<string, unknown>,
    datasources: {
      workoutPlan: {
        title: speaker.fixed('plan.cardTitle'),
        subtitle,
        exercises:
          plan.kind === 'training'
            ? plan.exercises.map((exercise) => ({
                name: capitalised(exercise.name),
                detail: exerciseDetail(exercise),
              }))
            : [],
        hint: plan.kind === 'training' ? 'Try "Alexa, start my workout"' : 'Recovery is part of training',
      },
    },
  };
}
