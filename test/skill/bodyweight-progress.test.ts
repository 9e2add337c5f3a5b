import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExercise } from '../../lambda/rules';
import { matched } from '../../local/alexa-requests';
import type { StreamPoller } from '../../local/stream-poller';
import { startPipeline } from '../progress/pipeline-support';
import { type Conversation, createConversation } from '../support/alexa';
import { logReps, onboard, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { shownScreen } from '../support/screen';

// DESIGN: "bodyweight lifts are prescribed by reps (and added load when advanced)". Asked about a
// bodyweight lift after real sets went through the progress Lambda, Lift Coach says what the lifter
// did (reps, or reps with a plate added) and the next targets, never a one-rep max in kilos of a lift
// whose load is the body.

const table = useFreshTable();
let poller: StreamPoller;

beforeAll(async () => {
  poller = startPipeline(table).poller;
  await poller.start();
});

afterAll(async () => {
  await poller?.stop();
});

const noMax = /max|for one rep|about [a-z -]+ kilos/i;

/** A lifter with only their body: the first lift is measured, then its working sets are made. */
async function firstLiftTrained(
  level: 'beginner' | 'advanced',
  goal: 'hypertrophy' | 'strength',
  first: number,
) {
  const talk = createConversation({ locale: 'en-GB', screen: true });
  await onboard(talk, goal, level);
  await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
  await talk.say('StartWorkoutIntent');
  const started = await storedWorkout(table, talk.session.userId);
  const exerciseId = started?.plan.exercises[0]?.exerciseId ?? '';
  expect(findExercise(exerciseId)?.bodyweight).toBe(true);
  await logReps(talk, first);
  for (let guard = 0; guard < 8; guard += 1) {
    const workout = await storedWorkout(table, talk.session.userId);
    const target = workout?.currentTarget;
    if (workout?.cursor.exerciseIndex !== 0 || target?.kind !== 'working') break;
    await logReps(talk, target.reps);
  }
  // Ended, so "how am I doing" is about every lift, not the one the workout is on.
  await talk.say('EndWorkoutIntent');
  await talk.say('AMAZON.YesIntent');
  await poller.drain(20_000);
  const name = findExercise(exerciseId)?.name ?? exerciseId;
  return { talk, exerciseId, name, lift: () => ({ exercise: matched(name, exerciseId) }) };
}

async function answers(talk: Conversation, lift: () => { exercise: ReturnType<typeof matched> }) {
  return {
    progress: await talk.say('MyProgressIntent', lift()),
    best: await talk.say('MyBestIntent', lift()),
    overall: await talk.say('MyProgressIntent'),
    records: await talk.say('PersonalRecordsIntent'),
  };
}

describe('a bodyweight lift answers in reps, never with a max', () => {
  it('beginner, body alone: the best set in reps and the next sets of reps', async () => {
    const { talk, name, lift } = await firstLiftTrained('beginner', 'hypertrophy', 11);
    const said = await answers(talk, lift);
    // Eleven good reps, one short of failure, is the best set; the sets of ten made add a rep.
    expect(said.progress.speech).toMatch(
      new RegExp(`^Your best ${name} set is eleven reps\\. Next time: two sets of eleven reps\\.`, 'i'),
    );
    expect(said.best.speech).toMatch(new RegExp(`^Your best ${name} set is eleven reps\\.`, 'i'));
    expect(said.overall.speech).toMatch(new RegExp(`${name} eleven reps`, 'i'));
    expect(said.records.speech).toMatch(new RegExp(`${name} eleven reps`, 'i'));
    for (const turn of Object.values(said)) expect(turn.speech).not.toMatch(noMax);
    const screen = await shownScreen(said.progress, 'liftProgress');
    expect(screen.datasources.liftProgress).toMatchObject({
      latest: '11 reps',
      latestLabel: 'best set · next 2 × 11 reps',
      estimatePath: '',
      bestPath: '',
    });
  });

  it('advanced, with a plate added: the best set is reps with the added load', async () => {
    const { talk, name, lift } = await firstLiftTrained('advanced', 'strength', 12);
    const said = await answers(talk, lift);
    // Twelve is past strength's range: a 2.5 kg step for every two reps over it, at four reps.
    expect(said.best.speech).toMatch(
      new RegExp(`^Your best ${name} set is four reps with (five|seven and a half|ten) kilos added\\.`, 'i'),
    );
    expect(said.progress.speech).toMatch(
      /Next time: three sets of (four|five) reps with [a-z -]+ kilos added\./i,
    );
    for (const turn of Object.values(said)) expect(turn.speech).not.toMatch(noMax);
  });
});
