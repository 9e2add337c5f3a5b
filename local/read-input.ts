import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * A conversation script from a file, or from standard input for `-` or no file. Standard input is
 * read as a stream to its end: a pipe can be non-blocking, and then a synchronous read of fd 0
 * fails with EAGAIN as soon as a slow producer (`(sleep 3; cat script) | npm start`) has not written
 * yet.
 */
export async function readScript(path: string | undefined, stdin: Readable = process.stdin): Promise<string> {
  if (path !== undefined && path !== '-') return readFileSync(path, 'utf8');
  return readToEnd(stdin);
}

export async function readToEnd(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
