import { randomUUID } from 'node:crypto';
import type { CreateTimerRequest, TimerOperation } from './timers-schema';

/**
 * The timers one Alexa account has, on a clock that can run faster than the wall clock
 * (`timeScale` 60 → a minute of rest passes in a second). The HTTP face is `timers-emulator.ts`.
 */
export type TimerStatus = 'ON' | 'PAUSED' | 'OFF';

export interface TimerSnapshot {
  id: string;
  status: TimerStatus;
  /** As requested, e.g. "PT2M". */
  duration: string;
  durationMs: number;
  /** Emulated milliseconds left (scaled time). */
  remainingMs: number;
  timerLabel?: string;
  operation: TimerOperation;
  playAudible: boolean;
  visibility: 'VISIBLE' | 'HIDDEN';
  createdTime: string;
  updatedTime: string;
}

export type TimerEnded =
  | { kind: 'ANNOUNCE'; timer: TimerSnapshot; locale: string; text: string }
  | {
      kind: 'LAUNCH_TASK';
      timer: TimerSnapshot;
      locale: string;
      /** What Alexa asks, with "%s" already replaced by "continue with <skill name>". */
      confirmText: string;
      task: { name: string; version: string; input?: Record<string, unknown> };
    }
  | { kind: 'NOTIFY_ONLY'; timer: TimerSnapshot };

export type TimerChange = { kind: 'created' | 'paused' | 'resumed' | 'deleted'; timer: TimerSnapshot };

interface TimerRecord {
  id: string;
  request: CreateTimerRequest;
  durationMs: number;
  status: TimerStatus;
  /** Emulated ms left at `anchorRealMs`. */
  remainingAtAnchorMs: number;
  anchorRealMs: number;
  createdTime: string;
  updatedTime: string;
  trigger?: NodeJS.Timeout;
}

export class TimerBook {
  readonly ended: TimerEnded[] = [];
  private readonly timers = new Map<string, TimerRecord>();
  private readonly endedListeners = new Set<(event: TimerEnded) => void>();
  private readonly changeListeners = new Set<(change: TimerChange) => void>();

  constructor(
    readonly timeScale: number,
    private readonly skillName: string,
  ) {}

  add(request: CreateTimerRequest, durationMs: number): TimerSnapshot {
    const now = new Date().toISOString();
    const timer: TimerRecord = {
      id: randomUUID(),
      request,
      durationMs,
      status: 'ON',
      remainingAtAnchorMs: durationMs,
      anchorRealMs: Date.now(),
      createdTime: now,
      updatedTime: now,
    };
    this.timers.set(timer.id, timer);
    this.schedule(timer);
    return this.changed('created', timer);
  }

  hasLabel(label: string): boolean {
    return [...this.timers.values()].some((timer) => timer.request.timerLabel === label);
  }

  /** Running and paused timers, the one ending first first (as the list operation orders them). */
  list(): TimerSnapshot[] {
    return [...this.timers.values()].map((timer) => this.snapshot(timer)).sort(byRemaining);
  }

  get(id: string): TimerSnapshot | undefined {
    const timer = this.timers.get(id);
    return timer && this.snapshot(timer);
  }

  pause(id: string): TimerSnapshot | undefined {
    const timer = this.timers.get(id);
    if (!timer) return undefined;
    if (timer.status !== 'ON') return this.snapshot(timer);
    timer.remainingAtAnchorMs = this.remainingMs(timer);
    timer.anchorRealMs = Date.now();
    timer.status = 'PAUSED';
    timer.updatedTime = new Date().toISOString();
    clearTimeout(timer.trigger);
    return this.changed('paused', timer);
  }

  resume(id: string): TimerSnapshot | undefined {
    const timer = this.timers.get(id);
    if (!timer) return undefined;
    if (timer.status !== 'PAUSED') return this.snapshot(timer);
    timer.anchorRealMs = Date.now();
    timer.status = 'ON';
    timer.updatedTime = new Date().toISOString();
    this.schedule(timer);
    return this.changed('resumed', timer);
  }

  remove(id: string): TimerSnapshot | undefined {
    const timer = this.timers.get(id);
    if (!timer) return undefined;
    clearTimeout(timer.trigger);
    this.timers.delete(id);
    return this.changed('deleted', timer);
  }

  removeAll(): void {
    for (const id of [...this.timers.keys()]) this.remove(id);
  }

  /** Ends a timer now, as if its time had run out. */
  expire(id: string): TimerEnded | undefined {
    const timer = this.timers.get(id);
    if (!timer) return undefined;
    clearTimeout(timer.trigger);
    this.timers.delete(id);
    timer.status = 'OFF';
    timer.remainingAtAnchorMs = 0;
    const event = this.endedEvent(timer);
    this.ended.push(event);
    for (const listener of [...this.endedListeners]) listener(event);
    return event;
  }

  /** Stops every pending trigger (the emulator is closing). */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer.trigger);
    this.timers.clear();
  }

  onEnded(listener: (event: TimerEnded) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  onChange(listener: (change: TimerChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private remainingMs(timer: TimerRecord): number {
    if (timer.status !== 'ON') return timer.remainingAtAnchorMs;
    const elapsed = (Date.now() - timer.anchorRealMs) * this.timeScale;
    return Math.max(0, timer.remainingAtAnchorMs - elapsed);
  }

  private schedule(timer: TimerRecord): void {
    clearTimeout(timer.trigger);
    timer.trigger = setTimeout(() => this.expire(timer.id), this.remainingMs(timer) / this.timeScale);
    // A pending rest timer must not keep a finished test run or script alive.
    timer.trigger.unref();
  }

  private endedEvent(timer: TimerRecord): TimerEnded {
    const snapshot = this.snapshot(timer);
    const operation = timer.request.triggeringBehavior.operation;
    if (operation.type === 'ANNOUNCE') {
      const [first] = operation.textToAnnounce;
      return { kind: 'ANNOUNCE', timer: snapshot, locale: first?.locale ?? '', text: first?.text ?? '' };
    }
    if (operation.type === 'LAUNCH_TASK') {
      const [first] = operation.textToConfirm;
      return {
        kind: 'LAUNCH_TASK',
        timer: snapshot,
        locale: first?.locale ?? '',
        confirmText: (first?.text ?? '%s').replace('%s', `continue with ${this.skillName}`),
        task: operation.task,
      };
    }
    return { kind: 'NOTIFY_ONLY', timer: snapshot };
  }

  private changed(kind: TimerChange['kind'], timer: TimerRecord): TimerSnapshot {
    const snapshot = this.snapshot(timer);
    for (const listener of [...this.changeListeners]) listener({ kind, timer: snapshot });
    return snapshot;
  }

  private snapshot(timer: TimerRecord): TimerSnapshot {
    return {
      id: timer.id,
      status: timer.status,
      duration: timer.request.duration,
      durationMs: timer.durationMs,
      remainingMs: this.remainingMs(timer),
      ...(timer.request.timerLabel ? { timerLabel: timer.request.timerLabel } : {}),
      operation: timer.request.triggeringBehavior.operation,
      playAudible: timer.request.triggeringBehavior.notificationConfig.playAudible,
      visibility: timer.request.creationBehavior.displayExperience.visibility,
      createdTime: timer.createdTime,
      updatedTime: timer.updatedTime,
    };
  }
}

function byRemaining(a: TimerSnapshot, b: TimerSnapshot): number {
  return a.remainingMs - b.remainingMs;
}
