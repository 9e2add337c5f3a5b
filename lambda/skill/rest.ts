import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { Speaker } from './i18n';
import { describeError, logger } from './logging';
import { spokenCountdown } from './speech/countdown';
import { sayDuration } from './speech/numbers';
import type { Turn } from './turn';

export const timersPermissionScope = 'alexa::alerts:timers:skill:readwrite';

/** Rests up to this long are counted out loud when there is no timer; longer ones are left to the lifter. */
export const longestSpokenRestSeconds = 90;

export type TimerStart =
  | { kind: 'created'; timerId: string }
  | { kind: 'no-permission' }
  | { kind: 'failed' };

/** The LAUNCH_TASK name Alexa resolves to `skill-package/tasks/ResumeWorkout.1.json` of this skill. */
export function resumeTaskName(skillId: string): string {
  return `${skillId}.ResumeWorkout`;
}

export function isoDuration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `PT${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
}

function skillIdOf(input: HandlerInput, configured: string | undefined): string {
  return configured ?? input.requestEnvelope.context.System.application.applicationId;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Starts the rest on the Alexa Timers API. When it ends Alexa offers to continue, and the launch
 * with the task resumes the workout. 401/403 mean the lifter has not granted timers (ask by voice);
 * anything else falls back to the spoken rest.
 */
export async function startRestTimer(
  input: HandlerInput,
  turn: Turn,
  seconds: number,
  workoutId: string,
  skillId: string | undefined,
): Promise<TimerStart> {
  const factory = input.serviceClientFactory;
  if (!factory || !input.requestEnvelope.context.System.apiAccessToken) return { kind: 'failed' };
  const request: services.timerManagement.TimerRequest = {
    duration: isoDuration(seconds),
    timerLabel: turn.speaker.fixed('rest.timerLabel'),
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: turn.locale, text: turn.speaker.fixed('rest.timerConfirm') }],
        task: { name: resumeTaskName(skillIdOf(input, skillId)), version: '1', input: { workoutId } },
      },
      notificationConfig: { playAudible: true },
    },
  };
  try {
    const timer = await factory.getTimerManagementServiceClient().createTimer(request);
    if (!timer.id) return { kind: 'failed' };
    return { kind: 'created', timerId: timer.id };
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) return { kind: 'no-permission' };
    logger.warn('Rest timer could not be created; counting the rest instead', {
      user: turn.userHash,
      status: status ?? 'none',
      ...describeError(error),
    });
    return { kind: 'failed' };
  }
}

/** Best effort: a timer that is already gone or cannot be reached must not stop the workout. */
export async function cancelRestTimer(
  input: HandlerInput,
  turn: Turn,
  timerId: string | null,
): Promise<void> {
  if (!timerId || !input.serviceClientFactory || !input.requestEnvelope.context.System.apiAccessToken) return;
  try {
    await input.serviceClientFactory.getTimerManagementServiceClient().deleteTimer(timerId);
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return;
    logger.warn('Rest timer could not be cancelled', {
      user: turn.userHash,
      status: status ?? 'none',
      ...describeError(error),
    });
  }
}

/** Without a timer: a counted rest for short rests, or the hint to come back for long ones. */
export function spokenRest(
  speaker: Speaker,
  seconds: number,
): { kind: 'countdown' | 'long'; speech: string } {
  // The rest already ran out (a long consent dialog): straight on to the next set.
  if (seconds < 4) return { kind: 'countdown', speech: speaker.fixed('rest.over') };
  const duration = sayDuration(seconds);
  if (seconds > longestSpokenRestSeconds)
    return { kind: 'long', speech: speaker.say('rest.long', { duration }) };
  const countdown = spokenCountdown(seconds, {
    thirty: speaker.fixed('rest.thirty'),
    ten: speaker.fixed('rest.ten'),
    three: speaker.fixed('rest.three'),
    two: speaker.fixed('rest.two'),
    one: speaker.fixed('rest.one'),
    over: speaker.fixed('rest.over'),
  });
  return { kind: 'countdown', speech: `${speaker.say('rest.countdownIntro', { duration })} ${countdown}` };
}

/** Seconds of rest left, counted from when the rest began (the turn that logged the set). */
export function restLeft(restSeconds: number, restStartedAt: string, now: Date): number {
  const elapsed = Math.max(0, (now.getTime() - Date.parse(restStartedAt)) / 1000);
  return Math.max(0, Math.round(restSeconds - elapsed));
}
