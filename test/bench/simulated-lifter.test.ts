import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, setKeyPrefix, userPartitionKey } from '../../lambda/store';
import { type LifterReport, simulateLifter } from '../../local/simulated-lifter';
import { seededRandom } from '../../local/simulated-lifter-persona';
import { TimersEmulator } from '../../local/timers-emulator';
import { skillHandler, testSkillId } from '../support/alexa';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
let timers: TimersEmulator;

beforeAll(async () => {
  timers = await TimersEmulator.start({ permissionGranted: false });
});
afterAll(async () => {
  await timers.close();
});

async function storedSetRequestIds(userKey: string): Promise<string[]> {
  const { Items = [] } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :set)',
      ExpressionAttributeValues: { ':pk': userPartitionKey(userKey), ':set': setKeyPrefix },
      ConsistentRead: true,
    }),
  );
  // LOG#<iso time>#<request id>: the request that said the set names the item.
  return Items.map((item) => String(item.SK).split('#').slice(2).join('#'));
}

describe('one simulated lifter', () => {
  let report: LifterReport;

  beforeAll(async () => {
    report = await simulateLifter({
      handler: await skillHandler(),
      skillId: testSkillId,
      timers,
      store: createStore({ documentClient: table.documentClient, tableName: table.name }),
      seed: 7,
      persona: { goal: 'strength', level: 'intermediate', unit: 'kg' },
    });
  }, 120_000);

  it('finishes the whole workout without the skill’s error answer', () => {
    expect(report.problem).toBeUndefined();
    expect(report.completed).toBe(true);
    expect(report.turns.filter((turn) => turn.errorAnswer)).toEqual([]);
    expect(report.turns.at(-1)?.name).toBe('EndWorkoutIntent');
  });

  it('goes through onboarding, the plan, warm-ups, working sets and questions in between', () => {
    const names = report.turns.map((turn) => turn.name);
    expect(names.slice(0, 4)).toEqual(['LaunchRequest', 'SetGoalIntent', 'SetLevelIntent', 'SetUnitsIntent']);
    expect(names).toContain('TodaysWorkoutIntent');
    expect(names).toContain('StartWorkoutIntent');
    expect(report.turns.some((turn) => turn.questionOnly)).toBe(true);
    const kinds = new Set(report.setsSaid.map((set) => set.kind));
    expect(kinds.has('working')).toBe(true);
  });

  it('rests with Timers API timers after consenting, and comes back through the task launch', () => {
    expect(report.turns.some((turn) => turn.name === 'Connections.Response')).toBe(true);
    expect(report.timedRests).toBeGreaterThan(0);
    expect(timers.calls.some((call) => call.method === 'POST' && call.status === 200)).toBe(true);
  });

  it('said every set once, and each one is stored exactly once under the request that said it', async () => {
    const said = report.setsSaid.map((set) => set.requestId);
    expect(new Set(said).size).toBe(said.length);
    const stored = await storedSetRequestIds(report.userKey);
    expect([...stored].sort()).toEqual([...said].sort());
  });

  it('logs most sets on target and some below it', () => {
    const working = report.setsSaid.filter((set) => set.kind === 'working');
    expect(working.length).toBeGreaterThanOrEqual(3);
    expect(working.some((set) => set.failed || set.reps < Math.max(...working.map((w) => w.reps)))).toBe(
      true,
    );
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => second()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
