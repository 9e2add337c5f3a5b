import { describe, expect, it } from 'vitest';
import { liftSnapshotSchema, setIdentity, workoutSummarySchema } from '../../lambda/store';
import { getItem, statsKey, useProgressPipeline } from '../progress/pipeline-support';
import type { Conversation } from '../support/alexa';
import {
  benchLifterInWords,
  reachFirstWorkingSet,
  storedItems,
  storedWorkout,
} from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { hear } from '../support/words';

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

async function toFirstWorkingSet(talk: Conversation) {
  const turn = await reachFirstWorkingSet(talk, { inWords: true });
  expect(turn.speech).toMatch(/bench press, set one of/i);
  return turn;
}

describe('free sets: answering "Which lift was that?"', () => {
  it.each([['bench press'], ['it was bench press']])(
    '"tell lift coach I did eight" → "Which lift was that?" → "%s" logs it',
    async (answer) => {
      const talk = await benchLifterInWords();
      await hear(talk, 'stop');
      const asked = await hear(talk, 'tell lift coach I did eight');
      expect(asked.speech).toMatch(/which lift was that\?/i);
      const logged = await hear(talk, answer);
      expect(logged.speech).toMatch(/eight reps of bench press, logged as a free set/i);
      const sets = await storedItems(table, talk.session.userId, 'LOG#');
      expect(sets).toEqual([expect.objectContaining({ exerciseId: 'bench-press', reps: 8, load: null })]);
    },
  );

  it('"I did eight at one thirty five on bench press" is 135 pounds of bench press', async () => {
    const talk = await benchLifterInWords();
    await hear(talk, 'stop');
    const offered = await hear(talk, 'tell lift coach I did eight at one thirty five on bench press');
    expect(offered.speech).toMatch(
      /should I log eight at one hundred and thirty-five pounds of bench press as a free set\?/i,
    );
    await hear(talk, 'yes');
    const sets = await storedItems(table, talk.session.userId, 'LOG#');
    expect(sets).toEqual([
      expect.objectContaining({ exerciseId: 'bench-press', reps: 8, load: { value: 135, unit: 'lb' } }),
    ]);
  });

  it('a lift the coach does not know keeps the set until a known lift is named', async () => {
    const talk = await benchLifterInWords();
    await hear(talk, 'stop');
    const unknown = await talk.say('LogSetIntent', {
      reps: 8,
      exercise: { value: 'zercher curls', match: false },
    });
    expect(unknown.speech).toMatch(/I don't know zercher curls yet.*which lift was it\?/i);
    const logged = await hear(talk, 'squat');
    expect(logged.speech).toMatch(/eight reps of squat, logged as a free set/i);
  });
});

describe('undo and correct a set by voice', () => {
  it.each([['undo that'], ['delete my last set'], ['scratch that']])(
    '"%s" withdraws the last set, puts the cursor back and asks for that set again',
    async (words) => {
      const talk = await benchLifterInWords();
      const first = await toFirstWorkingSet(talk);
      const before = await storedWorkout(table, talk.session.userId);
      const logged = await hear(talk, 'I did eight');
      expect(logged.speech).toMatch(/eight/i);
      const undone = await hear(talk, words);
      expect(undone.speech).toMatch(/okay, I took back eight at/i);
      expect(undone.speech).toMatch(/bench press, set one of/i);
      expect(undone.speech).toMatch(/\?$/);
      const workout = await storedWorkout(table, talk.session.userId);
      expect(workout?.cursor).toEqual(before?.cursor);
      expect(workout?.setsLogged).toHaveLength(before?.setsLogged.length ?? -1);
      // The set item stays as it was; a withdrawal item takes it back.
      const items = await storedItems(table, talk.session.userId, 'LOG#');
      const set = items.find((item) => item.reps === 8 && !String(item.SK).endsWith('#WITHDRAWN'));
      expect(set).toBeDefined();
      expect(items).toContainEqual(
        expect.objectContaining({ SK: `${String(set?.SK)}#WITHDRAWN`, withdraws: set?.SK, reps: 8 }),
      );
      // Asked again, the same set logs as the first working set.
      const again = await hear(talk, 'I did seven');
      expect(again.speech).toMatch(/seven/i);
      expect(first.speech).toMatch(/set one of/i);
      const after = await storedWorkout(table, talk.session.userId);
      expect(after?.setsLogged.at(-1)).toMatchObject({ reps: 7, kind: 'working', setIndex: set?.setIndex });
    },
  );

  it('"that was wrong, I did six" replaces the set in one write and the workout goes on', async () => {
    const talk = await benchLifterInWords();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did eight');
    const corrected = await hear(talk, 'that was wrong, I did six');
    expect(corrected.speech).toMatch(/okay, not eight at .*pounds\. .*six/i);
    const workout = await storedWorkout(table, talk.session.userId);
    const working = workout?.setsLogged.filter((set) => set.kind === 'working');
    expect(working?.map((set) => set.reps)).toEqual([6]);
    expect(workout?.cursor.setIndex).toBeGreaterThan(working?.[0]?.setIndex ?? 99);
  });

  it.each([
    ['two thousand pounds', '2000'],
    ['a negative weight', '-27'],
  ])('a correction to %s is refused as a mishearing and the logged set stays', async (_case, weight) => {
    const talk = await benchLifterInWords();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did eight');
    const refused = await talk.say('CorrectSetIntent', { reps: '6', weight });
    expect(refused.speech).toMatch(/bench press/i);
    expect(refused.speech).not.toMatch(/went wrong|okay, not eight/i);
    expect(refused.endsSession).toBe(false);
    const workout = await storedWorkout(table, talk.session.userId);
    expect(workout?.setsLogged.filter((set) => set.kind === 'working').map((set) => set.reps)).toEqual([8]);
  });

  it('the progress Lambda takes a withdrawn set back out of the stats and the summary', async () => {
    const talk = await benchLifterInWords();
    await toFirstWorkingSet(talk);
    await hear(talk, 'I did seven');
    await pipeline.poller.drain();
    const userId = talk.session.userId;
    const summaryNow = async () => workoutSummarySchema.parse((await storedItems(table, userId, 'DONE#'))[0]);
    // The session's sets live in the workout's summary; the STATS item holds the turn's snapshot.
    const benchReps = async () => (await summaryNow()).lifts['bench-press']?.sets.map((set) => set.reps);
    const withSeven = liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
    expect(await benchReps()).toEqual([7]);
    expect(withSeven.session?.workingSets).toBe(1);
    expect(withSeven.bestSet?.reps).toBe(7);
    const sevenKey = String((await storedItems(table, userId, 'LOG#')).find((item) => item.reps === 7)?.SK);
    expect(withSeven.bestSet?.id).toBe(setIdentity(sevenKey));

    await hear(talk, 'that was wrong, I did five');
    await pipeline.poller.drain();
    const stats = liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
    expect(await benchReps()).toEqual([5]);
    expect(stats.session?.workingSets).toBe(1);
    // The seven held the record: the best of what remains is rebuilt from the set history.
    expect(stats.bestSet?.reps).toBe(5);
    expect(stats.estimatedOneRepMax?.value).toBeLessThan(withSeven.estimatedOneRepMax?.value ?? 0);
    const summary = await summaryNow();
    expect(summary.workingSets).toBe(1);
    expect(summary.exercises).toEqual([
      expect.objectContaining({ exerciseId: 'bench-press', workingSets: 1, reps: 5 }),
    ]);
    expect(summary.newRecords.map((record) => record.id)).not.toContain(setIdentity(sevenKey));
    expect(summary.applied).toContain(setIdentity(`${sevenKey}#WITHDRAWN`));
  });

  it('says there is nothing to take back without a workout, and changes nothing', async () => {
    const talk = await benchLifterInWords();
    const undone = await hear(talk, 'undo that');
    expect(undone.speech).toMatch(/no set to take back/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toEqual([]);
  });
});
