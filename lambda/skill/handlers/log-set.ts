import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { defaultUnitForLocale, exerciseCatalog, findExercise, type Weight } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { isIntent } from '../guards';
import { ask, type Pending, pendingOf, sentences } from '../reply';
import { type RepsResult, repsSlot, resolvedSlot, weightSlot } from '../slots';
import { integerToWords, joinWords, sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { capitalised } from '../workout/describe';
import { exerciseAt, needsCalibration } from '../workout/engine';
import { isAbsurdLoad, knownMax, toLifterUnit } from '../workout/load-check';
import { alreadyLogged, type SpokenSet } from '../workout/logged-set';
import { setPhrase } from '../workout/logged-words';
import { openOnboardingQuestion } from '../workout/onboarding';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';
import { logCalibrationSet } from './log-calibration';
import { logExtraSet, logPlannedSet } from './log-set-flows';

export const exerciseIds = exerciseCatalog.map((exercise) => exercise.id);

export function askReps(
  input: HandlerInput,
  turn: Turn,
  problem: Exclude<RepsResult, { ok: true }>,
): Response {
  const { speaker } = turn;
  const key = {
    missing: 'logging.repsMissing',
    invalid: 'logging.repsInvalid',
    zero: 'logging.repsZero',
    negative: 'logging.repsNegative',
    'too-many': 'logging.repsTooMany',
  }[problem.problem];
  return ask(
    input,
    capitalised(
      speaker.fixed(key, { reps: problem.heard === undefined ? '' : integerToWords(problem.heard) }),
    ),
    speaker.fixed('workout.askRepsReprompt'),
    {
      pending: { kind: 'ask-reps' },
    },
  );
}

/** "I don't know curls yet… Which lift was it?"; a set heard with it waits for the lift's name. */
export function unknownExercise(
  input: HandlerInput,
  turn: Turn,
  heard: string,
  set?: Extract<Pending, { kind: 'name-lift' }>,
): Response {
  const examples = joinWords(['bench press', 'squat', 'deadlift', 'overhead press'], 'or');
  return ask(
    input,
    turn.speaker.fixed('logging.unknownExercise', { heard, examples }),
    turn.speaker.fixed('logging.unknownExerciseReprompt'),
    set ? { pending: set } : {},
  );
}

/** Reps and a failed flag: from this request, or remembered when the skill asked for the weight. */
function repsOf(
  input: HandlerInput,
  failed: boolean,
  weightSaid: boolean,
): { reps: RepsResult; failed: boolean } {
  const reps = repsSlot(input);
  const pending = pendingOf(input);
  // "Twenty kilos" answers "What weight did you use?": the reps were heard the turn before.
  if (!reps.ok && reps.problem === 'missing' && weightSaid && pending?.kind === 'ask-reps' && pending.reps)
    return { reps: { ok: true, reps: pending.reps }, failed: failed || pending.failed === true };
  return { reps, failed };
}

/**
 * "I did eight", "got six at a hundred kilos", "failed at four", or a bare "twenty kilos" after the
 * skill asked for the weight: checks every number first (bad input changes nothing), then logs
 * against the workout's current set, or offers a free set without one.
 */
async function logSet(input: HandlerInput, turn: Turn, failedIntent: boolean): Promise<Response> {
  const { speaker } = turn;
  // Set-up is not finished: whatever was heard, the open set-up question comes back.
  const onboarding = await openOnboardingQuestion(turn);
  if (onboarding) {
    return ask(
      input,
      sentences(speaker.fixed('onboarding.needFirst'), onboarding.question),
      onboarding.reprompt,
      { pending: onboarding.pending },
    );
  }
  const weight = weightSlot(input);
  const { reps, failed } = repsOf(input, failedIntent, weight.kind === 'value');
  if (!reps.ok) return askReps(input, turn, reps);
  const exercise = resolvedSlot(input, 'exercise', exerciseIds);
  const user = await turn.user();
  const workout = user.activeWorkout;
  const unit = user.profile?.unit ?? defaultUnitForLocale(turn.locale);
  const currentId = workout && workout.cursor.phase !== 'done' ? exerciseAt(workout)?.exerciseId : undefined;
  const exerciseId =
    exercise.kind === 'match' ? exercise.id : exercise.kind === 'missing' ? currentId : undefined;

  let load: Weight | null = null;
  let saidLoad: Weight | null = null;
  let conversion = '';
  if (weight.kind === 'value') {
    const saidUnit = resolvedSlot(input, 'unit', ['kg', 'lb'] as const);
    const spoken = toLifterUnit(
      { value: weight.value, unit: saidUnit.kind === 'match' ? saidUnit.id : unit },
      unit,
      exerciseId,
    );
    const max = exerciseId ? knownMax(user, exerciseId) : null;
    if (isAbsurdLoad(spoken.load, max)) {
      return ask(
        input,
        capitalised(
          speaker.fixed('logging.weightAbsurd', {
            load: sayWeight(spoken.convertedFrom ?? spoken.load),
            exercise: (exerciseId && findExercise(exerciseId)?.name) || 'that lift',
          }),
        ),
        speaker.fixed('logging.weightAbsurdReprompt'),
        { pending: { kind: 'ask-reps', reps: reps.reps, failed } },
      );
    }
    load = spoken.load;
    saidLoad = spoken.convertedFrom;
    if (spoken.convertedFrom)
      conversion = speaker.fixed('workout.converted', { converted: sayWeight(spoken.load) });
  }

  const heardSet = {
    kind: 'name-lift' as const,
    reps: reps.reps,
    weight: load?.value ?? null,
    unit: load?.unit ?? unit,
    failed,
  };
  if (exercise.kind === 'no-match') return unknownExercise(input, turn, exercise.heard, heardSet);
  if (!workout) {
    if (!exerciseId) {
      return ask(
        input,
        speaker.fixed('logging.freeNeedsExercise'),
        speaker.fixed('logging.freeNeedsExerciseReprompt'),
        { pending: heardSet },
      );
    }
    const what = `${setPhrase(reps.reps, load)} of ${findExercise(exerciseId)?.name ?? exerciseId}`;
    return ask(
      input,
      sentences(conversion, speaker.fixed('logging.noWorkout', { what })),
      speaker.fixed('logging.noWorkoutReprompt'),
      {
        pending: {
          kind: 'free-set',
          exerciseId,
          reps: reps.reps,
          weight: load?.value ?? null,
          unit: load?.unit ?? unit,
          failed,
        },
      },
    );
  }
  return logInWorkout(input, turn, workout, {
    exerciseId: exercise.kind === 'match' ? exercise.id : undefined,
    set: { reps: reps.reps, load, failed, conversion, saidAs: saidLoad, loadConfirmed: false },
  });
}

/** A set heard during a workout: a lift other than the current one, a calibration set, or the planned set. */
export async function logInWorkout(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  said: { exerciseId: string | undefined; set: SpokenSet },
): Promise<Response> {
  const { speaker } = turn;
  if (workout.cursor.phase === 'done') {
    const question = workoutQuestion(speaker, workout);
    return ask(input, question.question, question.reprompt, { pending: question.pending });
  }
  if (alreadyLogged(turn, workout)) {
    const question = workoutQuestion(speaker, workout, true);
    return ask(input, sentences(speaker.fixed('logging.duplicate'), question.question), question.reprompt, {
      pending: question.pending,
    });
  }
  const currentId = exerciseAt(workout)?.exerciseId;
  const exerciseId = said.exerciseId ?? currentId;
  if (exerciseId && exerciseId !== currentId) return logExtraSet(input, turn, workout, exerciseId, said.set);
  if (needsCalibration(workout)) return logCalibrationSet(input, turn, workout, said.set);
  return logPlannedSet(input, turn, workout, said.set);
}

export const logSetIntent = defineHandler('LogSet', isIntent('LogSetIntent'), (input, turn) =>
  logSet(input, turn, false),
);
export const logFailedSetIntent = defineHandler(
  'LogFailedSet',
  isIntent('LogFailedSetIntent'),
  (input, turn) => logSet(input, turn, true),
);
