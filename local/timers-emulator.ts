import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatIsoDuration, parseIsoDuration } from './iso-duration';
import { RemindersApi, type RemindersApiOptions } from './reminders-api';
import { TimerBook, type TimerChange, type TimerEnded, type TimerSnapshot } from './timer-book';
import { createTimerRequestSchema } from './timers-schema';

export type { TimerChange, TimerEnded, TimerSnapshot, TimerStatus } from './timer-book';

/**
 * A loopback stand-in for the Alexa Timers API (`/v1/alerts/timers`), called by ask-sdk-core's
 * `TimerManagementServiceClient` through the `apiEndpoint` and `apiAccessToken` of each request
 * envelope. Time can run faster (`timeScale`) so a two-minute rest ends in two seconds in a test.
 */
export class TimersEmulatorError extends Error {
  override name = 'TimersEmulatorError';
}

export interface TimersApiCall {
  method: string;
  path: string;
  status: number;
  /** The request body the skill sent, parsed. */
  request?: unknown;
  /** What the emulator answered. */
  response?: unknown;
}

export interface TimersEmulatorOptions {
  /** Emulated seconds per real second; 60 → a one-minute rest ends after one second. Default 1. */
  timeScale?: number;
  /** Whether the user granted the timers permission; without it creating a timer answers 401. */
  permissionGranted?: boolean;
  /** Fills the "%s" of a LAUNCH_TASK confirm text. */
  skillName?: string;
  /** Bearer token the API accepts; default a random one (read it back from `apiAccessToken`). */
  apiAccessToken?: string;
  /** The Reminders API and the device time zone, served on the same endpoint. */
  reminders?: RemindersApiOptions;
}

interface ApiReply {
  status: number;
  body?: unknown;
}

const maximumDurationMs = 24 * 3600 * 1000;
const timerPath = /^\/v1\/alerts\/timers(?:\/([^/]+))?(?:\/(pause|resume))?$/;

export class TimersEmulator {
  readonly apiAccessToken: string;
  /** Every API call, in order, so tests can check what the skill asked for. */
  readonly calls: TimersApiCall[] = [];
  /** The Reminders API and the device settings Alexa serves next to the timers. */
  readonly reminders: RemindersApi;
  private readonly book: TimerBook;
  private readonly injectedFaults: number[] = [];
  private permissionGranted: boolean;
  private server: Server | undefined;
  private endpoint = '';

  constructor(options: TimersEmulatorOptions = {}) {
    const timeScale = options.timeScale ?? 1;
    if (!(timeScale > 0)) throw new TimersEmulatorError(`timeScale must be positive: ${timeScale}`);
    this.book = new TimerBook(timeScale, options.skillName ?? 'Lift Coach');
    this.permissionGranted = options.permissionGranted ?? true;
    this.apiAccessToken = options.apiAccessToken ?? `local-timers-${randomUUID()}`;
    this.reminders = new RemindersApi(options.reminders);
  }

  /** Starts a server on a free loopback port; `apiEndpoint` is valid afterwards. */
  static async start(options: TimersEmulatorOptions = {}): Promise<TimersEmulator> {
    const emulator = new TimersEmulator(options);
    await emulator.listen();
    return emulator;
  }

  /** Goes into `context.System.apiEndpoint`, e.g. http://127.0.0.1:41234 (no trailing slash). */
  get apiEndpoint(): string {
    if (!this.endpoint) throw new TimersEmulatorError('the timers emulator is not listening yet');
    return this.endpoint;
  }

  get timeScale(): number {
    return this.book.timeScale;
  }

  /** Every timer that ended so far, in order. */
  get ended(): readonly TimerEnded[] {
    return this.book.ended;
  }

  async listen(): Promise<void> {
    const server = createServer((request, response) => {
      this.answer(request)
        .catch(
          (error: unknown): ApiReply => ({ status: 500, body: { code: 'INTERNAL', message: String(error) } }),
        )
        .then(({ status, body }) => {
          if (body === undefined) response.writeHead(status).end();
          else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.book.clear();
    this.reminders.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  setPermissionGranted(granted: boolean): void {
    this.permissionGranted = granted;
  }

  get hasPermission(): boolean {
    return this.permissionGranted;
  }

  /** The next `times` API calls answer `status` (e.g. 401, 500, 504) without doing anything. */
  failNext(status: number, times = 1): void {
    for (let i = 0; i < times; i++) this.injectedFaults.push(status);
  }

  /** Running and paused timers, the one ending first first. */
  listTimers(): TimerSnapshot[] {
    return this.book.list();
  }

  getTimer(id: string): TimerSnapshot | undefined {
    return this.book.get(id);
  }

  /** Ends a timer now (default: the one that would end first), as if its time had run out. */
  fireNow(id?: string): TimerEnded {
    const target = id ?? this.book.list()[0]?.id;
    const event = target === undefined ? undefined : this.book.expire(target);
    if (!event) throw new TimersEmulatorError(id ? `no running timer ${id}` : 'no running timer');
    return event;
  }

  onTimerEnded(listener: (event: TimerEnded) => void): () => void {
    return this.book.onEnded(listener);
  }

  onChange(listener: (change: TimerChange) => void): () => void {
    return this.book.onChange(listener);
  }

  /** Resolves with the next timer that ends (by time or `fireNow`). */
  nextTimerEnded(timeoutMs = 30_000): Promise<TimerEnded> {
    return new Promise((resolve, reject) => {
      const guard = setTimeout(() => {
        unsubscribe();
        reject(new TimersEmulatorError(`no timer ended within ${timeoutMs} ms`));
      }, timeoutMs);
      const unsubscribe = this.book.onEnded((event) => {
        clearTimeout(guard);
        unsubscribe();
        resolve(event);
      });
    });
  }

  private async answer(request: IncomingMessage): Promise<ApiReply> {
    const text = await readBody(request);
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const body = text ? safeJson(text) : undefined;
    const reply = this.route(method, path, body, request.headers.authorization);
    this.calls.push({
      method,
      path,
      status: reply.status,
      ...(body === undefined ? {} : { request: body }),
      ...(reply.body === undefined ? {} : { response: reply.body }),
    });
    return reply;
  }

  private route(method: string, path: string, body: unknown, authorization: string | undefined): ApiReply {
    const reminders =
      authorization === `Bearer ${this.apiAccessToken}`
        ? this.reminders.route(method, path, body)
        : undefined;
    if (reminders) return reminders;
    const fault = this.injectedFaults.shift();
    if (fault !== undefined) return failure(fault, 'INJECTED_FAULT', `injected ${fault}`);
    if (authorization !== `Bearer ${this.apiAccessToken}`) {
      return failure(401, 'UNAUTHORIZED', 'invalid access token');
    }
    const match = timerPath.exec(path);
    if (!match) return failure(404, 'NOT_FOUND', `no route ${path}`);
    const [, rawId, action] = match;
    if (rawId === undefined) {
      if (method === 'POST') return this.create(body);
      if (method === 'GET') {
        const timers = this.book.list().map((timer) => this.wireFormat(timer));
        return { status: 200, body: { timers, totalCount: timers.length, nextToken: null } };
      }
      if (method === 'DELETE') {
        this.book.removeAll();
        return { status: 200 };
      }
      return failure(405, 'METHOD_NOT_ALLOWED', `${method} ${path}`);
    }
    const id = decodeURIComponent(rawId);
    if (!this.book.get(id)) return failure(404, 'TIMER_NOT_FOUND', 'timer not found');
    if (!action && method === 'GET') return { status: 200, body: this.wireFormat(this.book.get(id)) };
    if (!action && method === 'DELETE') this.book.remove(id);
    else if (action === 'pause' && method === 'POST') this.book.pause(id);
    else if (action === 'resume' && method === 'POST') this.book.resume(id);
    else return failure(405, 'METHOD_NOT_ALLOWED', `${method} ${path}`);
    return { status: 200 };
  }

  private create(body: unknown): ApiReply {
    if (!this.permissionGranted) {
      return failure(401, 'UNAUTHORIZED', 'the user has not granted the timers permission');
    }
    const parsed = createTimerRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'INVALID_REQUEST', parsed.error.message);
    const durationMs = parseIsoDuration(parsed.data.duration);
    if (durationMs === undefined || durationMs < 1000 || durationMs > maximumDurationMs) {
      return failure(400, 'INVALID_DURATION', `duration ${parsed.data.duration} is not between PT1S and P1D`);
    }
    const label = parsed.data.timerLabel;
    if (label && this.book.hasLabel(label))
      return failure(400, 'DUPLICATE_LABEL', 'timer labels must be unique');
    return { status: 200, body: this.wireFormat(this.book.add(parsed.data, durationMs)) };
  }

  /** The TimerResponse shape of the real API. Times are wall-clock; only the countdown is scaled. */
  private wireFormat(timer: TimerSnapshot | undefined): Record<string, unknown> {
    if (!timer) return {};
    return {
      id: timer.id,
      status: timer.status,
      duration: timer.duration,
      ...(timer.timerLabel ? { timerLabel: timer.timerLabel } : {}),
      createdTime: timer.createdTime,
      updatedTime: timer.updatedTime,
      ...(timer.status === 'ON'
        ? { triggerTime: new Date(Date.now() + timer.remainingMs / this.timeScale).toISOString() }
        : { remainingTimeWhenPaused: formatIsoDuration(timer.remainingMs) }),
    };
  }
}

function failure(status: number, code: string, message: string): ApiReply {
  return { status, body: { code, message } };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
