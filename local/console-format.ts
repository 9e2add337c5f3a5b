import type { ResponseEnvelope } from 'ask-sdk-model';
import { timersPermissionScope } from './alexa-requests';
import { remindersPermissionScope } from './reminders-api';
import { ssmlToText } from './ssml-text';
import type { Resolution } from './utterance-resolver';

/** How the console words what happened: Alexa's questions, speech as heard, what a line became. */
export function permissionQuestion(scope: string): string {
  const what =
    scope === timersPermissionScope ? 'timers' : scope === remindersPermissionScope ? 'reminders' : scope;
  return `Lift Coach would like to use ${what}. Do you allow it?`;
}

export function speechText(speech: ResponseEnvelope['response']['outputSpeech']): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : (speech.text ?? '');
}

export function isIntent(resolution: Resolution, name: string): boolean {
  return resolution.kind === 'intent' && resolution.intent === name;
}

export function describeResolution(resolution: Resolution): string {
  if (resolution.kind === 'launch') return '→ LaunchRequest';
  const slots = Object.entries(resolution.slots)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => {
      if (typeof value === 'object' && value && 'id' in value) return `${name}=${value.value}→${value.id}`;
      if (typeof value === 'object' && value) return `${name}=${value.value}(no match)`;
      return `${name}=${String(value)}`;
    });
  return `→ ${resolution.intent}${slots.length ? ` ${slots.join(' ')}` : ''}${resolution.oneShot ? ' (one-shot)' : ''}`;
}
