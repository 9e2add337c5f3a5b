import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { ActiveWorkout } from '../../store';
import { lazySchema } from '../../store';
import { screenPosition } from '../display-workout';
import type { Guard } from '../guards';
import { ask, sentences } from '../reply';
import { checkedReps } from '../slots';
import type { Turn } from '../turn';
import { alreadyLogged } from '../workout/logged-set';
import { workoutQuestion } from '../workout/prompt';
import { defineHandler } from './define';
import { askReps, logInWorkout } from './log-set';
import { nextSetIntent, noWorkout } from './next-set';
import { skipExercise } from './workout-control';

// Touches on the Echo Show's Set and Rest screens (APL SendEvent → Alexa.Presentation.APL.UserEvent).
// Each goes through the code of the words it stands for: "Done" is "I did <reps>", "Skip lift" is
// "skip", "I'm ready" is "ready", with the same checks, the same exactly-once logging and answer.

/** `[action, position, …]` as the documents send them; the position names the set on the screen. */
const touchSchema = lazySchema(() =>
  z.union([
    z.tuple([z.literal('done'), z.string(), z.unknown()]),
    z.tuple([z.literal('skip'), z.string()]),
    z.tuple([z.literal('ready'), z.string()]),
  ]),
);
type Touch = z.infer<typeof touchSchema>;

function touchOf(input: HandlerInput): Touch | null {
  const request = input.requestEnvelope.request as Partial<interfaces.alexa.presentation.apl.UserEvent>;
  const parsed = touchSchema.safeParse(request.arguments);
  return parsed.success ? parsed.data : null;
}

/** Only touches this skill's documents send: any other UserEvent is left to the catch-alls. */
const isScreenTouch: Guard = (input) =>
  input.requestEnvelope.request.type === 'Alexa.Presentation.APL.UserEvent' && touchOf(input) !== null;

/** A tap on a screen that no longer shows the set at hand (logged by voice meanwhile, or tapped twice). */
function staleTap(input: HandlerInput, turn: Turn, workout: ActiveWorkout): Response {
  const question = workoutQuestion(turn.speaker, workout);
  return ask(
    input,
    sentences(turn.speaker.fixed('screen.staleTap'), question.lead, question.question),
    question.reprompt,
    { pending: question.pending },
  );
}

function repsOfTap(value: unknown) {
  if (typeof value === 'number') return checkedReps({ kind: 'value', value });
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return checkedReps({ kind: 'value', value: Number(value) });
  return checkedReps({ kind: 'invalid', heard: String(value) });
}

export const screenTouch = defineHandler('ScreenTouch', isScreenTouch, async (input, turn) => {
  const touch = touchOf(input) as Touch;
  const { activeWorkout: workout } = await turn.user();
  if (!workout) return noWorkout(input, turn);
  if (touch[0] === 'done') {
    const reps = repsOfTap(touch[2]);
    if (!reps.ok) return askReps(input, turn, reps);
    // A retried request whose set is stored answers as the first attempt did (and stores nothing).
    if (!alreadyLogged(turn, workout) && touch[1] !== screenPosition(workout)) {
      return staleTap(input, turn, workout);
    }
    return logInWorkout(input, turn, workout, {
      exerciseId: undefined,
      set: { reps: reps.reps, load: null, failed: false, conversion: '' },
    });
  }
  if (touch[1] !== screenPosition(workout)) return staleTap(input, turn, workout);
  if (touch[0] === 'skip') return skipExercise.handle(input) as Promise<Response>;
  return nextSetIntent.handle(input) as Promise<Response>;
});
