import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Weight } from '../lambda/rules';
import type { Store } from '../lambda/store';
import type { LifterPersona } from './simulated-lifter-persona';
import type { TimersEmulator } from './timers-emulator';

/** What a simulated lifter is given and what it reports (see `simulated-lifter.ts`). */

export type SkillHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export class SimulatedLifterError extends Error {
  override name = 'SimulatedLifterError';
}

/** Intents that only ask: a turn with one of these should read once and write nothing. */
export const questionOnlyIntents: ReadonlySet<string> = new Set([
  'HowMuchWeightIntent',
  'WhyThisWeightIntent',
  'WhatsNextIntent',
  'RestTimeIntent',
  'MyProgressIntent',
  'MyBestIntent',
  'NutritionIntent',
  'BenefitsIntent',
  'SafetyIntent',
  'AMAZON.HelpIntent',
  'AMAZON.RepeatIntent',
]);

export interface TurnInfo {
  /** Intent name, or the request type for other requests (LaunchRequest, Connections.Response). */
  name: string;
  questionOnly: boolean;
  requestId: string;
}

/** Wraps each turn; the benchmark counts DynamoDB requests in here. Default: just sends. */
export type TurnWrapper = (
  info: TurnInfo,
  send: () => Promise<ResponseEnvelope>,
) => Promise<ResponseEnvelope>;

export interface LifterTurn extends TurnInfo {
  /** Wall time of the handler call alone. */
  latencyMs: number;
  /** The skill answered with its catch-all error line. */
  errorAnswer: boolean;
  endedSession: boolean;
}

export interface SaidSet {
  /** The request that said it: the logged set's key ends with this id. */
  requestId: string;
  exerciseId: string;
  kind: 'warmup' | 'working' | 'calibration';
  reps: number;
  /** What the coach asked for (null for a calibration set, where the lifter picks). */
  targetReps: number | null;
  weight: Weight | null;
  failed: boolean;
}

export interface LifterReport {
  userId: string;
  /** The key the skill stores this lifter under (personId when recognised, else userId). */
  userKey: string;
  persona: LifterPersona;
  turns: LifterTurn[];
  setsSaid: SaidSet[];
  /** Rests that a Timers API timer counted (the lifter then came back through its LAUNCH_TASK). */
  timedRests: number;
  /** The lifter reached the end of the plan and heard the summary. */
  completed: boolean;
  /** Why it stopped early, when it did. */
  problem?: string;
}

export interface SimulatedLifterOptions {
  handler: SkillHandler;
  skillId: string;
  /**
   * This lifter's Alexa account timers (one emulator per lifter keeps timers apart). Start it with
   * `permissionGranted: false` to go through the voice consent; the lifter grants it when asked.
   */
  timers: TimersEmulator;
  /** Reads the stored workout to know the next set's target; give it a client that is not being measured. */
  store: Pick<Store, 'loadUser'>;
  seed?: number;
  persona?: Partial<LifterPersona>;
  aroundTurn?: TurnWrapper;
  /** Stops a lifter that would otherwise talk forever to a skill that went wrong. Default 400. */
  maxTurns?: number;
  /** How the skill's catch-all error answer reads. */
  errorAnswer?: RegExp;
  /** The Alexa userId to speak as (a lifter with a stored history); default a new one. */
  userId?: string;
}
