/**
 * What an Echo Show would show for the skill's APL documents, as text, and what its buttons send.
 * The console and the tests use it; a touch is read off the document itself (its SendEvent
 * arguments, with the datasource bound in), so a tap here sends what the device would send.
 */

export type Button = 'done' | 'skip' | 'ready' | 'fewer' | 'more';

export interface Screen {
  readonly token: string;
  readonly document: unknown;
  readonly datasources: Record<string, unknown>;
  /** Emulated time the document was rendered (the device's countdown starts there). */
  readonly renderedAt: number;
  /** The reps the Set screen shows; "−" and "+" change them on the device alone. */
  reps: number | undefined;
}

export function screenFrom(
  directive: { token?: string; document?: unknown; datasources?: Record<string, unknown> },
  now: number,
): Screen {
  const datasources = directive.datasources ?? {};
  const set = datasources.workoutSet as { reps?: unknown } | undefined;
  return {
    token: directive.token ?? '',
    document: directive.document,
    datasources,
    renderedAt: now,
    reps: typeof set?.reps === 'number' ? set.reps : undefined,
  };
}

type Fields = Record<string, unknown>;

function field(data: unknown, key: string): string {
  const value = (data as Fields | undefined)?.[key];
  return value === undefined || value === null ? '' : String(value);
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Seconds the Rest screen's countdown shows at `now` (it ticks on the device from when it rendered). */
export function restRemaining(screen: Screen, now: number): number {
  const seconds = Number((screen.datasources.workoutRest as Fields | undefined)?.seconds ?? 0);
  return Math.max(0, seconds - Math.floor((now - screen.renderedAt) / 1000));
}

function buttons(...labels: string[]): string {
  return labels.map((label) => `[ ${label} ]`).join(' ');
}

/** The screen as lines of text: title, the main lines, the buttons, the running countdown. */
export function renderScreen(screen: Screen, now: number): string[] {
  const data = screen.datasources;
  switch (screen.token) {
    case 'workoutSet': {
      const set = data.workoutSet;
      return [
        `${field(set, 'title')} — ${field(set, 'label')} · ${field(set, 'progress')}`,
        `  ${screen.reps ?? field(set, 'reps')} × ${field(set, 'load')}`,
        ...(field(set, 'plates') ? [`  ${field(set, 'plates')}`] : []),
        `  ${buttons('−', field(set, 'doneLabel'), '+', field(set, 'skipLabel'))}`,
        `  ${field(set, 'hint')}`,
      ];
    }
    case 'workoutRest': {
      const rest = data.workoutRest;
      const total = Number(field(rest, 'seconds')) || 0;
      const left = restRemaining(screen, now);
      const filled = total > 0 ? Math.round((left / total) * 20) : 0;
      return [
        `${field(rest, 'title')}  ${left > 0 ? `${clock(left)} left` : field(rest, 'overLabel')}  ${'█'.repeat(filled)}${'░'.repeat(20 - filled)}`,
        ...(field(rest, 'next') ? [`  ${field(rest, 'next')}`] : []),
        `  ${buttons(field(rest, 'readyLabel'))}`,
        `  ${field(rest, 'hint')}`,
      ];
    }
    case 'workoutPlan': {
      const plan = data.workoutPlan as Fields;
      const exercises = (plan.exercises as Fields[] | undefined) ?? [];
      return [
        `${field(plan, 'title')} — ${field(plan, 'subtitle')}`,
        ...exercises.map(
          (exercise, index) => `  ${index + 1}. ${field(exercise, 'name')}: ${field(exercise, 'detail')}`,
        ),
        ...(field(plan, 'hint') ? [`  ${field(plan, 'hint')}`] : []),
      ];
    }
    case 'liftProgress': {
      const progress = data.liftProgress;
      return [
        `${field(progress, 'title')} — ${field(progress, 'latest')} ${field(progress, 'latestLabel')}`,
        `  chart: ${field(progress, 'estimateLegend')} ${field(progress, 'bestLegend')} · ${field(progress, 'range')}`,
      ];
    }
    case 'workoutSummary': {
      const summary = data.workoutSummary as Fields;
      const figures = (summary.figures as Fields[] | undefined) ?? [];
      return [
        field(summary, 'title'),
        `  ${figures.map((figure) => `${field(figure, 'value')} ${field(figure, 'label')}`).join(' · ')}`,
        ...(field(summary, 'records') ? [`  ${field(summary, 'records')}`] : []),
        ...(field(summary, 'next') ? [`  ${field(summary, 'next')}`] : []),
      ];
    }
    default:
      return [`(APL document "${screen.token}")`];
  }
}

/** Every SendEvent's arguments in the document, as written (expressions unevaluated). */
function sentEvents(node: unknown, found: unknown[][] = []): unknown[][] {
  if (Array.isArray(node)) {
    for (const child of node) sentEvents(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Fields;
    if (record.type === 'SendEvent' && Array.isArray(record.arguments)) found.push(record.arguments);
    for (const value of Object.values(record)) sentEvents(value, found);
  }
  return found;
}

/** `${a.b}` and `${reps}` as the device binds them; the only expressions the buttons' arguments use. */
function bound(argument: unknown, screen: Screen): unknown {
  if (typeof argument !== 'string') return argument;
  const whole = /^\$\{([\w.]+)\}$/.exec(argument);
  if (!whole?.[1]) return argument;
  if (whole[1] === 'reps') return screen.reps;
  return whole[1]
    .split('.')
    .reduce<unknown>((data, key) => (data as Fields | undefined)?.[key], screen.datasources);
}

export type TapResult =
  /** The device sends this UserEvent to the skill. */
  | { kind: 'event'; arguments: unknown[] }
  /** The device changed what it shows, nothing is sent. */
  | { kind: 'local' }
  | { kind: 'none'; reason: string };

/** A touch on a button of the screen. */
export function tap(screen: Screen | undefined, button: Button): TapResult {
  if (!screen) return { kind: 'none', reason: 'nothing is on the screen' };
  if (
    (button === 'fewer' || button === 'more') &&
    screen.token === 'workoutSet' &&
    screen.reps !== undefined
  ) {
    screen.reps = Math.min(50, Math.max(1, screen.reps + (button === 'more' ? 1 : -1)));
    return { kind: 'local' };
  }
  const event = sentEvents(screen.document).find((args) => args[0] === button);
  if (!event) return { kind: 'none', reason: `the "${screen.token}" screen has no ${button} button` };
  return { kind: 'event', arguments: event.map((argument) => bound(argument, screen)) };
}
