import { describe, expect, it } from 'vitest';
import { setIdentity, workoutSummarySchema } from '../../lambda/store';
import { shortNames } from '../../lambda/store/compact-names';
import { matched } from '../../local/alexa-requests';
import { useProgressPipeline } from '../progress/pipeline-support';
import { cardText, createConversation, type Turn } from '../support/alexa';
import { logReps, onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { benchHistory, bodyweightWorkoutStarted } from '../support/lift-history';
import { hear } from '../support/words';

// In the cloud the progress Lambda folds a set into the lift's stats within a second of it being
// logged, so by the time the lifter says "end workout" the stats' best set is usually this
// workout's own. The summary still names the best the workout beat, once, and still calls a lift's
// first session a baseline.

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

async function endWorkout(talk: ReturnType<typeof createConversation>): Promise<Turn> {
  await talk.say('EndWorkoutIntent');
  return talk.say('AMAZON.YesIntent');
}

function bestsNamed(turn: Turn): number {
  return turn.speech.match(/new best/gi)?.length ?? 0;
}

describe('the end-of-workout summary after the progress Lambda folded the sets', () => {
  it('names a loaded lift that beat its best', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(table, talk.session.userId);
    await reachFirstWorkingSet(talk);
    // Nine reps made the target: the stats credit the rep in reserve, a higher max than nine alone.
    await talk.say('LogSetIntent', { reps: 9, weight: 80, unit: matched('kilos', 'kg') });
    await pipeline.poller.drain();
    const end = await endWorkout(talk);
    expect(end.speech).toMatch(/seven hundred and twenty kilos lifted\. new best on bench press!/i);
    expect(bestsNamed(end)).toBe(1);
    expect(cardText(end.card)).toContain('New bests: bench press');
  });

  it('names it when only the sets before the best were folded', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await benchHistory(table, talk.session.userId);
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 5, weight: 70, unit: matched('kilos', 'kg') });
    await pipeline.poller.drain();
    // Folded or not by the time the workout ends, the answer is the same.
    await talk.say('LogSetIntent', { reps: 9, weight: 80, unit: matched('kilos', 'kg') });
    const end = await endWorkout(talk);
    expect(end.speech).toMatch(/new best on bench press!/i);
    expect(bestsNamed(end)).toBe(1);
  });

  it("calls a loaded lift's first session a baseline, not a best", async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    await reachFirstWorkingSet(talk);
    await talk.say('LogSetIntent', { reps: 5, weight: 60, unit: matched('kilos', 'kg') });
    await talk.say('LogSetIntent', { reps: 6, weight: 60, unit: matched('kilos', 'kg') });
    await pipeline.poller.drain();
    const end = await endWorkout(talk);
    expect(end.speech).toMatch(/^workout done/i);
    expect(bestsNamed(end)).toBe(0);
  });

  it('names a bodyweight lift that beat its best set, in reps', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const { name } = await bodyweightWorkoutStarted(table, talk, { reps: 8 });
    await logReps(talk, 12);
    await pipeline.poller.drain();
    const end = await endWorkout(talk);
    expect(end.speech).toMatch(new RegExp(`New best: twelve reps of ${name}!`, 'i'));
    expect(bestsNamed(end)).toBe(1);
  });

  it("calls a bodyweight lift's first session a baseline, not a best", async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await bodyweightWorkoutStarted(table, talk);
    await logReps(talk, 12);
    await pipeline.poller.drain();
    const end = await endWorkout(talk);
    expect(end.speech).toMatch(/^workout done/i);
    expect(bestsNamed(end)).toBe(0);
  });
});

describe("the workout's summary item", () => {
  it("keeps a bodyweight lift's new best set, and drops a set taken back", async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    const { exerciseId } = await bodyweightWorkoutStarted(table, talk, { reps: 8 });
    await logReps(talk, 12);
    await pipeline.poller.drain();
    const userId = talk.session.userId;
    const summaryNow = async () => {
      const [item] = await storedItems(table, userId, 'DONE#');
      return { item, summary: workoutSummarySchema.parse(item) };
    };
    const setKeyOf = async (reps: number) =>
      String((await storedItems(table, userId, 'LOG#')).find((item) => item.reps === reps)?.SK);
    const twelve = await setKeyOf(12);
    const withTwelve = await summaryNow();
    expect(withTwelve.summary.bodyweightRecords).toEqual([
      { exerciseId, reps: 12, load: null, id: setIdentity(twelve), at: expect.any(String) },
    ]);
    // Stored compact, like every field the summary is rewritten with on each set.
    expect(withTwelve.item).toHaveProperty(shortNames.bodyweightRecords ?? 'bodyweightRecords');

    await hear(talk, 'that was wrong, I did ten');
    await pipeline.poller.drain();
    const { summary } = await summaryNow();
    expect(summary.bodyweightRecords?.map((record) => record.id)).toEqual([setIdentity(await setKeyOf(10))]);
  });
});
