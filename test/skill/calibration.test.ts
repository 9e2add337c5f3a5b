import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { dumbbellBeginnerAtCalibration, storedItems, storedWorkout } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

describe('calibration sets', () => {
  it('"eight at twelve and a half kilos" is not followed by ten reps at the same weight', async () => {
    const talk = await dumbbellBeginnerAtCalibration();
    const said = await talk.say('LogSetIntent', { reps: 8, weight: 12.5, unit: matched('kilos', 'kg') });
    expect(said.speech).toMatch(/max is about/i);
    const workout = await storedWorkout(table, talk.session.userId);
    const target = workout?.currentTarget;
    expect(target?.kind).toBe('working');
    // Eight with two to spare is a ten-rep max (NSCA chart 75% ↔ 10): ten more at 12.5 kg would be
    // a set to failure, so the next set is lighter or shorter.
    const sameOrHeavier = (target?.load?.value ?? 0) >= 12.5;
    expect(sameOrHeavier && (target?.reps ?? 0) >= 8).toBe(false);
  });

  it('"ten kilos for twelve" is inside 6–12 and calibrates instead of being refused', async () => {
    const talk = await dumbbellBeginnerAtCalibration();
    const said = await talk.say('LogSetIntent', { reps: 12, weight: 10, unit: matched('kilos', 'kg') });
    expect(said.speech).not.toMatch(/too many reps/i);
    expect(said.speech).toMatch(/max is about/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(1);
  });

  it('fourteen reps still asks for a heavier weight and saves nothing', async () => {
    const talk = await dumbbellBeginnerAtCalibration();
    const said = await talk.say('LogSetIntent', { reps: 14, weight: 10, unit: matched('kilos', 'kg') });
    expect(said.speech).toMatch(/too many reps/i);
    expect(await storedItems(table, talk.session.userId, 'LOG#')).toHaveLength(0);
  });
});
