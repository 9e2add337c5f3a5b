import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../lambda/progress';
import {
  createStore,
  type NewLoggedSet,
  type SetRating,
  type Store,
  setIdentity,
  setSortKey,
} from '../../lambda/store';
import { benchSet, newUserId, newWorkout } from '../store/fixtures';
import { useFreshTable } from '../support/dynamo';
import { useStreamCapture } from './pipeline-support';

// Real stream records (captured from DynamoDB Local's stream), handed to the progress handler in
// the order a test chooses: the order Lambda delivers records of two items in is not promised.

const table = useFreshTable();
const { recordsOf } = useStreamCapture(table);
const context = {} as Context;
let store: Store;

beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name });
});

function ratingOf(set: NewLoggedSet, effort: SetRating['effort'], ratedAt: string): SetRating {
  return {
    rates: setSortKey(set.loggedAt, set.requestId),
    requestId: `amzn1.echo-api.request.rating-${ratedAt}`,
    exerciseId: set.exerciseId,
    kind: set.kind,
    effort,
    workoutId: set.workoutId,
    workoutStartedAt: set.workoutStartedAt,
    focus: set.focus,
    goal: set.goal,
    level: set.level,
    unit: set.unit,
    ratedAt,
  };
}

describe('ratings of logged sets in the progress Lambda', () => {
  it('a rating whose record comes before its set fails alone, and counts once retried after the set', async () => {
    const userId = newUserId();
    const set = benchSet(newWorkout());
    const setRecords = await recordsOf(() => store.saveTurn(userId, { loggedSet: set }));
    const ratingRecords = await recordsOf(() =>
      store.saveTurn(userId, { ratedSet: ratingOf(set, 'easy', '2026-11-26T07:32:00.000Z') }),
    );
    const [rating] = ratingRecords;
    const early = await handler({ Records: ratingRecords }, context);
    expect(early.batchItemFailures).toEqual([{ itemIdentifier: rating?.dynamodb?.SequenceNumber }]);
    expect(await handler({ Records: [...setRecords, ...ratingRecords] }, context)).toEqual({
      batchItemFailures: [],
    });
    const read = await store.readLiftProgress(userId, 'bench-press', set);
    const setId = setIdentity(setSortKey(set.loggedAt, set.requestId));
    expect(read.stats.value?.session?.sets).toEqual([expect.objectContaining({ id: setId, effort: 'easy' })]);
    // 75 kg × 6 with three in reserve, not the default two: a nine-rep max, the chart's 77% row.
    expect(read.stats.value?.estimatedOneRepMax).toEqual({ value: 97.4, unit: 'kg' });
  });

  it('a rebuild from the set history gives each set the effort it was rated with last', async () => {
    const userId = newUserId();
    const set = benchSet(newWorkout());
    await store.saveTurn(userId, { loggedSet: set });
    await store.saveTurn(userId, { ratedSet: ratingOf(set, 'hard', '2026-11-26T07:33:00.000Z') });
    await store.saveTurn(userId, { ratedSet: ratingOf(set, 'easy', '2026-11-26T07:32:00.000Z') });
    const history = await store.loadSetHistory(userId, 'bench-press');
    expect(history.map((entry) => entry.set.effort)).toEqual(['hard']);
  });
});
