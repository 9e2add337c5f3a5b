/**
 * Captures everything the process writes while `work` runs: Powertools' Logger writes to its own
 * `Console` over `process.stdout`/`process.stderr`, other code calls `console.*`, so both the
 * stream writes and the console methods are intercepted (and still passed through when `echo`).
 */
export interface CapturedOutput {
  /** Every chunk written, in order. */
  readonly chunks: string[];
  readonly text: string;
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const consoleMethods: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'trace'];

export async function captureOutput<T>(
  work: () => Promise<T>,
  options: { echo?: boolean } = {},
): Promise<{ result: T; output: CapturedOutput }> {
  const chunks: string[] = [];
  const originalStdout = process.stdout.write.bind(process.stdout);
  const originalStderr = process.stderr.write.bind(process.stderr);
  const originalConsole = Object.fromEntries(consoleMethods.map((name) => [name, console[name]])) as Record<
    ConsoleMethod,
    (...args: unknown[]) => void
  >;
  const intercept =
    (original: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      if (options.echo) return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      // A writer waiting for its callback (Console does not, streams may) must still hear back.
      const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  process.stdout.write = intercept(originalStdout) as typeof process.stdout.write;
  process.stderr.write = intercept(originalStderr) as typeof process.stderr.write;
  for (const name of consoleMethods) {
    console[name] = (...args: unknown[]) => {
      chunks.push(args.map((arg) => (typeof arg === 'string' ? arg : safeStringify(arg))).join(' '));
      if (options.echo) originalConsole[name](...args);
    };
  }
  try {
    const result = await work();
    return { result, output: { chunks, text: chunks.join('\n') } };
  } finally {
    process.stdout.write = originalStdout as typeof process.stdout.write;
    process.stderr.write = originalStderr as typeof process.stderr.write;
    for (const name of consoleMethods) console[name] = originalConsole[name];
  }
}

function safeStringify(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
