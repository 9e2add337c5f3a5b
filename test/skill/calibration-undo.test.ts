import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { useProgressPipeline } from '../progress/pipeline-support';
import type { Conversation } from '../support/alexa';
import { createConversation } from '../support/alexa';
import {
  dumbbellBeginnerAtCalibration,
  logReps,
  onboard,
  storedItems,
  storedWorkout,
} from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { hear } from '../support/words';

// A first set measures a lift the coach knows nothing of: a weight and reps give a max, a bodyweight
// lift's reps give its targets. "Undo that" (a misheard "eighty" for "eight") must take the
// measurement back with the set, and "that was wrong, I did …" must measure from the corrected set.

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

async function atBodyweightMeasure(): Promise<Conversation> {
  const talk = createConversation({ locale: 'en-US' });
  await onboard(talk, 'hypertrophy', 'beginner');
  await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
  const started = await talk.say('StartWorkoutIntent');
  expect(started.speech).toMatch(/First lunge set: as many good reps as you can/);
  return talk;
}

const withdrawals = async (userId: string) =>
  (await storedItems(table, userId, 'LOG#')).filter((item) => String(item.SK).endsWith('#WITHDRAWN'));

describe('"undo that" after a set that measured a lift', () => {
  it('a weighed set: the max it gave is taken back and the lift is measured again', async () => {
    const talk = await dumbbellBeginnerAtCalibration();
    const calibrated = await talk.say('LogSetIntent', {
      reps: 8,
      weight: 12.5,
      unit: matched('kilos', 'kg'),
    });
    expect(calibrated.speech).toMatch(/max is about/i);
    const lift = (await storedWorkout(table, talk.session.userId))?.plan.exercises.find(
      (exercise) => exercise.status === 'ready',
    );

    const undone = await hear(talk, 'undo that');
    expect(undone.speech).toMatch(/I took back eight at twelve and a half kilos\./);
    expect(undone.speech).toMatch(/don't know your .* max yet/i);
    const workout = await storedWorkout(table, talk.session.userId);
    const exercise = workout?.plan.exercises.find((planned) => planned.exerciseId === lift?.exerciseId);
    expect(exercise?.status).toBe('needs-max');
    const [profile] = await storedItems(table, talk.session.userId, 'PROFILE');
    expect(profile?.statedMaxes ?? {}).not.toHaveProperty(String(lift?.exerciseId));
    expect(await withdrawals(talk.session.userId)).toHaveLength(1);

    // Measured again from the set said now.
    const again = await talk.say('LogSetIntent', { reps: 8, weight: 10, unit: matched('kilos', 'kg') });
    expect(again.speech).toMatch(/max is about/i);
    const [remeasured] = await storedItems(table, talk.session.userId, 'PROFILE');
    expect(remeasured?.statedMaxes).toMatchObject({
      [String(lift?.exerciseId)]: { weight: { value: 10, unit: 'kg' }, reps: 8 },
    });
  });

  it('a bodyweight first set: the lift asks for as many good reps again', async () => {
    const talk = await atBodyweightMeasure();
    await logReps(talk, 11);
    const undone = await hear(talk, 'undo that');
    expect(undone.speech).toMatch(/I took back eleven reps\. First lunge set: as many good reps as you can/);
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.plan.exercises[0]?.status).toBe('needs-max');
    expect(workout?.currentTarget).toBeNull();

    const measured = await logReps(talk, 9);
    expect(measured.speech).toMatch(/your lunge sets are eight reps each/);
  });

  it('"that was wrong, I did nine": the lift is measured from the nine, and the eleven no longer counts', async () => {
    const talk = await atBodyweightMeasure();
    await logReps(talk, 11);
    const corrected = await hear(talk, 'that was wrong, I did nine');
    expect(corrected.speech).toMatch(/not eleven reps/i);
    expect(corrected.speech).toMatch(/your lunge sets are eight reps each/);
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.setsLogged.map((set) => set.reps)).toEqual([9]);
    expect(workout?.currentTarget).toMatchObject({ kind: 'working', reps: 8 });
    expect(await withdrawals(talk.session.userId)).toHaveLength(1);
  });

  it('a correction plans as if the corrected set were said first, though the stream folded the first', async () => {
    const said = { reps: 10, weight: 12.5, unit: matched('kilos', 'kg') };
    const direct = await dumbbellBeginnerAtCalibration();
    await direct.say('LogSetIntent', said);
    const planned = (await storedWorkout(table, direct.session.userId))?.plan.exercises.find(
      (exercise) => exercise.status === 'ready',
    );

    const talk = await dumbbellBeginnerAtCalibration();
    await talk.say('LogSetIntent', { reps: 8, weight: 12.5, unit: matched('kilos', 'kg') });
    await pipeline.poller.drain();
    await hear(talk, 'that was wrong, I did ten');
    const corrected = (await storedWorkout(table, talk.session.userId))?.plan.exercises.find(
      (exercise) => exercise.status === 'ready',
    );
    expect(planned?.status === 'ready' && planned.prescription.workingSets.length).toBeGreaterThan(0);
    expect(corrected).toEqual(planned);
  });
});
