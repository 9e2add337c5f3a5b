import { convert, findExercise, type Goal, type Level, type Unit } from '../lambda/rules';
import { integerToWords } from '../lambda/skill/speech/numbers';
import type { ActiveWorkout } from '../lambda/store';
import { type AlexaSession, createAlexaSession, newUserId } from './alexa-requests';
import { ConsoleClock } from './console-clock';
import { ConsoleEngine } from './console-engine';
import { localSkillId } from './console-options';
import { loadInteractionModel } from './interaction-model';
import type { SessionRow } from './simulate-coaching';
import type { SimulationStack } from './simulate-stack';
import { TrueStrength } from './simulated-trainee-strength';
import { TimersEmulator } from './timers-emulator';
import { createUtteranceResolver } from './utterance-resolver';

/**
 * One lifter of the coaching simulation, talking to the built skill through the voice console's
 * engine: typed words resolved by the interaction model, request envelopes stamped by a console
 * clock that only moves when told. What to say comes from the stored workout (the target of the
 * set at hand) and the lifter's true strength, never from the wording of the speech.
 */
export class SimulationError extends Error {
  override name = 'SimulationError';
}

export interface TraineeOptions {
  goal: Goal;
  level: Level;
  unit: Unit;
  random: () => number;
  start: Date;
  /** Maxes said during onboarding, by exercise id, in the lifter's unit. */
  statedMaxes: Record<string, number>;
  trueShareOfStated: number;
  growthPerSession: number;
}

const goalWords: Record<Goal, string> = {
  hypertrophy: 'I want to build muscle',
  strength: 'I want to get stronger',
  both: 'I want both',
};
const unitWords: Record<Unit, string> = { kg: 'kilos', lb: 'pounds' };
const liftWords: Record<string, string> = {
  'bench-press': 'bench',
  squat: 'squat',
  deadlift: 'deadlift',
  'overhead-press': 'overhead press',
  'barbell-row': 'barbell row',
};
/** Turns one workout may take before the lifter gives up on a skill that went wrong. */
const turnsPerWorkout = 250;
const errorAnswer = /something went wrong/i;

export class SimulatedTrainee {
  readonly clock: ConsoleClock;
  readonly userKey = newUserId();
  turns = 0;
  /** Every line said and heard, for `npm run simulate -- --transcript` and for failures. */
  readonly transcript: string[] = [];
  private engine: ConsoleEngine | undefined;
  private session: AlexaSession | undefined;
  private timers: TimersEmulator | undefined;
  private readonly strength: TrueStrength;
  private errorsSeen = 0;

  constructor(
    private readonly stack: SimulationStack,
    private readonly options: TraineeOptions,
  ) {
    // Frozen real time: the clock moves only by the simulation's waits, so a run is repeatable.
    this.clock = new ConsoleClock(options.start, () => 0);
    this.strength = new TrueStrength(options);
  }

  /** First launch: goal, level and the maxes the lifter knows; the locale picks the unit. */
  async onboard(): Promise<void> {
    const locale = this.options.unit === 'lb' ? 'en-US' : 'en-GB';
    // Rests are counted out loud (the lifter declines timers), so no timer runs on real time.
    this.timers = await TimersEmulator.start({ permissionGranted: false });
    this.session = createAlexaSession({
      now: () => this.clock.now(),
      skillId: localSkillId,
      locale,
      userId: this.userKey,
      apiEndpoint: this.timers.apiEndpoint,
      apiAccessToken: this.timers.apiAccessToken,
    });
    this.engine = new ConsoleEngine({
      session: this.session,
      resolver: createUtteranceResolver(loadInteractionModel(locale)),
      skill: this.stack.skill,
      timers: this.timers,
      screen: false,
      print: () => undefined,
      takeLoggedErrors: () => {
        const all = this.stack.loggedErrors();
        const fresh = all.slice(this.errorsSeen);
        this.errorsSeen = all.length;
        return fresh;
      },
    });
    await this.say('open lift coach');
    await this.say(goalWords[this.options.goal]);
    await this.say(this.options.level);
    for (const [id, value] of Object.entries(this.options.statedMaxes)) {
      await this.say(
        `my ${liftWords[id] ?? id} max is ${integerToWords(value)} ${unitWords[this.options.unit]}`,
      );
    }
  }

  async close(): Promise<void> {
    this.engine?.dispose();
    await this.timers?.close();
  }

  /** Today's workout from "open lift coach" to the summary; null on a rest day. */
  async trainToday(day: number): Promise<{ workoutId: string; rows: SessionRow[] } | null> {
    await this.say('open lift coach');
    await this.say('start my workout');
    let workout = await this.activeWorkout();
    if (!workout) return null;
    const { workoutId } = workout;
    const date = this.clock.now().toISOString().slice(0, 10);
    const rows = new Map<number, SessionRow>();
    for (let turn = 0; workout; turn += 1) {
      if (turn >= turnsPerWorkout)
        throw new SimulationError(`day ${day}: the workout did not end in ${turnsPerWorkout} turns`);
      await this.nextTurn(workout, day, date, rows);
      workout = await this.activeWorkout();
    }
    for (const row of rows.values()) this.strength.grow(row.exerciseId);
    return { workoutId, rows: [...rows.values()] };
  }

  private async nextTurn(
    workout: ActiveWorkout,
    day: number,
    date: string,
    rows: Map<number, SessionRow>,
  ): Promise<void> {
    const engine = this.engine as ConsoleEngine;
    if (engine.awaiting === 'ask-for') return void (await this.say('no'));
    const pending = this.pending;
    if (pending === 'confirm-end' || pending === 'confirm-load') return void (await this.say('yes'));
    if (pending === 'wrap-up' || workout.cursor.phase === 'done') return void (await this.say('end workout'));
    if (pending === 'ask-ready' || (pending !== 'ask-reps' && workout.cursor.phase === 'resting'))
      return void (await this.say('ready'));
    const exercise = workout.plan.exercises[workout.cursor.exerciseIndex];
    const target = workout.currentTarget;
    if (!target || exercise?.status === 'needs-max') {
      const exerciseId = exercise?.exerciseId ?? target?.exerciseId;
      if (!exerciseId) throw new SimulationError(`day ${day}: no set to log (pending ${pending ?? 'none'})`);
      return this.calibrate(
        exerciseId,
        exercise?.status === 'needs-max' ? exercise.calibration.targetReps : 8,
      );
    }
    if (target.kind === 'warmup') return void (await this.say(`I did ${integerToWords(target.reps)}`));
    let row = rows.get(workout.cursor.exerciseIndex);
    if (!row) {
      if (exercise?.status !== 'ready') throw new SimulationError(`day ${day}: a working set with no plan`);
      const planned = exercise.prescription;
      const first = planned.workingSets[0];
      row = {
        day,
        date,
        exerciseId: exercise.exerciseId,
        focus: planned.focus,
        load: first?.load ?? null,
        targetReps: first?.targetReps ?? 0,
        sets: planned.workingSets.length,
        repsDone: [],
        efforts: [],
        planMax: planned.reason.oneRepMax,
        estimatedMax: null,
        deloadNext: false,
        calibrated: this.calibrated.has(exercise.exerciseId),
        trueMax: this.strength.of(exercise.exerciseId),
        repsInReserve: first?.repsInReserve ?? planned.reason.repsInReserve,
      };
      rows.set(workout.cursor.exerciseIndex, row);
    }
    await this.workingSet(row, target.reps, target.load);
  }

  private readonly calibrated = new Set<string>();

  /**
   * No max for the lift: a set the lifter picks, about 70% of what they can really lift; a
   * bodyweight lift's is as many good reps as they have, one short of failure, as the coach asks.
   */
  private async calibrate(exerciseId: string, targetReps: number): Promise<void> {
    this.calibrated.add(exerciseId);
    if (findExercise(exerciseId)?.bodyweight) {
      const reps = Math.max(1, this.strength.capacity(exerciseId, 0, 0) - 1);
      return void (await this.say(`I did ${integerToWords(reps)}`));
    }
    const step = this.options.unit === 'kg' ? 5 : 10;
    const load = Math.max(step, Math.floor((this.strength.of(exerciseId) * 0.7) / step) * step);
    const reps = Math.max(1, Math.min(targetReps, this.strength.capacity(exerciseId, load, 0)));
    await this.say(
      `I did ${integerToWords(reps)} at ${integerToWords(load)} ${unitWords[this.options.unit]}`,
    );
  }

  /** What the lifter can do today decides the words: made, made and easy, ground out, or missed. */
  private async workingSet(
    row: SessionRow,
    targetReps: number,
    load: { value: number; unit: Unit } | null,
  ): Promise<void> {
    // Fatigue counts working sets only (the cursor's set index counts the warm-ups too).
    const setIndex = row.repsDone.length;
    const value = load ? convert(load, this.options.unit).value : null;
    const capacity = this.strength.capacity(row.exerciseId, value ?? 0, setIndex);
    const reps = Math.max(1, Math.min(targetReps, capacity));
    const words = integerToWords(reps);
    if (reps < targetReps || capacity === targetReps) {
      row.efforts.push('failure');
      await this.say(reps < targetReps ? `I only got ${words}` : `I hit failure at ${words}`);
    } else {
      await this.say(`I did ${words}`);
      const spare = capacity - targetReps;
      const rating = spare >= 3 ? 'easy' : spare === 1 && this.options.random() < 0.5 ? 'hard' : null;
      row.efforts.push(rating);
      // A rating follows the set it rates, while the coach waits for the next one, or, after a long
      // rest's closed session, as a one-shot ("tell lift coach that was easy"), as a lifter would.
      if (rating && (this.pending === 'ask-reps' || this.session?.ended))
        await this.say(`that was ${rating}`);
    }
    row.repsDone.push(reps);
    // The rest between sets, counted out loud by the coach.
    this.clock.advance(120_000);
  }

  private get pending(): string | null {
    if (!this.session || this.session.ended) return null;
    const pending = this.session.attributes.pending as { kind?: unknown } | null | undefined;
    return typeof pending?.kind === 'string' ? pending.kind : null;
  }

  private async activeWorkout(): Promise<ActiveWorkout | null> {
    return (await this.stack.store.loadUser(this.userKey)).activeWorkout;
  }

  /** One line to Alexa; words the model does not resolve, or a skill error, stop the simulation. */
  private async say(text: string): Promise<string> {
    const engine = this.engine as ConsoleEngine;
    const outcome = await engine.hear(text);
    this.turns += 1;
    const heard = engine.heard.join(' ');
    this.transcript.push(`${this.clock.now().toISOString().slice(0, 16)} you> ${text}`, `  Alexa: ${heard}`);
    if (outcome.error) throw new SimulationError(`"${text}": ${outcome.error}`);
    if (!outcome.understood) throw new SimulationError(`"${text}" was not understood; Alexa said: ${heard}`);
    if (errorAnswer.test(heard)) throw new SimulationError(`"${text}": the skill answered "${heard}"`);
    this.clock.advance(15_000);
    return heard;
  }
}
