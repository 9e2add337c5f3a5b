import type { interfaces } from 'ask-sdk-model';
import workoutRestDocument from '../../skill-package/response/display/WorkoutRest/document.json';
import workoutSetDocument from '../../skill-package/response/display/WorkoutSet/document.json';
import { findExercise, plateBreakdown, type Weight } from '../rules';
import type { ActiveWorkout } from '../store';
import type { Speaker } from './i18n';
import { restLeft } from './rest';
import { integerToWords, writeWeight } from './speech/numbers';
import { capitalised } from './workout/describe';
import { activePhase, exerciseAt, needsCalibration, plannedSetAt, plannedSets } from './workout/engine';
import { restToTell } from './workout/rest-length';

// The Set and Rest screens of the workout in progress, built from the stored workout alone, so every
// turn that leaves the workout in a state shows the same screen for it.

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export const setScreenToken = 'workoutSet';
export const restScreenToken = 'workoutRest';

/**
 * Which set a screen shows: a touch carries it back, so a tap on a screen that is out of date (the
 * set was logged meanwhile, or a tap is sent twice) is recognised and stores nothing.
 */
export function screenPosition(workout: ActiveWorkout): string {
  return `${workout.workoutId}:${workout.cursor.exerciseIndex}:${workout.cursor.setIndex}`;
}

interface SetView {
  title: string;
  label: string;
  progress: string;
  reps: number;
  load: string;
  plates: string;
}

function platesText(speaker: Speaker, exerciseId: string, load: Weight | null): string {
  if (!load || findExercise(exerciseId)?.equipment !== 'barbell') return '';
  const plates = plateBreakdown(load);
  if (!plates.ok) return '';
  if (plates.value.platesPerSide.length === 0) return speaker.fixed('screen.emptyBar');
  return speaker.fixed('screen.plates', {
    plates: plates.value.platesPerSide.map((plate) => String(plate.value)).join(' + '),
  });
}

/** The set at the cursor as the screen writes it; null when no set is left. */
function setView(speaker: Speaker, workout: ActiveWorkout): SetView | null {
  const exercise = exerciseAt(workout);
  if (!exercise || workout.cursor.phase === 'done') return null;
  const title = capitalised(exercise.name);
  if (needsCalibration(workout) && exercise.status === 'needs-max') {
    // A bodyweight lift's first set measures reps on the body alone, not a weight.
    const bodyweight = findExercise(exercise.exerciseId)?.bodyweight === true;
    return {
      title,
      label: speaker.fixed(bodyweight ? 'screen.firstSet' : 'screen.calibration'),
      progress: speaker.fixed('screen.oneSet'),
      reps: exercise.calibration.targetReps,
      load: speaker.fixed(bodyweight ? 'screen.bodyweight' : 'screen.yourWeight'),
      plates: '',
    };
  }
  const planned = plannedSetAt(workout);
  const target = workout.currentTarget;
  const kind = target?.kind ?? planned?.kind ?? 'working';
  const load = target?.load ?? planned?.load ?? null;
  const warmUps = plannedSets(exercise).filter((set) => set.kind === 'warmup').length;
  return {
    title,
    label: speaker.fixed(kind === 'warmup' ? 'screen.warmup' : 'screen.working'),
    progress:
      kind === 'warmup'
        ? speaker.fixed('screen.warmupOf', { number: workout.cursor.setIndex + 1, total: warmUps })
        : speaker.fixed('screen.setOf', {
            number: planned?.setNumber ?? 1,
            total: planned?.workingSets ?? 1,
          }),
    reps: target?.reps ?? planned?.reps ?? 1,
    load: load ? writeWeight(load) : speaker.fixed('screen.bodyweight'),
    plates: platesText(speaker, exercise.exerciseId, load),
  };
}

export function setScreen(speaker: Speaker, workout: ActiveWorkout): RenderDocument | null {
  const view = setView(speaker, workout);
  if (!view) return null;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: setScreenToken,
    document: workoutSetDocument as Record<string, unknown>,
    datasources: {
      workoutSet: {
        ...view,
        doneLabel: speaker.fixed('screen.done'),
        skipLabel: speaker.fixed('screen.skip'),
        hint: speaker.fixed('screen.setHint', { reps: integerToWords(view.reps) }),
        position: screenPosition(workout),
      },
    },
  };
}

/** Seconds of the running rest left now: the device counts down from there. */
export function restSecondsLeft(workout: ActiveWorkout, now: Date): number {
  const length = restToTell(workout) ?? 0;
  const startedAt =
    typeof workout.notes.restStartedAt === 'string' ? workout.notes.restStartedAt : workout.lastTurnAt;
  return restLeft(length, startedAt, now);
}

export function restScreen(speaker: Speaker, workout: ActiveWorkout, now: Date): RenderDocument | null {
  if (workout.cursor.phase !== 'resting') return null;
  const next = setView(speaker, { ...workout, cursor: { ...workout.cursor, phase: activePhase(workout) } });
  const what = next ? `${next.title}, ${next.progress} · ${next.reps} × ${next.load}` : '';
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: restScreenToken,
    document: workoutRestDocument as Record<string, unknown>,
    datasources: {
      workoutRest: {
        title: speaker.fixed('screen.restTitle'),
        seconds: restSecondsLeft(workout, now),
        overLabel: speaker.fixed('screen.restOver'),
        next: what ? speaker.fixed('screen.next', { what }) : '',
        readyLabel: speaker.fixed('screen.ready'),
        hint: speaker.fixed('screen.restHint'),
        position: screenPosition(workout),
      },
    },
  };
}

/** The screen for the workout as this turn leaves it: the rest while resting, else the set at hand. */
export function workoutScreen(speaker: Speaker, workout: ActiveWorkout, now: Date): RenderDocument | null {
  return workout.cursor.phase === 'resting' ? restScreen(speaker, workout, now) : setScreen(speaker, workout);
}
