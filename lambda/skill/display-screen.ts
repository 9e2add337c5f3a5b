import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { ActiveWorkout, TurnChanges } from '../store';
import { supportsApl } from './display';
import { workoutScreen } from './display-workout';
import { describeError, logger } from './logging';
import { type Turn, turnOf } from './turn';

// One place decides what the screen shows during a workout, from the workout as the turn leaves it,
// so a set logged by voice, by a tap, after a question or a resumed rest all show the same screen.

const workoutsLeft = new WeakMap<Turn, ActiveWorkout | null>();

/** Called by the turn's one write when it is stored: the screen follows what was saved. */
export function rememberSavedWorkout(turn: Turn, changes: TurnChanges): void {
  if (changes.activeWorkout) workoutsLeft.set(turn, changes.activeWorkout);
  else if (changes.endActiveWorkout) workoutsLeft.set(turn, null);
}

/** Spoken turns and answers to Alexa's dialogs; never session ends or skill events. */
const screenRequests = new Set([
  'LaunchRequest',
  'IntentRequest',
  'Connections.Response',
  'Alexa.Presentation.APL.UserEvent',
]);

async function workoutLeft(turn: Turn): Promise<ActiveWorkout | null> {
  if (workoutsLeft.has(turn)) return workoutsLeft.get(turn) ?? null;
  // Only a turn that read the user shows a screen it did not write: a screen costs no extra read.
  const loaded = turn.loadedUser();
  return loaded ? (await loaded).activeWorkout : null;
}

function screenIsUpToDate(response: Response): boolean {
  return (response.directives ?? []).some(
    (directive) =>
      directive.type === 'Alexa.Presentation.APL.RenderDocument' ||
      directive.type === 'Connections.SendRequest',
  );
}

/**
 * On a device with a screen, every turn of a workout shows the set at hand or the rest counting
 * down. A handler that sent its own document (plan, progress, summary) or hands the dialog to Alexa
 * keeps it; a closing response shows only the rest (the timer keeps counting on the screen).
 */
export const screenInterceptor: ResponseInterceptor = {
  async process(input: HandlerInput, response?: Response) {
    if (!response || !supportsApl(input)) return;
    if (!screenRequests.has(input.requestEnvelope.request.type) || screenIsUpToDate(response)) return;
    try {
      const turn = turnOf(input);
      const workout = await workoutLeft(turn);
      if (!workout) return;
      const open = response.shouldEndSession === false;
      if (!open && workout.cursor.phase !== 'resting') return;
      const screen = workoutScreen(turn.speaker, workout, turn.now);
      if (screen) response.directives = [...(response.directives ?? []), screen];
    } catch (error) {
      // The answer has been decided and saved: a screen that cannot be drawn must not replace it.
      logger.warn('Screen not drawn', { ...describeError(error) });
    }
  },
};
