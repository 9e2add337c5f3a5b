import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../lambda/progress';
import { estimateOneRepMax, provenMaxAtLeast, type Weight } from '../../lambda/rules';
import { liftSnapshotSchema, ratingSortKey, workoutSummarySchema } from '../../lambda/store';
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

/** A pounds lifter training for strength (targets under ten reps, so a rating can move the max). */
const benchLifter = () => benchLifterInWords('more strength');

/** Starts the workout, logs warm-ups until the first working set is up, and returns its target. */
async function firstWorkingTarget(talk: Conversation) {
  const turn = await reachFirstWorkingSet(talk, { inWords: true });
  expect(turn.speech).toMatch(/bench press, set one of/i);
  const target = (await storedWorkout(table, talk.session.userId))?.currentTarget;
  expect(target?.kind).toBe('working');
  expect(target?.reps).toBeLessThanOrEqual(7);
  return target as { reps: number; load: Weight };
}

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

async function benchStats(userId: string) {
  return liftSnapshotSchema.parse(await getItem(table, userId, statsKey('bench-press')));
}

async function summary(userId: string) {
  return workoutSummarySchema.parse((await storedItems(table, userId, 'DONE#'))[0]);
}

const rounded = (value: number) => Math.round(value * 100) / 100;

describe("a rating said after the set reaches the lift's progress", () => {
  it('"that was easy" on a set that met its target proves three reps in reserve, not two', async () => {
    const talk = await benchLifter();
    const target = await firstWorkingTarget(talk);
    await hear(talk, `I did ${words[target.reps]}`);
    await pipeline.poller.drain();
    const userId = talk.session.userId;
    const plain = await benchStats(userId);
    const twoInReserve = estimateOneRepMax(target.load, target.reps, 2);
    const threeInReserve = provenMaxAtLeast(target.load, target.reps, 3);
    if (!twoInReserve.ok || !threeInReserve) throw new Error('no estimate');
    expect(plain.estimatedOneRepMax?.value).toBe(rounded(twoInReserve.value.oneRepMax.value));

    const rated = await hear(talk, 'that was easy');
    expect(rated.speech).toMatch(/^easy, noted\./i);
    expect(rated.speech).toMatch(/\?$/);
    await pipeline.poller.drain();
    const easy = await benchStats(userId);
    // The chart's proof for the reps plus three, at most 5% over the estimate the lift's first
    // session opened from; the record stays the set's own estimate (the lifter's word is no lift).
    const ceiling = rounded(rounded(twoInReserve.value.oneRepMax.value) * 1.05);
    expect(easy.estimatedOneRepMax?.value).toBe(Math.min(rounded(threeInReserve.value), ceiling));
    expect(easy.estimatedOneRepMax?.value).toBeGreaterThan(plain.estimatedOneRepMax?.value ?? Infinity);
    expect(easy.bestSet?.oneRepMax.value).toBe(rounded(twoInReserve.value.oneRepMax.value));
    // The set item stays as it was logged; the rating is an item of its own, keyed on the set's key.
    const items = await storedItems(table, userId, 'LOG#');
    const set = items.find((item) => item.kind === 'working' && item.reps === target.reps && !item.rates);
    expect(set?.effort).toBeNull();
    const rating = items.find((item) => item.rates === set?.SK);
    expect(rating).toMatchObject({ effort: 'easy', exerciseId: 'bench-press' });
    expect(String(rating?.SK).startsWith(`${String(set?.SK)}#RATED#`)).toBe(true);
  });

  it('"that was to failure" on a made set earns no step: the next session holds the load, or eases it to keep a rep in reserve', async () => {
    const talk = await benchLifter();
    const target = await firstWorkingTarget(talk);
    await hear(talk, `I did ${words[target.reps]}`);
    await pipeline.poller.drain();
    const userId = talk.session.userId;
    const made = await benchStats(userId);
    // Made with reps to spare, the set alone earns the next session a step.
    expect(made.progression?.load?.value).toBeGreaterThan(target.load.value);

    const rated = await hear(talk, 'that was to failure');
    expect(rated.speech).toMatch(/^to failure, noted\./i);
    await pipeline.poller.drain();
    const ground = await benchStats(userId);
    // Ground out, the set found the limit: the max is read with nothing in reserve, and a load the
    // next plan must leave a rep in reserve at may come out a step lighter, never heavier.
    expect(ground.progression?.load?.unit).toBe(target.load.unit);
    expect(ground.progression?.load?.value).toBeLessThanOrEqual(target.load.value);
    expect(ground.estimatedOneRepMax?.value).toBeLessThan(made.estimatedOneRepMax?.value ?? 0);
    expect((await summary(userId)).nextTargets['bench-press']).toEqual(ground.progression);
  });

  it('a replayed rating record changes nothing', async () => {
    const talk = await benchLifter();
    const target = await firstWorkingTarget(talk);
    await hear(talk, `I did ${words[target.reps]}`);
    await hear(talk, 'that was easy');
    await pipeline.poller.drain();
    const userId = talk.session.userId;
    const ratingEvent = pipeline.events.find((event) =>
      event.Records.some((record) => String(record.dynamodb?.Keys?.SK?.S).includes('#RATED#')),
    );
    expect(ratingEvent).toBeDefined();
    const statsBefore = await getItem(table, userId, statsKey('bench-press'));
    const summaryBefore = (await storedItems(table, userId, 'DONE#'))[0];
    const replayed = await handler(ratingEvent as DynamoDBStreamEvent, {} as never);
    expect(replayed.batchItemFailures).toEqual([]);
    expect(await getItem(table, userId, statsKey('bench-press'))).toEqual(statsBefore);
    expect((await storedItems(table, userId, 'DONE#'))[0]).toEqual(summaryBefore);
  });

  it('a rating of a set already withdrawn changes nothing', async () => {
    const talk = await benchLifter();
    const target = await firstWorkingTarget(talk);
    await hear(talk, `I did ${words[target.reps]}`);
    const userId = talk.session.userId;
    const set = (await storedItems(table, userId, 'LOG#')).find(
      (item) => item.kind === 'working' && item.reps === target.reps,
    );
    await hear(talk, 'undo that');
    await pipeline.poller.drain();
    const statsBefore = await getItem(table, userId, statsKey('bench-press'));
    const summaryBefore = (await storedItems(table, userId, 'DONE#'))[0];
    // A rating of the withdrawn set, as a turn that raced the undo would have stored it.
    const workout = await storedWorkout(table, userId);
    const ratedAt = new Date().toISOString();
    await table.documentClient.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          PK: `USER#${userId}`,
          SK: ratingSortKey(String(set?.SK), 'amzn1.echo-api.request.late-rating'),
          rates: set?.SK,
          requestId: 'amzn1.echo-api.request.late-rating',
          exerciseId: 'bench-press',
          kind: 'working',
          effort: 'easy',
          workoutId: workout?.workoutId,
          workoutStartedAt: workout?.startedAt,
          focus: workout?.plan.focus,
          goal: 'strength',
          level: 'intermediate',
          unit: 'lb',
          ratedAt,
        },
      }),
    );
    await pipeline.poller.drain();
    expect(await getItem(table, userId, statsKey('bench-press'))).toEqual(statsBefore);
    expect((await storedItems(table, userId, 'DONE#'))[0]).toEqual(summaryBefore);
    // The record was read and understood, not failed as an unreadable set.
    const ratingEvent = pipeline.events.find((event) =>
      event.Records.some((record) => record.dynamodb?.Keys?.SK?.S?.endsWith('late-rating')),
    );
    expect(await handler(ratingEvent as DynamoDBStreamEvent, {} as never)).toEqual({ batchItemFailures: [] });
  });
});
