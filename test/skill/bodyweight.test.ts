import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { cardText, createConversation } from '../support/alexa';
import { logReps, onboard, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

/** A beginner with only their body: every lift of the first workout is measured by a first set. */
async function bodyweightBeginner() {
  const talk = createConversation({ locale: 'en-US' });
  await onboard(talk, 'hypertrophy', 'beginner');
  await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
  const started = await talk.say('StartWorkoutIntent');
  return { talk, started };
}

describe('bodyweight lifts start from what the lifter can do', () => {
  it('asks for as many good reps as they can, then sets the working sets one rep under', async () => {
    const { talk, started } = await bodyweightBeginner();
    // No "3 × 7 pull-ups" unchecked: the first set measures, and the reprompt says what to say.
    expect(started.speech).toMatch(
      /First lunge set: as many good reps as you can, stopping one short of failure/,
    );
    expect(started.speech).toMatch(/How many did you get\?$/);
    expect(started.reprompt).toMatch(/I did eight/);
    expect(started.endsSession).toBe(false);

    const measured = await logReps(talk, 11);
    // Eleven, one short of failure: sets of ten leave about two in reserve.
    expect(measured.speech).toMatch(/From that, your lunge sets are ten reps each\./);
    expect(measured.speech).not.toMatch(/max/i);
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.currentTarget).toMatchObject({ kind: 'working', reps: 10, load: null });
    const lunge = workout?.plan.exercises[0];
    expect(lunge?.status).toBe('ready');
    if (lunge?.status === 'ready') {
      expect(lunge.prescription.workingSets.map((set) => set.targetReps)).toEqual([10, 10]);
      // The source's "always warm up": an easy set on the body alone (skipped now: they are warm).
      expect(lunge.prescription.warmUpSets).toEqual([
        { load: { value: 0, unit: 'lb' }, reps: 5, percentOfWorkingLoad: 0, isEmptyBar: false },
      ]);
    }
    const logs = await storedItems(table, talk.session.userId, 'LOG#');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ exerciseId: 'lunge', reps: 11 });

    // The next set is the first working set, at the measured target.
    const next = await talk.say('NextSetIntent');
    expect(next.speech).toMatch(/Lunge, set one of two: ten reps\./);
  });

  it('zero reps gets a clear answer and saves nothing; skipping moves on without targets', async () => {
    const { talk } = await bodyweightBeginner();
    const none = await logReps(talk, 0);
    expect(none.speech).toMatch(/Zero reps is not a set I can log/);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(0);
    await talk.say('SkipExerciseIntent');
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.cursor.exerciseIndex).toBe(1);
    expect(workout?.plan.exercises[0]?.status).toBe('needs-max');
  });

  it("writes a bodyweight lift's first set on the plan's card as reps, not as a weight to find", async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk, 'hypertrophy', 'beginner');
    await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
    const card = cardText((await talk.say('TodaysWorkoutIntent')).card);
    expect(card).toMatch(/Lunge: First set: as many good reps as you can, one short of failure/);
    expect(card).not.toMatch(/Find your weight/);
  });

  it('never plans a pull-up or a dip for a lifter with only dumbbells', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk, 'strength', 'beginner');
    await talk.say('SetEquipmentIntent', { equipment: matched('dumbbells', 'dumbbells') });
    const today = await talk.say('TodaysWorkoutIntent');
    expect(today.speech).not.toMatch(/pull-up|chin-up|dip/i);
    expect(today.speech).toMatch(/goblet squat|dumbbell/i);
  });
});
