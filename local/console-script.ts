import { ConsoleClockError, clockCommand } from './console-clock';
import type { ConsoleEngine } from './console-engine';
import { letTimePass } from './listening-window';
import type { TimersEmulator } from './timers-emulator';

/**
 * Conversation scripts: a test written as the lifter would talk.
 *
 *   # a comment                   ignored, as are blank lines
 *   open lift coach               anything else is what the user says
 *   > wait for me                 says words that would otherwise be a command ("wait …")
 *   ~ I did banana                says words the console may not fully understand (no failure)
 *   silence                       a silent turn: Alexa reprompts, then closes the session
 *   wait 90s | wait 2m | wait 1m30s   lets emulated time pass (timers may end meanwhile); an open
 *                                 microphone hears silence every 8 s: the reprompt, then the session ends
 *   wait timer                    until the next timer ends
 *   wait 2d | wait 1d 6h | wait until tomorrow 6pm | wait until 7am
 *                                 moves the clock the requests carry (the next workout, days later);
 *                                 an open microphone hears silence first, so the session ends;
 *                                 workout reminders due on the way ring
 *   expect <regex>                what Alexa said since the last line must match (case-insensitive)
 *   expect-not <regex>            … must not match
 *   expect-reprompt <regex>       the last reprompt must match
 *   expect-card <regex>           the last card (title and text) must match
 *   expect-screen <regex>         what the screen shows now must match (with --screen)
 *   tap done|skip|ready|fewer|more  a touch on the screen's button (with --screen)
 *   expect-session open|ended     whether the last response left the session open
 */
export class ConsoleScriptError extends Error {
  override name = 'ConsoleScriptError';
}

export type ScriptAction =
  | { kind: 'say'; text: string; mayMishear: boolean }
  | { kind: 'silence' }
  | { kind: 'wait'; emulatedMs: number }
  | { kind: 'wait-timer' }
  | { kind: 'move-clock'; command: string }
  | { kind: 'expect'; target: 'speech' | 'reprompt' | 'card' | 'screen'; pattern: RegExp; negate: boolean }
  | { kind: 'expect-session'; open: boolean };

export type ScriptStep = { line: number } & ScriptAction;

export interface ScriptResult {
  ok: boolean;
  failure?: { line: number; message: string };
  turns: number;
}

/** Real time a `wait timer` may take at most, whatever the time scale. */
const timerWaitLimitMs = 60_000;

export function parseScript(text: string): ScriptStep[] {
  const steps: ScriptStep[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    steps.push({ line, ...parseStep(trimmed, line) });
  });
  return steps;
}

function parseStep(text: string, line: number): ScriptAction {
  if (text.startsWith('>')) return { kind: 'say', text: text.slice(1).trim(), mayMishear: false };
  if (text.startsWith('~')) return { kind: 'say', text: text.slice(1).trim(), mayMishear: true };
  if (text === 'silence') return { kind: 'silence' };
  const [command = '', ...rest] = text.split(/\s+/);
  const argument = text.slice(command.length).trim();
  switch (command) {
    case 'wait':
      if (argument === 'timer') return { kind: 'wait-timer' };
      if (/^until\b|\d\s*d\b/.test(argument)) return { kind: 'move-clock', command: clockLine(text, line) };
      return { kind: 'wait', emulatedMs: parseWait(argument, line) };
    case 'expect':
    case 'expect-not':
      return {
        kind: 'expect',
        target: 'speech',
        pattern: regex(argument, line),
        negate: command === 'expect-not',
      };
    case 'expect-reprompt':
      return { kind: 'expect', target: 'reprompt', pattern: regex(argument, line), negate: false };
    case 'expect-card':
      return { kind: 'expect', target: 'card', pattern: regex(argument, line), negate: false };
    case 'expect-screen':
      return { kind: 'expect', target: 'screen', pattern: regex(argument, line), negate: false };
    case 'expect-session':
      if (rest[0] !== 'open' && rest[0] !== 'ended') {
        throw new ConsoleScriptError(`line ${line}: expect-session takes "open" or "ended"`);
      }
      return { kind: 'expect-session', open: rest[0] === 'open' };
    default:
      return { kind: 'say', text, mayMishear: false };
  }
}

/** Checks a clock move when the script is read, so a typo fails before any turn is taken. */
function clockLine(text: string, line: number): string {
  try {
    if (clockCommand(text, new Date(0))) return text;
  } catch (error) {
    if (!(error instanceof ConsoleClockError)) throw error;
    throw new ConsoleScriptError(`line ${line}: ${error.message}`, { cause: error });
  }
  throw new ConsoleScriptError(`line ${line}: "${text}" needs a time like 2d, 1d 6h or until tomorrow 6pm`);
}

function parseWait(text: string, line: number): number {
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(
    text.replace(/\s+/g, ''),
  );
  if (!match || text === '')
    throw new ConsoleScriptError(`line ${line}: "wait ${text}" needs a time like 90s, 2m or 1m30s`);
  const [, hours, minutes, seconds] = match;
  return (Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) * 1000;
}

function regex(source: string, line: number): RegExp {
  if (!source) throw new ConsoleScriptError(`line ${line}: expect needs a pattern`);
  try {
    return new RegExp(source, 'i');
  } catch (error) {
    throw new ConsoleScriptError(`line ${line}: "${source}" is not a regular expression`, { cause: error });
  }
}

/** Runs the steps in order and stops at the first failure. */
export async function runScript(
  steps: readonly ScriptStep[],
  engine: ConsoleEngine,
  timers: TimersEmulator,
  echo: (line: string) => void,
): Promise<ScriptResult> {
  let turns = 0;
  let timersSeen = timers.ended.length;
  const fail = (line: number, message: string): ScriptResult => ({
    ok: false,
    failure: { line, message },
    turns,
  });
  for (const step of steps) {
    if (step.kind === 'say' || step.kind === 'silence') {
      echo(step.kind === 'say' ? step.text : '(silence)');
      const outcome = step.kind === 'say' ? await engine.hear(step.text) : await engine.silence();
      turns++;
      if (outcome.error) return fail(step.line, outcome.error);
      if (step.kind === 'say' && !outcome.understood && !step.mayMishear) {
        return fail(
          step.line,
          `"${step.text}" was not understood (prefix the line with ~ if that is intended)`,
        );
      }
    } else if (step.kind === 'wait') {
      const waited = await letTimePass(step.emulatedMs, engine, timers.timeScale);
      if (waited.error) return fail(step.line, waited.error);
    } else if (step.kind === 'move-clock') {
      echo(step.command);
      const moved = await engine.moveClock(step.command);
      if (!moved) return fail(step.line, `${step.command}: does not move the clock`);
      if (moved.error) return fail(step.line, `${step.command}: ${moved.error}`);
    } else if (step.kind === 'wait-timer') {
      // At a high time scale a short rest can end before the turn that set it has finished.
      const endedUnseen = timers.ended.length > timersSeen;
      if (!endedUnseen && timers.listTimers().length === 0)
        return fail(step.line, 'wait timer: no timer is running');
      try {
        if (!endedUnseen) await timers.nextTimerEnded(timerWaitLimitMs);
      } catch (error) {
        return fail(step.line, (error as Error).message);
      }
      timersSeen = timers.ended.length;
    } else if (step.kind === 'expect') {
      const subject =
        step.target === 'speech'
          ? engine.heard.join(' ')
          : step.target === 'reprompt'
            ? engine.lastReprompt
            : step.target === 'screen'
              ? engine.screen.text()
              : engine.lastCard;
      if (step.pattern.test(subject) === step.negate) {
        const verb = step.negate ? 'must not match' : 'does not match';
        return fail(step.line, `${step.target} ${verb} /${step.pattern.source}/i: "${subject}"`);
      }
    } else if (engine.sessionOpen !== step.open) {
      return fail(step.line, `expected the session to be ${step.open ? 'open' : 'ended'}`);
    }
  }
  return { ok: true, turns };
}
