import { maxBreakSeconds, pause } from './ssml';

export interface CountdownCues {
  thirty: string;
  ten: string;
  three: string;
  two: string;
  one: string;
  over: string;
}

/** Roughly how long Alexa takes to say one short cue; the pauses leave room for it. */
const cueSeconds = 1;

/** Pauses adding up to `seconds`, none longer than Alexa's ten-second limit. */
export function silence(seconds: number): string {
  let left = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  while (left > 0) {
    const chunk = Math.min(maxBreakSeconds, left);
    parts.push(pause(chunk));
    left -= chunk;
  }
  return parts.join('');
}

/**
 * A spoken rest for devices without timer permission: silence in ten-second pauses, cues at thirty
 * and ten seconds, then three, two, one. Only for short rests: a response cannot hold minutes.
 */
export function spokenCountdown(restSeconds: number, cues: CountdownCues): string {
  const total = Math.max(0, Math.round(restSeconds));
  // Three-two-one takes about three seconds itself; a shorter rest is only a pause.
  if (total < 4) return [silence(total), cues.over].filter(Boolean).join(' ');
  const parts: string[] = [];
  let left = total;
  for (const [at, cue] of [
    [30, cues.thirty],
    [10, cues.ten],
  ] as const) {
    if (left <= at) continue;
    parts.push(silence(left - at - (parts.length > 0 ? cueSeconds : 0)), cue);
    left = at;
  }
  if (left > 3) parts.push(silence(left - 3 - (parts.length > 0 ? cueSeconds : 0)));
  parts.push(cues.three, pause(1), cues.two, pause(1), cues.one, pause(0.5), cues.over);
  return parts.filter(Boolean).join(' ');
}
