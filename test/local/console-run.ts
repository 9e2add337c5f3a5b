import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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
    // The console picks its own log level (INFO, DEBUG with --verbose), as `npm start` would.
    const { POWERTOOLS_LOG_LEVEL: _testLevel, ...env } = process.env;
    const child = spawn(tsx, ['local/console.ts', ...args], {
      cwd: root,
      env: { ...env, NO_COLOR: '1' },
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
