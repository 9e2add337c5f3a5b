import { describe, expect, it } from 'vitest';
import { createStore } from '../../lambda/store';
import { matched } from '../../local/alexa-requests';
import { useProgressPipeline } from '../progress/pipeline-support';
import { createConversation } from '../support/alexa';
import { onboard, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// An estimated max is an estimate, not a plate-exact load: Lift Coach says it the way a lifter
// rounds it ("about one hundred and seventy pounds"), from the calibration set through the progress
// Lambda's stats to "what's my bench max".

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

const bench = () => ({ exercise: matched('bench', 'bench-press') });
const halves = /and a half|point five/i;

describe('estimated maxes as a lifter says them', () => {
  it('calibration, stats and "what\'s my bench max" all say "about one hundred and seventy pounds"', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk, 'strength', 'intermediate');
    let turn = await talk.say('StartWorkoutIntent');
    // Whatever the day holds, the lifter skips to the bench press, which has no max yet.
    for (let guard = 0; guard < 8; guard += 1) {
      const workout = await storedWorkout(table, talk.session.userId);
      const current = workout?.plan.exercises[workout.cursor.exerciseIndex];
      if (current?.exerciseId === 'bench-press') break;
      turn = await talk.say('SkipExerciseIntent');
    }
    expect(turn.speech).toMatch(/don't know your bench press max/i);

    // "I hit failure at eight at one thirty five": Brzycki gives 167.6 lb, which no lifter says as it is.
    turn = await talk.say('LogFailedSetIntent', { reps: 8, weight: 135, unit: matched('pounds', 'lb') });
    expect(turn.speech).toMatch(/your bench press max is about one hundred and seventy pounds/i);
    expect(turn.speech).not.toMatch(halves);

    // The working sets that follow go through the stream to the progress Lambda.
    for (let set = 0; set < 3; set += 1) {
      const workout = await storedWorkout(table, talk.session.userId);
      turn = await talk.say('LogSetIntent', { reps: workout?.currentTarget?.reps ?? 6 });
    }
    await pipeline.poller.drain(20_000);
    const store = createStore({ documentClient: table.documentClient, tableName: table.name });
    const { stats } = await store.loadUser(talk.session.userId);
    const storedValue = stats['bench-press']?.estimatedOneRepMax?.value;
    expect(storedValue, JSON.stringify(stats['bench-press'])).toBeDefined();
    // The stored estimate keeps its precision; only the speech rounds it.
    expect((storedValue ?? 0) % 5, `stored ${storedValue}`).not.toBe(0);

    const best = await talk.say('MyBestIntent', bench());
    expect(best.speech).toMatch(
      /about one hundred and (sixty-five|seventy|seventy-five) pounds for one rep/i,
    );
    const progress = await talk.say('MyProgressIntent', bench());
    expect(progress.speech).toMatch(
      /your bench press max is about one hundred and (sixty-five|seventy|seventy-five) pounds/i,
    );
    for (const answer of [best, progress]) expect(answer.speech).not.toMatch(halves);
  });
});
