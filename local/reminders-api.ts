import { randomUUID } from 'node:crypto';
import * as z from 'zod';

/**
 * The Alexa Reminders API (`/v1/alerts/reminders`) and the device time zone setting
 * (`/v2/devices/{deviceId}/settings/System.timeZone`), served by the timers emulator on the same
 * loopback endpoint. Reminders ring on the emulator's clock (the console's), at their local time in
 * their time zone, and listeners hear what Alexa would say.
 */
export const remindersPermissionScope = 'alexa::alerts:reminders:skill:readwrite';

export interface ApiReply {
  status: number;
  body?: unknown;
}

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/;
const weeklyRule =
  /^FREQ=WEEKLY;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*);BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2});(?:BYSECOND=0;)?(?:INTERVAL=1;)?$/;

/** What the real API accepts for a recurring SCHEDULED_ABSOLUTE reminder: times without an offset. */
const reminderRequestSchema = z.object({
  requestTime: z.string().regex(localDateTime),
  trigger: z.object({
    type: z.literal('SCHEDULED_ABSOLUTE'),
    scheduledTime: z.string().regex(localDateTime).optional(),
    timeZoneId: z.string().min(1),
    recurrence: z.object({
      startDateTime: z.string().regex(localDateTime).optional(),
      endDateTime: z.string().regex(localDateTime).optional(),
      recurrenceRules: z.array(z.string().regex(weeklyRule)).min(1),
    }),
  }),
  alertInfo: z.object({
    spokenInfo: z.object({
      content: z.array(z.object({ locale: z.string().min(2), text: z.string().min(1).max(250) })).min(1),
    }),
  }),
  pushNotification: z.object({ status: z.enum(['ENABLED', 'DISABLED']) }),
});
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;

export interface StoredReminder {
  alertToken: string;
  request: ReminderRequest;
  createdTime: string;
  updatedTime: string;
  version: number;
}

export interface ReminderRang {
  alertToken: string;
  /** When it rang, on the emulator's clock. */
  at: Date;
  /** What Alexa says, in the reminder's first locale. */
  text: string;
}

const weekdayOrder = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** UTC instant of a local wall-clock time in a time zone (two passes settle daylight-saving edges). */
function instantOf(date: string, hour: number, minute: number, timeZone: string): number {
  const wall = Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  let instant = wall;
  for (let pass = 0; pass < 2; pass++) instant = wall - offsetMs(instant, timeZone);
  return instant;
}

function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** Every time a weekly reminder rings in (from, to], in order. */
export function ringTimes(request: ReminderRequest, from: number, to: number): number[] {
  const times: number[] = [];
  const { timeZoneId, recurrence } = request.trigger;
  const startDay = new Date(from - 2 * 86_400_000).toISOString().slice(0, 10);
  const days = Math.min(Math.ceil((to - from) / 86_400_000) + 4, 400);
  for (const rule of recurrence.recurrenceRules) {
    const match = weeklyRule.exec(rule);
    if (!match) continue;
    const byDay = (match[1] ?? '').split(',');
    const [hour, minute] = [Number(match[2]), Number(match[3])];
    for (let offset = 0; offset < days; offset++) {
      const day = new Date(Date.parse(`${startDay}T00:00:00Z`) + offset * 86_400_000);
      if (!byDay.includes(weekdayOrder[day.getUTCDay()] ?? '')) continue;
      const at = instantOf(day.toISOString().slice(0, 10), hour, minute, timeZoneId);
      if (at > from && at <= to) times.push(at);
    }
  }
  return times.sort((a, b) => a - b);
}

export interface RemindersApiOptions {
  permissionGranted?: boolean;
  /** The device's time zone; default UTC (the console clock's). */
  timeZone?: string;
  now?: () => Date;
}

export class RemindersApi {
  private readonly reminders = new Map<string, StoredReminder>();
  private readonly faults: number[] = [];
  private readonly listeners = new Set<(event: ReminderRang) => void>();
  private permissionGranted: boolean;
  private lastChecked: number;
  timeZone: string;
  now: () => Date;

  constructor(options: RemindersApiOptions = {}) {
    this.permissionGranted = options.permissionGranted ?? false;
    this.timeZone = options.timeZone ?? 'UTC';
    this.now = options.now ?? (() => new Date());
    this.lastChecked = this.now().getTime();
  }

  setPermissionGranted(granted: boolean): void {
    this.permissionGranted = granted;
  }

  /** The next `times` Reminders API calls answer `status` without doing anything. */
  failNext(status: number, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(status);
  }

  list(): StoredReminder[] {
    return [...this.reminders.values()];
  }

  get(alertToken: string): StoredReminder | undefined {
    return this.reminders.get(alertToken);
  }

  clear(): void {
    this.reminders.clear();
    this.faults.length = 0;
  }

  /** Follows a clock that jumps ("wait 2d"): what rang in between is not replayed from before it. */
  useClock(now: () => Date): void {
    this.now = now;
    this.lastChecked = now().getTime();
  }

  onRang(listener: (event: ReminderRang) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rings every reminder due since the last check, in time order; returns what rang. */
  ringDue(): ReminderRang[] {
    const now = this.now().getTime();
    const rang: ReminderRang[] = [];
    for (const reminder of this.reminders.values()) {
      for (const at of ringTimes(reminder.request, this.lastChecked, now)) {
        const text = reminder.request.alertInfo.spokenInfo.content[0]?.text ?? '';
        rang.push({ alertToken: reminder.alertToken, at: new Date(at), text });
      }
    }
    this.lastChecked = now;
    rang.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of rang) for (const listener of this.listeners) listener(event);
    return rang;
  }

  /** The reply for a path this API serves, or undefined for other paths (the timers'). */
  route(method: string, path: string, body: unknown): ApiReply | undefined {
    if (/^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) {
      return method === 'GET' ? { status: 200, body: this.timeZone } : failure(405, 'METHOD_NOT_ALLOWED');
    }
    const match = /^\/v1\/alerts\/reminders(?:\/([^/]+))?$/.exec(path);
    if (!match) return undefined;
    const fault = this.faults.shift();
    if (fault !== undefined) return failure(fault, 'INJECTED_FAULT');
    if (!this.permissionGranted) return failure(401, 'UNAUTHORIZED');
    const token = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    if (token === undefined) {
      if (method === 'POST') return this.save(randomUUID(), body);
      if (method === 'GET') {
        const alerts = this.list().map(wireFormat);
        return { status: 200, body: { totalCount: String(alerts.length), alerts } };
      }
      return failure(405, 'METHOD_NOT_ALLOWED');
    }
    const known = this.reminders.get(token);
    if (!known) return failure(404, 'NOT_FOUND');
    if (method === 'GET') return { status: 200, body: wireFormat(known) };
    if (method === 'PUT') return this.save(token, body);
    if (method === 'DELETE') {
      this.reminders.delete(token);
      return { status: 200 };
    }
    return failure(405, 'METHOD_NOT_ALLOWED');
  }

  private save(alertToken: string, body: unknown): ApiReply {
    const parsed = reminderRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'INVALID_REQUEST', parsed.error.message);
    const at = this.now().toISOString();
    const before = this.reminders.get(alertToken);
    const reminder: StoredReminder = {
      alertToken,
      request: parsed.data,
      createdTime: before?.createdTime ?? at,
      updatedTime: at,
      version: (before?.version ?? 0) + 1,
    };
    this.reminders.set(alertToken, reminder);
    return { status: 200, body: { ...wireFormat(reminder), href: `/v1/alerts/reminders/${alertToken}` } };
  }
}

function wireFormat(reminder: StoredReminder): Record<string, unknown> {
  return {
    alertToken: reminder.alertToken,
    createdTime: reminder.createdTime,
    updatedTime: reminder.updatedTime,
    status: 'ON',
    version: String(reminder.version),
    trigger: reminder.request.trigger,
    alertInfo: reminder.request.alertInfo,
    pushNotification: reminder.request.pushNotification,
  };
}

function failure(status: number, code: string, message = code): ApiReply {
  return { status, body: { code, message } };
}
