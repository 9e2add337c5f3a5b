import { spawn, spawnSync } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { ConsoleEngine, ConsoleLine } from './console-engine';
import type { TimersEmulator } from './timers-emulator';

/**
 * The terminal face of the console: prints Alexa's lines, speaks them through espeak-ng on
 * request, and shows a running rest timer as a progress bar in the prompt.
 */
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatLine(line: ConsoleLine): string {
  switch (line.kind) {
    case 'alexa':
      return `${paint('36;1', 'Alexa:')} ${line.text}`;
    case 'card':
      return paint('33', `  ┌ card: ${line.title}\n${line.text.replace(/^/gm, '  │ ')}`);
    case 'note':
      return paint('2', `  ${line.text}`);
    case 'error':
      return paint('31', `  ✗ ${line.text}`);
  }
}

export interface Speaker {
  say(text: string): void;
}

/** espeak-ng when installed; a one-time note otherwise. Lines are spoken one after another. */
export function espeakSpeaker(warn: (text: string) => void): Speaker | undefined {
  const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    warn('(--speak: espeak-ng is not installed, so Alexa is only printed)');
    return undefined;
  }
  let queue = Promise.resolve();
  return {
    say(text) {
      queue = queue.then(
        () =>
          new Promise<void>((resolve) => {
            const child = spawn('espeak-ng', [text], { stdio: 'ignore' });
            child.on('exit', () => resolve());
            child.on('error', () => resolve());
          }),
      );
    },
  };
}

export function progressBar(fraction: number, width = 20): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function clock(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Runs the interactive loop until the user quits. */
export async function runRepl(
  engine: ConsoleEngine,
  timers: TimersEmulator,
  printer: Printer,
): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let idle = true;
  const basePrompt = paint('32;1', 'you> ');
  const render = () => {
    const [timer] = timers.listTimers();
    if (!timer) {
      rl.setPrompt(basePrompt);
      return;
    }
    const done = 1 - timer.remainingMs / timer.durationMs;
    const state = timer.status === 'PAUSED' ? ' paused' : '';
    rl.setPrompt(
      `${paint('35', `[rest ${progressBar(done)} ${clock(timer.remainingMs)}${state}]`)} ${basePrompt}`,
    );
  };
  printer.attach(rl, () => idle, render);
  const ticker = setInterval(() => {
    if (!idle) return;
    const before = rl.getPrompt();
    render();
    if (timers.listTimers().length > 0 || rl.getPrompt() !== before) rl.prompt(true);
  }, 250);
  const stopTimerChanges = timers.onChange((change) => {
    const verb = { created: 'started', paused: 'paused', resumed: 'resumed', deleted: 'cancelled' }[
      change.kind
    ];
    printer.print({ kind: 'note', text: `(rest timer ${clock(change.timer.remainingMs)} ${verb})` });
  });
  render();
  rl.prompt();
  let busy = Promise.resolve();
  await new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      if (['exit', 'quit', '.exit'].includes(line.trim().toLowerCase())) {
        rl.close();
        return;
      }
      idle = false;
      busy = busy.then(async () => {
        const moved = await engine.moveClock(line);
        if (!moved) await engine.hear(line);
        else if (moved.error) printer.print({ kind: 'note', text: `(${moved.error})` });
        idle = true;
        render();
        rl.prompt();
      });
    });
    // Ctrl-C quits like Ctrl-D (readline would otherwise only pause).
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      busy.then(() => resolve());
    });
  });
  clearInterval(ticker);
  stopTimerChanges();
  printer.attach(
    undefined,
    () => true,
    () => undefined,
  );
}

/** Prints above the prompt without mangling what the user is typing. */
export class Printer {
  private rl: Interface | undefined;
  private promptShown: () => boolean = () => false;
  private refreshPrompt: () => void = () => undefined;

  constructor(private readonly speaker: Speaker | undefined) {}

  /** `promptShown` says whether the prompt is on screen (no turn running), so a timer line redraws it. */
  attach(rl: Interface | undefined, promptShown: () => boolean, refreshPrompt: () => void): void {
    this.rl = rl;
    this.promptShown = promptShown;
    this.refreshPrompt = refreshPrompt;
  }

  print(line: ConsoleLine): void {
    const text = formatLine(line);
    if (this.rl && process.stdout.isTTY && this.promptShown()) {
      process.stdout.write('\r\u001b[2K');
      process.stdout.write(`${text}\n`);
      this.refreshPrompt();
      this.rl.prompt(true);
    } else {
      process.stdout.write(`${text}\n`);
    }
    if (line.kind === 'alexa') this.speaker?.say(line.text);
  }

  echoUser(text: string): void {
    process.stdout.write(`${paint('32;1', 'you>')} ${text}\n`);
  }
}
