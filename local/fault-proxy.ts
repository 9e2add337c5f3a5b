import { randomUUID } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  classifyOperation,
  errorAnswers,
  type FaultKind,
  type FaultMoment,
  type OperationClass,
  parseBody,
  tablesNamedIn,
} from './fault-proxy-wire';

/**
 * A loopback HTTP proxy in front of DynamoDB Local that injects the failures a real DynamoDB
 * endpoint produces and DynamoDB Local never does: throttling, 500s, requests that never get an
 * answer and connections that drop. It sits at the wire, so it reaches the SDK copy bundled
 * inside `dist/skill/index.mjs` just as it reaches a test's own client: point
 * `AWS_ENDPOINT_URL_DYNAMODB` at `proxy.endpoint` before the bundle creates its client.
 *
 * A fault "after forwarding" lets DynamoDB apply the request and then loses the answer, which is
 * the case that makes retries dangerous (the write happened; the caller does not know).
 */

export type { FaultKind, FaultMoment, OperationClass } from './fault-proxy-wire';

export interface ObservedRequest {
  /** e.g. `Query`, `TransactWriteItems`, `GetRecords`. */
  readonly operation: string;
  readonly operationClass: OperationClass;
  /** The first table the request names (transactions and batches may name several). */
  readonly tableName: string | undefined;
  readonly tableNames: readonly string[];
  /** The parsed JSON body (DynamoDB's wire format, attribute values typed as `{ S: ... }`). */
  readonly body: Record<string, unknown>;
  /** The fault this request got, if any. */
  fault?: FaultKind | 'interleaved';
}

export interface RequestSelector {
  /** One operation name or several; omitted → any. */
  operation?: string | readonly string[];
  operationClass?: OperationClass;
  tableName?: string;
  where?: (request: ObservedRequest) => boolean;
  /** Let this many matching requests through untouched first. Default 0. */
  skip?: number;
  /** How many matching requests are affected after the skipped ones. Default 1; `Infinity` = all. */
  times?: number;
}

export type FaultRule =
  | (RequestSelector & { fault: FaultKind; moment?: FaultMoment })
  /** Runs `action` (a real competing write, say) to completion, then forwards the request. */
  | (RequestSelector & { fault: 'interleave'; action: () => Promise<void> });

export interface InjectedFault {
  /** How many requests this rule has affected so far. */
  readonly injected: number;
  /** True once `times` requests were affected. */
  readonly exhausted: boolean;
}

export interface FaultProxy {
  readonly endpoint: string;
  /** Every request seen, in arrival order (faulted ones included). */
  readonly requests: readonly ObservedRequest[];
  inject(rule: FaultRule): InjectedFault;
  /** Removes every rule and forgets the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export class FaultProxyError extends Error {
  override name = 'FaultProxyError';
}

interface ActiveRule {
  readonly rule: FaultRule;
  seen: number;
  injected: number;
}

export async function startFaultProxy(upstreamEndpoint: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamEndpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const rules: ActiveRule[] = [];
  const requests: ObservedRequest[] = [];
  const heldResponses = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const matches = (rule: FaultRule, observed: ObservedRequest): boolean => {
    const operations = typeof rule.operation === 'string' ? [rule.operation] : rule.operation;
    if (operations && !operations.includes(observed.operation)) return false;
    if (rule.operationClass && rule.operationClass !== observed.operationClass) return false;
    if (rule.tableName && !observed.tableNames.includes(rule.tableName)) return false;
    return rule.where ? rule.where(observed) : true;
  };

  /** The first rule that claims this request (counting it as seen for every rule that matches). */
  const claim = (observed: ObservedRequest): FaultRule | undefined => {
    for (const active of rules) {
      const { rule } = active;
      if (active.injected >= (rule.times ?? 1) || !matches(rule, observed)) continue;
      active.seen += 1;
      if (active.seen <= (rule.skip ?? 0)) continue;
      active.injected += 1;
      return rule;
    }
    return undefined;
  };

  const forward = (incoming: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          agent,
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const injectFault = (fault: FaultKind, incoming: IncomingMessage, response: ServerResponse): void => {
    if (fault === 'dropped-connection') {
      incoming.socket.destroy();
      return;
    }
    if (fault === 'timeout') {
      // Never answer; the caller's own timeout is what is under test. Freed when the caller gives up.
      heldResponses.add(response);
      response.on('close', () => heldResponses.delete(response));
      return;
    }
    const [status, type, message] = errorAnswers[fault];
    const payload = JSON.stringify({ __type: type, message });
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(payload),
      'x-amzn-requestid': randomUUID(),
    });
    response.end(payload);
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const target = String(incoming.headers['x-amz-target'] ?? '');
    const parsed = parseBody(body);
    const tableNames = tablesNamedIn(parsed);
    const observed: ObservedRequest = {
      ...classifyOperation(target),
      tableName: tableNames[0],
      tableNames,
      body: parsed,
    };
    requests.push(observed);
    const rule = claim(observed);
    if (rule?.fault === 'interleave') {
      observed.fault = 'interleaved';
      await rule.action();
    } else if (rule) {
      observed.fault = rule.fault;
      if ((rule.moment ?? 'before-forwarding') === 'before-forwarding') {
        injectFault(rule.fault, incoming, response);
        return;
      }
      await forward(incoming, body);
      injectFault(rule.fault, incoming, response);
      return;
    }
    const answer = await forward(incoming, body);
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      // The proxy's own failure must look like a failure to the caller, never like success.
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`fault proxy: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    inject(rule) {
      if ((rule.times ?? 1) < 1) throw new FaultProxyError('A fault rule must affect at least one request');
      const active: ActiveRule = { rule, seen: 0, injected: 0 };
      rules.push(active);
      return {
        get injected() {
          return active.injected;
        },
        get exhausted() {
          return active.injected >= (rule.times ?? 1);
        },
      };
    },
    reset() {
      rules.length = 0;
      requests.length = 0;
    },
    async close() {
      for (const held of heldResponses) held.destroy();
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
