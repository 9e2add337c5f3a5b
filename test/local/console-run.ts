import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs `local/console.ts` as `npm start` would (a child process), with a script on its stdin. */
export interface ConsoleRun {
  code: number | null;
  output: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export function scriptPath(name: string): string {
  return fileURLToPath(new URL(`./scripts/${name}`, import.meta.url));
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/**
 * `stdinDelayMs` holds the script back that long, as a slow producer would
 * (`(sleep 3; cat script) | npm start`).
 */
export function runConsole(
  args: readonly string[],
  stdin = '',
  timeoutMs = 60_000,
  stdinDelayMs = 0,
): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['local/console.ts', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the console did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    // A console that failed early closes its stdin before a slow producer writes.
    child.stdin.on('error', () => undefined);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
    if (stdinDelayMs > 0) setTimeout(() => child.stdin.end(stdin), stdinDelayMs);
    else child.stdin.end(stdin);
  });
}

/**
 * Runs the console with standard input on a non-blocking pipe (a FIFO opened O_NONBLOCK, as a shell
 * pipeline's can be after another process in it switched the pipe's mode) whose writer waits
 * `delayMs` before writing: a synchronous read finds nothing yet and fails with EAGAIN.
 */
export async function runConsoleOnSlowPipe(
  args: readonly string[],
  stdin: string,
  delayMs: number,
  timeoutMs = 90_000,
): Promise<ConsoleRun> {
  const directory = mkdtempSync(join(tmpdir(), 'lift-coach-fifo-'));
  const fifo = join(directory, 'stdin');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY);
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(tsx, ['local/console.ts', ...args], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: [reader, 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const feed = setTimeout(() => {
        writeSync(writer, stdin);
        closeSync(writer);
      }, delayMs);
      const guard = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the console did not finish within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(guard);
        clearTimeout(feed);
        resolve({ code, output });
      });
    });
  } finally {
    closeSync(reader);
    try {
      closeSync(writer);
    } catch {
      // already closed after the write
    }
    rmSync(directory, { recursive: true, force: true });
  }
}
