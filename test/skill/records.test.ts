import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { cardText, createConversation } from '../support/alexa';
import { logReps, onboard, putLiftStats, reachFirstWorkingSet } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { benchHistory, bodyweightWorkoutStarted } from '../support/lift-history';
import { shownScreen } from '../support/screen';

const table = useFreshTable();

describe('stats from the progress pipeline', () => {
  it('answers my best and my progress from them', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(table, talk.session.userId);
    const best = await talk.say('MyBestIntent', { exercise: matched('bench', 'bench-press') });
    expect(best.speech).toMatch(
      /your best bench press is eighty kilos for five reps, about ninety kilos for one rep/i,
    );
    const progress = await talk.say('MyProgressIntent', { exercise: matched('bench', 'bench-press') });
    expect(progress.speech).toMatch(
      /your bench press max is about ninety kilos\. next time: nine reps at sixty-seven and a half kilos/i,
    );
    const overall = await talk.say('MyProgressIntent');
    expect(overall.speech).toMatch(/your latest numbers: bench press about ninety kilos/i);
  });

  it('names a new record in the end-of-workout summary', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(table, talk.session.userId);
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 8, weight: 80, unit: matched('kilos', 'kg') });
    await talk.say('EndWorkoutIntent');
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(
      /workout done: one set and six hundred and forty kilos lifted\. new best on bench press!/i,
    );
  });

  it('counts the rep in reserve of a set that made its target, as the progress Lambda will', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(table, talk.session.userId);
    await reachFirstWorkingSet(talk);
    // Nine reps at 70 kg read as a max of exactly ninety, the best before; made with the usual reps to
    // spare (the target was nine), they are a ten-rep max: about ninety-three.
    await talk.say('LogSetIntent', { reps: 9, weight: 70, unit: matched('kilos', 'kg') });
    await talk.say('EndWorkoutIntent');
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(/new best on bench press!/i);
  });

  it('makes today a rest day when every muscle was trained hard yesterday', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const yesterday = new Date(Date.now() - 20 * 3_600_000).toISOString();
    // Between them these lifts work every muscle group.
    for (const exerciseId of ['bench-press', 'barbell-row', 'squat', 'front-squat', 'calf-raise']) {
      await putLiftStats(table, talk.session.userId, {
        exerciseId,
        estimatedOneRepMax: { value: 100, unit: 'kg' },
        session: {
          workoutId: 'yesterday',
          startedAt: yesterday,
          focus: 'hypertrophy',
          base: null,
          sets: [
            {
              setKey: `SET#${yesterday}#${exerciseId}`,
              kind: 'working',
              reps: 8,
              load: { value: 70, unit: 'kg' },
              failed: false,
              target: null,
              at: yesterday,
            },
          ],
          newRecord: false,
        },
        updatedAt: yesterday,
      });
    }
    const plan = await talk.say('TodaysWorkoutIntent');
    expect(plan.speech).toMatch(/today is a rest day/i);
    expect(plan.speech).toMatch(/what would you like to do\?$/i);
    const start = await talk.say('StartWorkoutIntent');
    expect(start.speech).toMatch(/today is a rest day/i);
  });
});

// The progress Lambda has not folded this workout's sets yet (nothing runs it in this file): the
// summary compares the session's sets with the best the stats held before it.
describe('a bodyweight lift in the end-of-workout summary', () => {
  it('names a set with more reps than the best as a new best, in reps', async () => {
    const talk = createConversation({ locale: 'en-GB', screen: true });
    await onboard(talk);
    const { name } = await bodyweightWorkoutStarted(table, talk, { reps: 8 });
    await logReps(talk, 12);
    await talk.say('EndWorkoutIntent');
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(new RegExp(`New best: twelve reps of ${name}!`, 'i'));
    expect(end.speech.match(/new best/gi)).toHaveLength(1);
    expect(cardText(end.card)).toContain(`New bests: ${name} 12 reps`);
    const screen = await shownScreen(end, 'workoutSummary');
    expect(screen.datasources.workoutSummary).toMatchObject({ records: `New best: ${name} 12 reps` });
  });

  it('names a set with more load added as a new best, with the load', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk, 'strength', 'advanced');
    const { name } = await bodyweightWorkoutStarted(table, talk, { reps: 8, addedKg: 5 });
    await logReps(talk, 6, { weight: 10, unit: matched('kilos', 'kg') });
    await talk.say('EndWorkoutIntent');
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(new RegExp(`New best: six reps of ${name} with ten kilos added!`, 'i'));
  });

  it('names no best for fewer reps than the best, or for the first session of a lift', async () => {
    const short = createConversation({ locale: 'en-GB' });
    await onboard(short);
    await bodyweightWorkoutStarted(table, short, { reps: 12 });
    await logReps(short, 10);
    await short.say('EndWorkoutIntent');
    expect((await short.say('AMAZON.YesIntent')).speech).not.toMatch(/new best/i);

    const first = createConversation({ locale: 'en-GB' });
    await onboard(first);
    await bodyweightWorkoutStarted(table, first);
    await logReps(first, 12);
    await first.say('EndWorkoutIntent');
    const end = await first.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(/^workout done/i);
    expect(end.speech).not.toMatch(/new best/i);
  });
});
