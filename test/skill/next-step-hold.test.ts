import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { onboard, putLiftStats } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// A lifter who made every rep and hears "the same again" is told why: the next loadable step would
// leave no rep in reserve and reps and sets are already at the top of the range.

const table = useFreshTable();
const kg = (value: number) => ({ value, unit: 'kg' as const });
const press = () => ({ exercise: matched('overhead press', 'overhead-press') });

/** Overhead press stats as the progress Lambda leaves them after 3 × 10 at 25 kg on a 35 kg max. */
async function pressStats(userKey: string, held: boolean) {
  const at = '2026-11-27T10:00:00.000Z';
  await putLiftStats(table, userKey, {
    exerciseId: 'overhead-press',
    estimatedOneRepMax: kg(35),
    progression: {
      exerciseId: 'overhead-press',
      focus: 'strength',
      load: kg(25),
      targetReps: 10,
      sets: 3,
      failedSessions: 0,
      beatTargetSessions: 0,
      updatedAt: at,
      ...(held ? { nextStepTooHeavy: true } : {}),
    },
    version: 3,
    updatedAt: at,
  });
}

describe('"how is my overhead press going" after a hold', () => {
  it('says the same load again and why, when the next step breaks the reserve', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk, 'strength', 'beginner');
    await pressStats(talk.session.userId, true);
    const turn = await talk.say('MyProgressIntent', press());
    expect(turn.speech).toMatch(/next time: ten reps at twenty-five kilos again/i);
    expect(turn.speech).toMatch(/next step up would leave no rep in reserve/i);
  });

  it('says only the targets when progress simply goes on', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk, 'strength', 'beginner');
    await pressStats(talk.session.userId, false);
    const turn = await talk.say('MyProgressIntent', press());
    expect(turn.speech).toMatch(/next time: ten reps at twenty-five kilos\./i);
    expect(turn.speech).not.toMatch(/reserve/i);
  });
});
