import type { HandlerInput } from 'ask-sdk-core';
import type { Profile } from '../../store';
import { spokenRest, startRestTimer } from '../rest';
import type { Turn } from '../turn';

export type RestStart =
  /** A timer runs; when it ends Alexa offers to continue (LAUNCH_TASK). */
  | { mode: 'timer'; timerId: string; consent: Profile['timerConsent'] }
  /** Timers are not allowed yet: ask by voice (AskFor), once per workout. */
  | { mode: 'ask-consent'; consent: Profile['timerConsent'] }
  /** No timer: counted out loud (short rests) or left to the lifter (long ones). */
  | { mode: 'countdown' | 'long'; speech: string; consent: Profile['timerConsent'] };

/**
 * How this rest is kept. A timer is tried unless the lifter said no; a 401 means the permission is
 * missing (ask by voice, unless already asked this workout); any other failure counts the rest aloud.
 */
export async function startRest(
  input: HandlerInput,
  turn: Turn,
  options: {
    seconds: number;
    workoutId: string;
    consent: Profile['timerConsent'];
    consentAsked: boolean;
    skillId: string | undefined;
  },
): Promise<RestStart> {
  const { seconds, consent } = options;
  if (consent === 'denied') {
    const spoken = spokenRest(turn.speaker, seconds);
    return { mode: spoken.kind, speech: spoken.speech, consent };
  }
  const timer = await startRestTimer(input, turn, seconds, options.workoutId, options.skillId);
  if (timer.kind === 'created') return { mode: 'timer', timerId: timer.timerId, consent: 'granted' };
  if (timer.kind === 'no-permission') {
    // The permission was revoked or never given; the stored consent no longer holds.
    if (!options.consentAsked) return { mode: 'ask-consent', consent: 'unknown' };
    const spoken = spokenRest(turn.speaker, seconds);
    return { mode: spoken.kind, speech: spoken.speech, consent: 'unknown' };
  }
  const spoken = spokenRest(turn.speaker, seconds);
  return { mode: spoken.kind, speech: spoken.speech, consent };
}
