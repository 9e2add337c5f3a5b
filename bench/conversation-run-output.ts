import type { TrackedRequest } from '../local/dynamo-call-counter';
import type { LifterReport } from '../local/simulated-lifter';

/** What the conversation run (a child process) hands back to the bench, as JSON. */

export interface MeasuredTurn {
  name: string;
  questionOnly: boolean;
  latencyMs: number;
  errorAnswer: boolean;
  /** The DynamoDB requests this turn sent, as the tracker tagged them. */
  requests: TrackedRequest[];
}

export interface MeasuredLifter extends Omit<LifterReport, 'turns'> {
  turns: MeasuredTurn[];
}

export interface ProgressInvocation {
  records: number;
  durationMs: number;
  failedRecords: number;
  requests: TrackedRequest[];
}

export interface ConversationRunOutput {
  lifters: MeasuredLifter[];
  progress: ProgressInvocation[];
  /** Turns of the lifters run one at a time before the concurrent run. */
  soloTurns: MeasuredTurn[];
  /** Stream batches the poller gave up on after the mapping's retries (the cloud's failure queue). */
  progressFailedBatches: number;
  wallMs: number;
  peakRssKb: number;
  /** Lifters with a year of history, run after the others and counted apart. */
  longTime?: {
    lifters: MeasuredLifter[];
    progress: ProgressInvocation[];
    wallMs: number;
    /** Each long-time lifter's history before the measured workout. */
    history: LongTimeHistory;
  };
}

export interface LongTimeHistory {
  workouts: number;
  sets: number;
  /** Lifts with stats (the catalogue has 23). */
  lifts: number;
}
