import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TimersEmulator } from '../../local/timers-emulator';
import { useProgressPipeline } from '../progress/pipeline-support';
import { type Conversation, cardText } from '../support/alexa';
import {
  benchLifterInWords,
  putLiftStats,
  reachFirstWorkingSet,
  storedItems,
  storedWorkout,
} from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { hear } from '../support/words';

const table = useFreshTable();
const pipeline = useProgressPipeline(table);
let timers: TimersEmulator;

beforeAll(async () => {
  timers = await TimersEmulator.start({ permissionGranted: true });
});
afterAll(() => {
  timers.close();
});
beforeEach(async () => {
  timers.setPermissionGranted(true);
  await fetch(`${timers.apiEndpoint}/v1/alerts/timers`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${timers.apiAccessToken}` },
  });
});

/** The bench lifter of the support helpers, whose rests reach this file's Timers API emulator. */
const lifter = (goal: Parameters<typeof benchLifterInWords>[0] = 'bigger muscles') =>
  benchLifterInWords(goal, { apiEndpoint: timers.apiEndpoint, apiAccessToken: timers.apiAccessToken });

const toFirstWorkingSet = (talk: Conversation) => reachFirstWorkingSet(talk, { inWords: true });

describe('an aside keeps the open question', () => {
  it.each([
    ['how long do I rest'],
    ['how much weight'],
    ['why this weight'],
    ['how is my progress'],
    ['nutrition tips'],
  ])('"Shall we start?" → "%s" → "yes" starts the workout', async (aside) => {
    const talk = await lifter();
    const offer = await hear(talk, "what's my workout today");
    expect(offer.speech).toMatch(/shall we start\?$/i);
    const answered = await hear(talk, aside);
    expect(answered.speech).toMatch(/shall we start\?$/i);
    const started = await hear(talk, 'yes');
    expect(started.speech).not.toMatch(/not sure what you're saying yes or no to/i);
    expect(await storedWorkout(table, talk.session.userId)).toBeDefined();
  });
});

describe('"next set" or "ready" with today\'s plan offered starts it', () => {
  it.each([['ready'], ['next set']])('"%s" after "Shall we start?"', async (words) => {
    const talk = await lifter();
    await hear(talk, "what's my workout today");
    const started = await hear(talk, words);
    expect(started.speech).toMatch(/warm-up for bench press/i);
    expect(await storedWorkout(table, talk.session.userId)).toBeDefined();
  });

  it('"next set" with no workout offers one, and "ready" then starts it', async () => {
    const talk = await lifter();
    await hear(talk, 'help');
    const offer = await hear(talk, 'next set');
    expect(offer.speech).toMatch(/shall I start today.s workout\?$/i);
    const started = await hear(talk, 'ready');
    expect(started.speech).toMatch(/warm-up for bench press/i);
  });
});

describe('a max for another lift said mid-workout', () => {
  it('is kept and used when that lift comes', async () => {
    const talk = await lifter();
    await toFirstWorkingSet(talk);
    const workout = await storedWorkout(table, talk.session.userId);
    const later = workout?.plan.exercises.slice(1).find((exercise) => exercise.status === 'needs-max');
    expect(later, 'a later lift without a max').toBeDefined();
    const name = later?.name ?? '';
    const said = await hear(talk, `my ${name} max is two hundred pounds`);
    expect(said.speech).toMatch(new RegExp(`your ${name} max is two hundred pounds`, 'i'));
    expect(said.speech).toMatch(/bench press/i);
    // Skip ahead until that lift is up.
    let turn = await hear(talk, 'skip exercise');
    for (
      let guard = 0;
      guard < 8 && !new RegExp(`warm-up for ${name}|\\. ${name}, set`, 'i').test(turn.speech);
      guard++
    )
      turn = await hear(talk, 'skip exercise');
    expect(turn.speech).toMatch(new RegExp(name, 'i'));
    expect(turn.speech).not.toMatch(/I don't know your/i);
    // Prescribed from the stated max: warm-ups or a loaded working set, not a calibration set.
    expect(turn.speech).toMatch(/warm-up for .* with|set one of .* at .* pounds/i);
  });
});

/** Stats as the progress Lambda leaves them: four lifts, squat with the newest record. */
async function history(userKey: string) {
  const lifts: [string, number, number, string][] = [
    ['bench-press', 200, 180, '2026-11-20T10:00:00.000Z'],
    ['deadlift', 350, 300, '2026-11-18T10:00:00.000Z'],
    ['barbell-row', 180, 160, '2026-11-10T10:00:00.000Z'],
    ['squat', 300, 270, '2026-11-27T10:00:00.000Z'],
  ];
  for (const [exerciseId, max, load, at] of lifts) {
    await putLiftStats(table, userKey, {
      exerciseId,
      estimatedOneRepMax: { value: max, unit: 'lb' },
      bestSet: {
        setKey: `SET#${at}#earlier`,
        reps: 5,
        load: { value: load, unit: 'lb' },
        oneRepMax: { value: max, unit: 'lb' },
        at,
        workoutId: `earlier-${exerciseId}`,
      },
      personalRecordAt: at,
      updatedAt: at,
    });
  }
}

describe('progress questions', () => {
  it('"how\'s my progress" speaks the three latest lifts, newest record first, and the card holds all', async () => {
    const talk = await lifter();
    await history(talk.session.userId);
    const progress = await hear(talk, "how's my progress");
    expect(progress.speech).toMatch(
      /^Your latest numbers: squat about three hundred pounds, bench press about two hundred pounds and deadlift about three hundred and fifty pounds\./,
    );
    expect(progress.speech).not.toMatch(/barbell row/i);
    expect(cardText(progress.card)).toMatch(/barbell row about one hundred and eighty pounds/i);
  });

  it('answers "what are my personal records" and "what\'s my estimated max on squat"', async () => {
    const talk = await lifter();
    await history(talk.session.userId);
    const records = await hear(talk, 'what are my personal records');
    expect(records.speech).toMatch(/personal records: squat two hundred and seventy pounds for five reps/i);
    expect(cardText(records.card)).toMatch(/barbell row/i);
    const squat = await hear(talk, "what's my estimated max on squat");
    expect(squat.speech).toMatch(/your squat max is about three hundred pounds/i);
  });

  it('answers "why should I lift", differently when asked again', async () => {
    const talk = await lifter();
    const answers = new Set<string>();
    for (let time = 0; time < 6; time++) answers.add((await hear(talk, 'why should I lift')).speech);
    expect(answers.size).toBeGreaterThan(1);
  });

  it('"how much time is left" during a rest says what is left of it', async () => {
    const talk = await lifter();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did eight');
    const left = await hear(talk, 'how much time is left');
    expect(left.speech).toMatch(/left of your ninety seconds rest\.|your rest is over/i);
  });

  it('"what\'s next" after a workout and "when is my next workout" name the next session', async () => {
    const talk = await lifter();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did eight');
    await hear(talk, 'end workout');
    await hear(talk, 'yes');
    // The progress Lambda has folded the session in, as it does within a second in the cloud.
    await pipeline.poller.drain();
    const next = await hear(talk, "what's next");
    // An intermediate may train two days in a row (rules recoveryDaysFor): tomorrow.
    expect(next.speech).toMatch(/your next workout is a (strength|muscle-size) day, tomorrow\./i);
    const when = await hear(talk, 'when is my next workout');
    expect(when.speech).toMatch(/your next workout is a (strength|muscle-size) day, tomorrow\./i);
  });
});

describe('rest and ending, said as they really happen', () => {
  it('"end workout" with sets left asks first; "no" carries on', async () => {
    const talk = await lifter();
    await toFirstWorkingSet(talk);
    const asked = await hear(talk, 'end workout');
    expect(asked.speech).toMatch(/you still have sets left\. do you want to end the workout now\?/i);
    const kept = await hear(talk, 'no');
    expect(kept.speech).toMatch(/set one of/i);
    expect(await storedWorkout(table, talk.session.userId)).toBeDefined();
  });

  it('declining timers before a long rest does not promise a countdown', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter('more strength');
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did five');
    const denied = await talk.answerAskFor('DENIED');
    expect(denied.speech).not.toMatch(/count rests out loud/i);
    expect(denied.speech).toMatch(/I won't set timers\. rest (three|four|five) minutes/i);
  });

  it('the first rest after the consent dialog is announced as planned, not as what is left', async () => {
    timers.setPermissionGranted(false);
    const talk = await lifter();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did eight');
    timers.setPermissionGranted(true);
    const accepted = await talk.answerAskFor('ACCEPTED');
    expect(accepted.speech).toMatch(/rest ninety seconds/i);
    expect(await storedItems(table, talk.session.userId, 'PROFILE')).toHaveLength(1);
  });
});
