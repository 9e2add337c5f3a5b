import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { onboard, putLiftStats, reachFirstWorkingSet } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

/** What the progress Lambda leaves after an earlier bench session: best 80 kg × 5, max about 90 kg. */
async function benchHistory(userKey: string) {
  const at = '2026-11-20T10:00:00.000Z';
  await putLiftStats(table, userKey, {
    exerciseId: 'bench-press',
    estimatedOneRepMax: { value: 90, unit: 'kg' },
    bestSet: {
      setKey: `SET#${at}#earlier`,
      reps: 5,
      load: { value: 80, unit: 'kg' },
      oneRepMax: { value: 90, unit: 'kg' },
      at,
      workoutId: 'earlier',
    },
    personalRecordAt: at,
    progression: {
      exerciseId: 'bench-press',
      focus: 'hypertrophy',
      load: { value: 67.5, unit: 'kg' },
      targetReps: 9,
      sets: 3,
      failedSessions: 0,
      beatTargetSessions: 0,
      updatedAt: at,
    },
    updatedAt: at,
  });
}

describe('stats from the progress pipeline', () => {
  it('answers my best and my progress from them', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(talk.session.userId);
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
    await benchHistory(talk.session.userId);
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 8, weight: 80, unit: matched('kilos', 'kg') });
    await talk.say('EndWorkoutIntent');
    const end = await talk.say('AMAZON.YesIntent');
    expect(end.speech).toMatch(
      /workout done: one set and six hundred and forty kilos lifted\. new best on bench press!/i,
    );
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
