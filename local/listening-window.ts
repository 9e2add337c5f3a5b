import type { ConsoleEngine, TurnOutcome } from './console-engine';

/**
 * How long Alexa keeps the microphone open after a question before it plays the reprompt, and
 * again before it closes the session (about eight seconds each).
 */
export const listeningWindowMs = 8_000;

/**
 * Lets emulated time pass as it would in front of an Echo: while the microphone is open, every
 * listening window without an answer counts as silence (the reprompt, then the session closes),
 * so what is said after a long wait arrives outside the session, as a one-shot.
 */
export async function letTimePass(
  emulatedMs: number,
  engine: Pick<ConsoleEngine, 'listening' | 'listeningWindowPassed'>,
  timeScale: number,
): Promise<Pick<TurnOutcome, 'error'>> {
  let left = emulatedMs;
  while (left >= listeningWindowMs && engine.listening) {
    await sleep(listeningWindowMs / timeScale);
    left -= listeningWindowMs;
    const outcome = await engine.listeningWindowPassed();
    if (outcome.error) return { error: outcome.error };
  }
  await sleep(left / timeScale);
  return {};
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
