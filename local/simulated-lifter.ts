import type { ActiveWorkout, Store } from '../lambda/store';
import { createAlexaSession, matched, type SlotInputs } from './alexa-requests';
import {
  calibrationWeight,
  drawPersona,
  type LifterPersona,
  pick,
  seededRandom,
} from './simulated-lifter-persona';
import { speechOf, Talk } from './simulated-lifter-talk';
import {
  type LifterReport,
  type SaidSet,
  SimulatedLifterError,
  type SimulatedLifterOptions,
} from './simulated-lifter-types';

export { speechOf } from './simulated-lifter-talk';
export * from './simulated-lifter-types';

/**
 * One simulated lifter doing a whole workout through the skill's real `handler`, the way a person
 * at a rack would: onboarding, today's plan, warm-ups, every working set logged (mostly on target,
 * some short, some missed), rest timers through the Timers API emulator with consent given when
 * asked, questions between sets, and the end. It decides what to say from the response (directives,
 * whether the session stays open, the `pending` question in the session attributes) and from the
 * stored workout (the target of the set it is about to log), never from the wording of the speech.
 *
 * Used by the benchmark (latency and DynamoDB work per turn) and by the load test (every set said is
 * stored exactly once), so it records every turn and every set it said.
 */

const betweenSetQuestions = [
  'HowMuchWeightIntent',
  'WhyThisWeightIntent',
  'WhatsNextIntent',
  'RestTimeIntent',
];

export async function simulateLifter(options: SimulatedLifterOptions): Promise<LifterReport> {
  const random = seededRandom(options.seed ?? Date.now());
  const persona = drawPersona(random, options.persona);
  const session = createAlexaSession({
    skillId: options.skillId,
    ...(options.userId ? { userId: options.userId } : {}),
    locale: persona.locale,
    apiEndpoint: options.timers.apiEndpoint,
    apiAccessToken: options.timers.apiAccessToken,
  });
  const userKey = session.personId ?? session.userId;
  const report: LifterReport = {
    userId: session.userId,
    userKey,
    persona,
    turns: [],
    setsSaid: [],
    timedRests: 0,
    completed: false,
  };
  const talk = new Talk(session, options, report);
  try {
    await onboard(talk, persona);
    await workOut(talk, persona, random, options.store, userKey);
  } catch (error) {
    report.problem = error instanceof Error ? error.message : String(error);
  }
  return report;
}

const goalWords = { hypertrophy: 'muscle size', strength: 'strength', both: 'both' } as const;
const unitWords = { kg: 'kilos', lb: 'pounds' } as const;

async function onboard(talk: Talk, persona: LifterPersona): Promise<void> {
  await talk.send(talk.session.launch(), 'LaunchRequest');
  await talk.intent('SetGoalIntent', { goal: matched(goalWords[persona.goal], persona.goal) });
  await talk.intent('SetLevelIntent', { level: matched(persona.level, persona.level) });
  await talk.intent('SetUnitsIntent', { unit: matched(unitWords[persona.unit], persona.unit) });
  await talk.intent('SetEquipmentIntent', {
    equipment: matched(persona.equipment.replace('-', ' '), persona.equipment),
  });
  for (const max of persona.statedMaxes) {
    await talk.intent('SetMaxIntent', {
      exercise: matched(max.exerciseId.replace('-', ' '), max.exerciseId),
      weight: max.weight,
      unit: matched(unitWords[persona.unit], persona.unit),
    });
  }
}

async function workOut(
  talk: Talk,
  persona: LifterPersona,
  random: () => number,
  store: Pick<Store, 'loadUser'>,
  userKey: string,
): Promise<void> {
  await talk.intent('TodaysWorkoutIntent');
  await talk.intent('StartWorkoutIntent');
  let turnsSinceLastSet = 0;
  let setsBefore = 0;
  for (;;) {
    if (talk.setsSaid > setsBefore) {
      setsBefore = talk.setsSaid;
      turnsSinceLastSet = 0;
    } else if (++turnsSinceLastSet > 12) {
      throw new SimulatedLifterError(
        `no set logged in 12 turns; last heard: ${speechOf(talk.last).slice(0, 200)}`,
      );
    }
    if (talk.asksForConsent) {
      // The lifter says yes; Alexa records the grant, so the Timers API accepts the skill's calls.
      talk.options.timers.setPermissionGranted(true);
      await talk.send(talk.session.askForResponse('ACCEPTED'), 'Connections.Response');
      continue;
    }
    // A running rest timer (the session may have closed): the lifter rests and comes back.
    if (await restAndReturn(talk, random)) continue;
    const pending = talk.pending;
    // What the last answer asked decides most turns; the stored workout only when it has to.
    if (pending === 'wrap-up') {
      await endWorkout(talk);
      return;
    }
    if (pending === 'ask-ready') {
      await talk.intent('NextSetIntent');
      continue;
    }
    if (pending === 'offer-start') {
      await talk.intent('StartWorkoutIntent');
      continue;
    }
    const workout = (await store.loadUser(userKey)).activeWorkout;
    if (!workout) {
      if (talk.setsSaid === 0)
        throw new SimulatedLifterError(`no workout started (pending: ${pending ?? 'none'})`);
      talk.report.problem = 'the stored workout disappeared before the summary';
      return;
    }
    if (workout.cursor.phase === 'done') {
      await endWorkout(talk);
      return;
    }
    if (pending !== 'ask-reps' && workout.cursor.phase === 'resting') {
      // Out of session, after a rest without a timer: "Alexa, tell lift coach ready".
      await talk.intent('NextSetIntent');
      continue;
    }
    if (pending === 'ask-reps' && random() < 0.15) await talk.intent(pick(random, betweenSetQuestions));
    // In session, or out of it ("Alexa, tell lift coach I did eight"): the stored target says what to log.
    await logSet(talk, persona, random, workout);
  }
}

async function endWorkout(talk: Talk): Promise<void> {
  await talk.intent('EndWorkoutIntent');
  talk.report.completed = talk.report.turns.at(-1)?.errorAnswer === false;
}

/**
 * While a timer runs the lifter rests, sometimes asking a question ("Alexa, ask lift coach how much
 * weight"), then the timer ends and Alexa launches the skill with the ResumeWorkout task.
 */
async function restAndReturn(talk: Talk, random: () => number): Promise<boolean> {
  const timers = talk.options.timers;
  if (timers.listTimers().length === 0) return false;
  talk.report.timedRests += 1;
  if (random() < 0.5) await talk.intent(pick(random, betweenSetQuestions));
  const ended = timers.fireNow();
  if (ended.kind === 'LAUNCH_TASK') {
    await talk.send(
      talk.session.taskLaunch(ended.task.name, ended.task.version, ended.task.input),
      'LaunchRequest (task)',
    );
  } else {
    await talk.intent('NextSetIntent');
  }
  return true;
}

async function logSet(
  talk: Talk,
  persona: LifterPersona,
  random: () => number,
  workout: ActiveWorkout,
): Promise<void> {
  const exercise = workout.plan.exercises[workout.cursor.exerciseIndex];
  const target = workout.currentTarget;
  const unit = persona.unit;
  if (!target || exercise?.status === 'needs-max') {
    const exerciseId = exercise?.exerciseId ?? target?.exerciseId ?? 'unknown';
    const weight = { value: calibrationWeight(persona.level, exerciseId, unit), unit };
    const reps = 8;
    await talk.intent('LogSetIntent', {
      reps,
      weight: weight.value,
      unit: matched(unitWordsOf(unit), unit),
    });
    talk.report.setsSaid.push(
      said(talk, { exerciseId, kind: 'calibration', reps, targetReps: null, weight, failed: false }),
    );
    return;
  }
  const roll = random();
  const failed = target.kind === 'working' && roll < 0.1;
  const reps =
    target.kind === 'warmup'
      ? target.reps
      : failed
        ? Math.max(1, target.reps - 2 - Math.floor(random() * 2))
        : roll < 0.3
          ? Math.max(1, target.reps - 1)
          : roll < 0.4
            ? target.reps + 1
            : target.reps;
  const slots: SlotInputs = { reps };
  if (target.load && random() < 0.3) {
    slots.weight = target.load.value;
    slots.unit = matched(unitWordsOf(target.load.unit), target.load.unit);
  }
  await talk.intent(failed ? 'LogFailedSetIntent' : 'LogSetIntent', slots);
  talk.report.setsSaid.push(
    said(talk, {
      exerciseId: target.exerciseId,
      kind: target.kind,
      reps,
      targetReps: target.reps,
      weight: target.load,
      failed,
    }),
  );
}

function unitWordsOf(unit: keyof typeof unitWords): string {
  return unitWords[unit];
}

function said(talk: Talk, set: Omit<SaidSet, 'requestId'>): SaidSet {
  const turn = talk.report.turns.at(-1);
  if (!turn) throw new SimulatedLifterError('a set was said without a turn');
  return { requestId: turn.requestId, ...set };
}
