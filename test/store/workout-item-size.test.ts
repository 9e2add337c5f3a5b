import { describe, expect, it } from 'vitest';
import { createConversation } from '../support/alexa';
import { logReps, onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

/**
 * DynamoDB's documented size of an attribute: its name's UTF-8 bytes plus the value's (strings by
 * bytes, numbers about one byte per two significant digits plus one, booleans and nulls one byte,
 * lists and maps three bytes plus one per element).
 */
function attributeBytes(name: string, value: unknown): number {
  return Buffer.byteLength(name) + valueBytes(value);
}

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number')
    return Math.ceil(String(value).replace(/[-.]/g, '').replace(/^0+/, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, entry) => sum + 1 + valueBytes(entry), 0);
  const entries = Object.entries(value as Record<string, unknown>);
  return 3 + entries.reduce((sum, [key, entry]) => sum + 1 + attributeBytes(key, entry), 0);
}

async function activeWorkoutItem(): Promise<Record<string, unknown>> {
  const talk = createConversation({ locale: 'en-GB' });
  await onboard(talk, 'strength', 'intermediate');
  for (const [lift, max] of [
    ['bench-press', 100],
    ['back-squat', 140],
    ['deadlift', 180],
    ['overhead-press', 60],
    ['barbell-row', 90],
  ] as const) {
    await stateMax(talk, lift, max);
  }
  await reachFirstWorkingSet(talk);
  await logReps(talk, 5);
  const [item] = await storedItems(table, talk.session.userId, 'WORKOUT#ACTIVE');
  if (!item) throw new Error('no active workout stored');
  return item;
}

describe('the active workout item', () => {
  it('stays around one KB mid-workout, five sets in, and holds no rebuildable sentence', async () => {
    const item = await activeWorkoutItem();
    const fields = Object.entries(item)
      .map(([name, value]) => [name, attributeBytes(name, value)] as const)
      .sort((a, b) => b[1] - a[1]);
    const total = fields.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`active workout item ≈ ${total} bytes`, Object.fromEntries(fields));
    // Rewritten with every set inside a transaction (2 WRU per started KB): the original shape of this
    // item was about 5 KB here; the compact one stays around one KB.
    expect(total).toBeLessThan(1200);
    expect(JSON.stringify(item)).not.toMatch(/one-rep max|I don't know|Strength day/);
  });
});
