import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import {
  Agent,
  type ClientRequest,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Counts DynamoDB work at the wire, where the SDK copy bundled inside `dist/skill/index.mjs` can be
 * seen as well as any local client. Two pieces, joined by the SDK's own `amz-sdk-invocation-id`
 * header (one id per command, kept across retries) and `amz-sdk-request` (the attempt):
 *
 * - a loopback proxy in front of DynamoDB Local that records every HTTP request (operation, status)
 *   and the capacity DynamoDB says it consumed. So that capacity is reported even when the code
 *   under test does not ask for it, the proxy can add `ReturnConsumedCapacity: TOTAL` to requests
 *   that lack it: that is the measurement adding it, not the application.
 * - an in-process tracker that tags each request leaving this process with the unit of work
 *   (a conversation turn) it belongs to, through AsyncLocalStorage, so turns that run concurrently
 *   are still counted apart.
 */

export class DynamoCallCounterError extends Error {
  override name = 'DynamoCallCounterError';
}

export type DynamoOperationKind = 'read' | 'write' | 'stream' | 'control';

const readOperations = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
const writeOperations = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

export interface DynamoOperation {
  /** e.g. `Query`, `TransactWriteItems`, `GetRecords`. */
  operation: string;
  kind: DynamoOperationKind;
}

/** Reads the `X-Amz-Target` header: `DynamoDB_20120810.Query`, `DynamoDBStreams_20120810.GetRecords`. */
export function classifyDynamoTarget(target: string | undefined): DynamoOperation {
  const [service = '', operation = 'unknown'] = (target ?? '').split('.');
  if (service.startsWith('DynamoDBStreams')) return { operation, kind: 'stream' };
  if (readOperations.has(operation)) return { operation, kind: 'read' };
  if (writeOperations.has(operation)) return { operation, kind: 'write' };
  return { operation, kind: 'control' };
}

export interface CountedRequest extends DynamoOperation {
  /** `<amz-sdk-invocation-id>/<attempt>`; the same key the tracker records. */
  key: string;
  status: number;
  /** Capacity units DynamoDB reported, split by what they are billed as. */
  readUnits: number;
  writeUnits: number;
  /** True when the proxy, not the caller, asked for ConsumedCapacity. */
  capacityAddedByCounter: boolean;
  /** From forwarding the request to the end of DynamoDB's answer: the caller's wait, less the loopback hop. */
  upstreamMs: number;
}

export interface DynamoCallCounterOptions {
  /** DynamoDB Local's endpoint, e.g. `http://127.0.0.1:8000`. */
  upstream: string;
  /** Add `ReturnConsumedCapacity: TOTAL` where the caller did not ask. Default true. */
  addReturnConsumedCapacity?: boolean;
}

export interface DynamoCallCounter {
  /** Point clients here (`AWS_ENDPOINT_URL_DYNAMODB`). */
  readonly endpoint: string;
  /** Every request forwarded, in arrival order. */
  readonly requests: readonly CountedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export function requestKey(invocationId: unknown, attempt: unknown): string {
  return `${String(invocationId ?? 'none')}/${String(attempt ?? 'attempt=1')}`;
}

const operationsWithCapacity = new Set([...readOperations, ...writeOperations]);
/** Reads billed per request with a minimum; batch and transaction reads are billed per item read. */
const singleReadOperations = new Set(['GetItem', 'Query', 'Scan']);

export async function startDynamoCallCounter(options: DynamoCallCounterOptions): Promise<DynamoCallCounter> {
  const upstream = new URL(options.upstream);
  const addCapacity = options.addReturnConsumedCapacity ?? true;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const requests: CountedRequest[] = [];

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, body: Buffer) => {
    const { operation, kind } = classifyDynamoTarget(header(incoming, 'x-amz-target'));
    let forwardedBody = body;
    let capacityAddedByCounter = false;
    const parsed = operationsWithCapacity.has(operation) ? parseJson(body) : undefined;
    const readFloor = singleReadOperations.has(operation) ? (parsed?.ConsistentRead === true ? 1 : 0.5) : 0;
    if (addCapacity && parsed) {
      if (parsed.ReturnConsumedCapacity === undefined) {
        forwardedBody = Buffer.from(JSON.stringify({ ...parsed, ReturnConsumedCapacity: 'TOTAL' }));
        capacityAddedByCounter = true;
      }
    }
    const headers = { ...incoming.headers, 'content-length': String(forwardedBody.length) };
    const forwardedAt = performance.now();
    const upstreamRequest = httpRequest(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers,
      },
      (upstreamResponse) => {
        const chunks: Buffer[] = [];
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamResponse.on('end', () => {
          const responseBody = Buffer.concat(chunks);
          const reported = consumedUnits(kind, upstreamResponse, responseBody);
          // DynamoDB bills a read that finds nothing (0.5 unit, 1 when consistent); DynamoDB Local
          // reports 0 for it, so the floor is applied here. Only successful reads are billed so.
          const succeeded = upstreamResponse.statusCode === 200;
          const units = {
            readUnits: succeeded ? Math.max(reported.readUnits, readFloor) : reported.readUnits,
            writeUnits: reported.writeUnits,
          };
          requests.push({
            key: requestKey(header(incoming, 'amz-sdk-invocation-id'), header(incoming, 'amz-sdk-request')),
            operation,
            kind,
            status: upstreamResponse.statusCode ?? 0,
            ...units,
            capacityAddedByCounter,
            upstreamMs: performance.now() - forwardedAt,
          });
          // The response goes back byte for byte: the SDK checks DynamoDB's CRC32 of the body.
          outgoing.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
          outgoing.end(responseBody);
        });
      },
    );
    upstreamRequest.on('error', () => {
      // A dropped upstream connection reaches the caller as one too, as it would without the counter.
      outgoing.destroy();
    });
    upstreamRequest.end(forwardedBody);
  };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => forward(incoming, outgoing, Buffer.concat(chunks)));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) => reject(new DynamoCallCounterError('counter did not start', { cause })));
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    reset: () => {
      requests.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function header(message: IncomingMessage, name: string): string | undefined {
  const value = message.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

interface CapacityEntry {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/**
 * Sums `ConsumedCapacity` (one entry, or one per table for batch and transaction calls). With
 * `TOTAL` DynamoDB reports `CapacityUnits` only; a read call's units are read units, a write call's
 * are write units (a transaction's condition checks are billed as writes too).
 */
export function consumedUnits(
  kind: DynamoOperationKind,
  response: Pick<IncomingMessage, 'headers'>,
  body: Buffer,
): { readUnits: number; writeUnits: number } {
  if (response.headers['content-encoding']) return { readUnits: 0, writeUnits: 0 };
  const parsed = parseJson(body);
  const capacity = parsed?.ConsumedCapacity;
  const entries = (Array.isArray(capacity) ? capacity : capacity ? [capacity] : []) as CapacityEntry[];
  let readUnits = 0;
  let writeUnits = 0;
  for (const entry of entries) {
    if (entry.ReadCapacityUnits !== undefined || entry.WriteCapacityUnits !== undefined) {
      readUnits += entry.ReadCapacityUnits ?? 0;
      writeUnits += entry.WriteCapacityUnits ?? 0;
    } else if (kind === 'write') {
      writeUnits += entry.CapacityUnits ?? 0;
    } else {
      readUnits += entry.CapacityUnits ?? 0;
    }
  }
  return { readUnits, writeUnits };
}

export interface TrackedRequest extends DynamoOperation {
  key: string;
}

interface TrackedWork {
  requests: TrackedRequest[];
}

/**
 * Tags the HTTP requests to the counter that start inside `track(work)`: Node publishes every
 * client request on the `http.client.request.start` diagnostics channel synchronously, in the
 * async context of the code that sent it.
 */
export class DynamoRequestTracker {
  private readonly storage = new AsyncLocalStorage<TrackedWork>();
  private readonly counter: URL;
  private readonly listener = (message: unknown) => this.onRequestStart(message);

  constructor(counterEndpoint: string) {
    this.counter = new URL(counterEndpoint);
    subscribe('http.client.request.start', this.listener);
  }

  async track<T>(work: () => Promise<T>): Promise<{ value: T; requests: TrackedRequest[] }> {
    const tracked: TrackedWork = { requests: [] };
    const value = await this.storage.run(tracked, work);
    return { value, requests: tracked.requests };
  }

  close(): void {
    unsubscribe('http.client.request.start', this.listener);
  }

  private onRequestStart(message: unknown): void {
    const tracked = this.storage.getStore();
    if (!tracked) return;
    const request = (message as { request?: ClientRequest }).request;
    if (!request || !this.isForCounter(request)) return;
    // Only DynamoDB calls carry a target; the Timers API emulator on loopback does not.
    const target = request.getHeader('x-amz-target');
    if (typeof target !== 'string') return;
    tracked.requests.push({
      key: requestKey(request.getHeader('amz-sdk-invocation-id'), request.getHeader('amz-sdk-request')),
      ...classifyDynamoTarget(target),
    });
  }

  private isForCounter(request: ClientRequest): boolean {
    // The SDK signs the Host header, so it is set before the request starts.
    const host = request.getHeader('host');
    return typeof host === 'string' ? host === this.counter.host : request.host === this.counter.hostname;
  }
}
