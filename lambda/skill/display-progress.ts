import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import liftProgressDocument from '../../skill-package/response/display/LiftProgress/document.json';
import {
  convert,
  defaultUnitForLocale,
  exerciseCatalog,
  findExercise,
  type Unit,
  type Weight,
} from '../rules';
import {
  chartSessions,
  type LiftSnapshot,
  type LoadedUser,
  type LoadOptions,
  type RecentSession,
} from '../store';
import { isBodyweightLift, writeBodyweightSet } from './bodyweight-progress';
import { supportsApl } from './display';
import type { Speaker } from './i18n';
import { resolvedSlot } from './slots';
import { writeWeight } from './speech/numbers';
import type { Turn } from './turn';
import { capitalised } from './workout/describe';

export const progressScreenToken = 'liftProgress';

const chartedIntent = 'MyProgressIntent';
const exerciseIds = exerciseCatalog.map((exercise) => exercise.id);

/**
 * What the turn's one read must reach for a chart: on a screen, "how's my bench going?" starts the
 * range at the bench's chart; without a named lift (the current one, or the overall answer) at the
 * first chart. Every other turn reads no chart.
 */
export function chartsToLoad(input: HandlerInput): LoadOptions {
  if (!supportsApl(input) || getRequestType(input.requestEnvelope) !== 'IntentRequest') return {};
  if (getIntentName(input.requestEnvelope) !== chartedIntent) return {};
  const slot = resolvedSlot(input, 'exercise', exerciseIds);
  return { chartsFrom: slot.kind === 'match' ? slot.id : 'all' };
}

// The chart's box, as the document's AVG graphic draws it: sessions left to right, the highest value
// at the top, a margin above and below so a line never touches the edge.
const chartWidth = 100;
const chartTop = 5;
const chartBottom = 55;

type Point = { x: number; y: number };

/** An AVG path through the points; one session is a short level stroke, so it still shows. */
export function chartPath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  if (points.length === 1) return `M${first.x - 5},${first.y} L${first.x + 5},${first.y}`;
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' ');
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function placed(values: readonly (number | null)[], low: number, high: number): Point[] {
  const span = high - low;
  const points: Point[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const x = values.length === 1 ? chartWidth / 2 : round((index / (values.length - 1)) * chartWidth, 0.1);
    const y =
      span === 0
        ? (chartTop + chartBottom) / 2
        : chartBottom - ((value - low) / span) * (chartBottom - chartTop);
    points.push({ x: Number(x.toFixed(1)), y: Number(y.toFixed(1)) });
  });
  return points;
}

function inUnit(weight: Weight | null, unit: Unit): number | null {
  return weight ? Number(convert(weight, unit).value.toFixed(1)) : null;
}

/**
 * "How's my bench going?" on the screen: estimated max and heaviest set of the lift's latest
 * sessions from its stats, the latest estimate written out. Null when the lift has no estimate yet.
 */
export function progressScreen(
  speaker: Speaker,
  name: string,
  stats: LiftSnapshot,
  chart: readonly RecentSession[] | null,
  unit: Unit,
): interfaces.alexa.presentation.apl.RenderDocumentDirective | null {
  if (isBodyweightLift(stats.exerciseId)) return bodyweightScreen(speaker, name, stats);
  if (!stats.estimatedOneRepMax) return null;
  const charted = chartSessions(stats, chart);
  const sessions =
    charted.length > 0 ? charted : [{ at: stats.updatedAt, max: stats.estimatedOneRepMax, top: null }];
  const estimates = sessions.map((session) => inUnit(session.max, unit));
  const tops = sessions.map((session) => inUnit(session.top, unit));
  const known = [...estimates, ...tops].filter((value): value is number => value !== null);
  const low = Math.min(...known);
  const high = Math.max(...known);
  const latest = convert(stats.estimatedOneRepMax, unit);
  const count = sessions.length;
  return liftProgressScreen({
    title: capitalised(name),
    latest: writeWeight({ value: round(latest.value, 0.5), unit }),
    latestLabel: speaker.fixed('screen.progressLatest', {
      sessions:
        count === 1 ? speaker.fixed('screen.oneSession') : speaker.fixed('screen.sessionCount', { count }),
    }),
    estimatePath: chartPath(placed(estimates, low, high)),
    bestPath: chartPath(placed(tops, low, high)),
    range:
      low === high
        ? writeWeight({ value: low, unit })
        : `${writeWeight({ value: low, unit })} – ${writeWeight({ value: high, unit })}`,
    estimateLegend: speaker.fixed('screen.estimateLegend'),
    bestLegend: speaker.fixed('screen.bestLegend'),
  });
}

/** The lift progress document with its one data source; a field it leaves out is drawn empty. */
function liftProgressScreen(
  liftProgress: Record<string, string>,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: progressScreenToken,
    document: liftProgressDocument as Record<string, unknown>,
    datasources: { liftProgress },
  };
}

/**
 * A bodyweight lift on the screen: its best set in reps (and added load) and the next targets, no
 * chart of a max it does not have. Null before a set is logged.
 */
function bodyweightScreen(
  speaker: Speaker,
  name: string,
  stats: LiftSnapshot,
): interfaces.alexa.presentation.apl.RenderDocumentDirective | null {
  const best = stats.bestBodyweightSet;
  if (!best) return null;
  const next = stats.progression;
  return liftProgressScreen({
    title: capitalised(name),
    latest: writeBodyweightSet(best),
    latestLabel: next
      ? speaker.fixed('bodyweightProgress.screenLabel', {
          next: speaker.fixed('bodyweightProgress.screenNext', {
            sets: next.sets,
            set: writeBodyweightSet({ reps: next.targetReps, load: next.load }),
          }),
        })
      : speaker.fixed('bodyweightProgress.screenBest'),
    estimatePath: '',
    bestPath: '',
    range: '',
    estimateLegend: '',
    bestLegend: '',
  });
}

/** The lift's progress chart for an answer, on a device with a screen (none without numbers). */
export function progressDirectives(
  input: HandlerInput,
  turn: Turn,
  user: LoadedUser,
  stats: LiftSnapshot | undefined,
): interfaces.alexa.presentation.apl.RenderDocumentDirective[] {
  if (!stats || !supportsApl(input)) return [];
  const name = findExercise(stats.exerciseId)?.name ?? stats.exerciseId;
  const unit = user.profile?.unit ?? defaultUnitForLocale(turn.locale);
  const screen = progressScreen(turn.speaker, name, stats, user.charts[stats.exerciseId] ?? null, unit);
  return screen ? [screen] : [];
}
