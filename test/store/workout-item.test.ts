import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type EquipmentAccess,
  exerciseCatalog,
  type Goal,
  type Level,
  planWorkout,
  type TrainingDayPlan,
  type Unit,
} from '../../lambda/rules';
import { workoutInUnit } from '../../lambda/skill/workout/convert-units';
import {
  type ActiveWorkout,
  activeWorkoutSortKey,
  createStore,
  decodeActiveWorkout,
  encodeActiveWorkout,
  readStoredActiveWorkout,
  type SessionSet,
  type Store,
  storedActiveWorkoutSchema,
  userPartitionKey,
} from '../../lambda/store';
import { useFreshTable } from '../support/dynamo';
import { fixedNow, newUserId, newWorkout } from './fixtures';

const table = useFreshTable();
let store: Store;
beforeAll(() => {
  store = createStore({ documentClient: table.documentClient, tableName: table.name, now: () => fixedNow });
});

function trainingPlan(
  goal: Goal,
  level: Level,
  unit: Unit,
  equipment: EquipmentAccess[],
  withMaxes: boolean,
) {
  const statedMaxes = withMaxes
    ? Object.fromEntries(
        exerciseCatalog.map((exercise) => [exercise.id, { value: unit === 'kg' ? 90 : 200, unit }]),
      )
    : {};
  const plan = planWorkout({
    profile: { goal, level, unit, equipment, statedMaxes },
    stats: [],
    history: [],
    now: fixedNow.toISOString(),
  });
  if (!plan.ok || plan.value.kind !== 'training') throw new Error('expected a training day');
  return plan.value;
}

function loggedSets(plan: TrainingDayPlan, count: number): SessionSet[] {
  return Array.from({ length: count }, (_, index) => ({
    setKey: `LOG#2026-11-26T07:3${index}:00.000Z#amzn1.echo-api.request.${randomUUID()}`,
    exerciseId: plan.exercises[0]?.exerciseId ?? 'bench-press',
    exerciseIndex: 0,
    setIndex: index,
    kind: index < 2 ? 'warmup' : 'working',
    reps: 5,
    load: { value: 60, unit: 'kg' },
    failed: index === 3,
    effort: index === 2 ? 'hard' : null,
  }));
}

function workoutWith(plan: TrainingDayPlan, sets: SessionSet[]): ActiveWorkout {
  return { ...newWorkout(3), plan, setsLogged: sets, restTimerId: 'timer-1', notes: { restSeconds: 150 } };
}

/** What a save then a load gives back: earlier sets lose their key, everything else is kept. */
function expectedAfterStore(workout: ActiveWorkout): ActiveWorkout {
  const last = workout.setsLogged.length - 1;
  return {
    ...workout,
    setsLogged: workout.setsLogged.map((set, index) => (index === last ? set : { ...set, setKey: null })),
  };
}

describe('the compact active workout item', () => {
  const goals: Goal[] = ['hypertrophy', 'strength', 'both'];
  const levels: Level[] = ['beginner', 'intermediate', 'advanced'];
  const equipment: EquipmentAccess[][] = [
    ['full-gym'],
    ['dumbbells'],
    ['bodyweight'],
    ['machines', 'barbell'],
  ];

  it('gives back every plan the rules make, stored without the sentences the rules can rebuild', () => {
    let plans = 0;
    for (const goal of goals)
      for (const level of levels)
        for (const unit of ['kg', 'lb'] as const)
          for (const owned of equipment)
            for (const withMaxes of [true, false]) {
              const plan = trainingPlan(goal, level, unit, owned, withMaxes);
              const workout = workoutWith(plan, loggedSets(plan, 5));
              const stored = storedActiveWorkoutSchema.parse(encodeActiveWorkout(workout));
              expect(decodeActiveWorkout(stored)).toEqual(expectedAfterStore(workout));
              const json = JSON.stringify(stored);
              expect(json).not.toContain('one-rep max');
              expect(json).not.toContain("I don't know");
              expect(json).not.toContain(plan.summary);
              plans++;
            }
    expect(plans).toBe(144);
  });

  it('keeps a reason verbatim when it no longer matches its numbers (the plan was converted to pounds)', () => {
    const plan = trainingPlan('strength', 'intermediate', 'kg', ['full-gym'], true);
    const converted = workoutInUnit(workoutWith(plan, []), 'lb');
    const stored = encodeActiveWorkout(converted);
    expect(JSON.stringify(stored)).toContain('kilos');
    expect(decodeActiveWorkout(stored)).toEqual(converted);
  });

  it('stores the compact shape and reads it back through the turn read', async () => {
    const userId = newUserId();
    const plan = trainingPlan('hypertrophy', 'intermediate', 'kg', ['full-gym'], true);
    const workout = { ...workoutWith(plan, loggedSets(plan, 4)), version: 0 };
    const saved = await store.saveTurn(userId, { activeWorkout: workout });
    expect(saved).toMatchObject({ ok: true, workoutVersion: 1 });
    const { Item } = await table.documentClient.send(
      new GetCommand({
        TableName: table.name,
        Key: { PK: userPartitionKey(userId), SK: activeWorkoutSortKey },
      }),
    );
    expect(Item).toMatchObject({ f: 3, version: 1 });
    expect(Item).not.toHaveProperty('plan');
    const loaded = await store.loadUser(userId);
    expect(loaded.activeWorkout).toEqual({
      ...expectedAfterStore(workout),
      version: 1,
      lastTurnAt: fixedNow.toISOString(),
      expiresAt: loaded.activeWorkout?.expiresAt,
    });
  });

  it('reads an item stored in the original shape, and the next save rewrites it compact', async () => {
    const userId = newUserId();
    const plan = trainingPlan('strength', 'advanced', 'lb', ['full-gym'], true);
    const original = { ...workoutWith(plan, loggedSets(plan, 3)), version: 5 };
    await table.documentClient.send(
      new PutCommand({
        TableName: table.name,
        Item: { ...original, PK: userPartitionKey(userId), SK: activeWorkoutSortKey },
      }),
    );
    const loaded = await store.loadUser(userId);
    expect(loaded.recovered.activeWorkoutDiscarded).toBe(false);
    expect(loaded.activeWorkout).toEqual(original);
    const read = readStoredActiveWorkout(original);
    expect(read).toMatchObject({ ok: true, format: 'original' });

    const active = loaded.activeWorkout as ActiveWorkout;
    await store.saveTurn(userId, { activeWorkout: { ...active, cursor: { ...active.cursor, setIndex: 1 } } });
    const { Item } = await table.documentClient.send(
      new GetCommand({
        TableName: table.name,
        Key: { PK: userPartitionKey(userId), SK: activeWorkoutSortKey },
      }),
    );
    expect(Item).toMatchObject({ f: 3, version: 6 });
    expect(Item).not.toHaveProperty('plan');
    expect((await store.loadUser(userId)).activeWorkout?.cursor.setIndex).toBe(1);
  });

  it('reads a compact item of format 2 (written before the LOG# key) with its SET# set key', () => {
    const plan = trainingPlan('strength', 'intermediate', 'kg', ['full-gym'], true);
    const requestId = `amzn1.echo-api.request.${randomUUID()}`;
    const workout = workoutWith(plan, [
      { ...(loggedSets(plan, 1)[0] as SessionSet), setKey: `LOG#2026-11-26T07:30:00.000Z#${requestId}` },
    ]);
    const current = encodeActiveWorkout(workout);
    expect(current.s[0]?.[0]).toEqual([Date.parse('2026-11-26T07:30:00.000Z'), requestId.split('.').at(-1)]);
    const formatTwo = { ...current, f: 2 };
    const read = readStoredActiveWorkout(formatTwo);
    if (!read.ok) throw new Error('expected a readable workout');
    expect(read.workout.setsLogged[0]?.setKey).toBe(`SET#2026-11-26T07:30:00.000Z#${requestId}`);
    const [, ...restOfSet] = current.s[0] ?? [];
    const oddKey = { ...current, f: 2, s: [['2026-11-26T07:30:00.000Z#other', ...restOfSet]] };
    const oddRead = readStoredActiveWorkout(oddKey);
    expect(oddRead.ok && oddRead.workout.setsLogged[0]?.setKey).toBe('SET#2026-11-26T07:30:00.000Z#other');
  });

  it('keeps whether a set met its target, stored only when it did, and reads sets stored without it', () => {
    const plan = trainingPlan('strength', 'intermediate', 'kg', ['full-gym'], true);
    const [made, short] = loggedSets(plan, 2).map((set, index) => ({ ...set, metTarget: index === 0 }));
    const stored = encodeActiveWorkout(workoutWith(plan, [made as SessionSet, short as SessionSet]));
    expect(stored.s.map((set) => set.length)).toEqual([10, 9]);
    const read = readStoredActiveWorkout(stored);
    expect(read.ok && read.workout.setsLogged.map((set) => set.metTarget)).toEqual([true, undefined]);
  });

  it('keeps a set key of another form verbatim, whatever its prefix', () => {
    const plan = trainingPlan('strength', 'intermediate', 'kg', ['full-gym'], true);
    for (const setKey of ['LOG#2026-11-26T07:30:00.000Z#free-1', 'SET#2026-11-26T07:30:00.000Z#x']) {
      const workout = workoutWith(plan, [{ ...(loggedSets(plan, 1)[0] as SessionSet), setKey }]);
      const read = readStoredActiveWorkout(encodeActiveWorkout(workout));
      expect(read.ok && read.workout.setsLogged[0]?.setKey).toBe(setKey);
    }
  });

  it('rejects a compact item with fields it does not know, as an unreadable workout', () => {
    const stored = encodeActiveWorkout(newWorkout(2));
    expect(readStoredActiveWorkout({ ...stored, extra: 1 })).toMatchObject({ ok: false });
    expect(readStoredActiveWorkout({ ...stored, c: [0, 0, 'sideways'] })).toMatchObject({ ok: false });
  });
});
