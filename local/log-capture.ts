import { appendFileSync } from 'node:fs';

/**
 * The Lambdas log structured JSON lines (one per call) to stdout and stderr, as in the cloud. In
 * the console they would drown the conversation, so they go to a log file; an ERROR line still
 * counts, because the catch-all handler answers politely and that is how a skill error shows.
 */
export interface CapturedLog {
  level: string;
  service: string;
  message: string;
}

export interface LogCapture {
  /** ERROR / CRITICAL entries since the last `takeErrors`. */
  takeErrors(): CapturedLog[];
  restore(): void;
}

const errorLevels = new Set(['ERROR', 'CRITICAL']);

export interface LogCaptureOptions {
  logFile?: string;
  echo?: boolean;
  /** Sees every captured line as written (the tests keep a failed test's lines to show them). */
  onLine?: (line: string) => void;
}

export function captureLambdaLogs(options: LogCaptureOptions): LogCapture {
  const errors: CapturedLog[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, index) => {
    const original = originals[index] as typeof stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      const entry = parseLogLine(text);
      if (!entry) return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      if (errorLevels.has(entry.level)) errors.push(entry);
      const line = text.endsWith('\n') ? text : `${text}\n`;
      if (options.logFile) appendFileSync(options.logFile, line);
      options.onLine?.(line);
      if (options.echo)
        (original as (...args: unknown[]) => boolean)(`  · ${entry.level} ${entry.message}\n`);
      const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  });
  return {
    takeErrors: () => errors.splice(0, errors.length),
    restore: () => {
      streams.forEach((stream, index) => {
        stream.write = originals[index] as typeof stream.write;
      });
    },
  };
}

function parseLogLine(text: string): CapturedLog | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  try {
    const parsed = JSON.parse(trimmed) as Record<string, unknown>;
    if (typeof parsed.level !== 'string' || typeof parsed.message !== 'string') return undefined;
    return {
      level: parsed.level.toUpperCase(),
      service: typeof parsed.service === 'string' ? parsed.service : 'lambda',
      message: parsed.message,
    };
  } catch {
    return undefined;
  }
}
