import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { createConversation } from '../support/alexa';
import { onboard, putLiftStats, reachFirstWorkingSet } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// A lifter who made every rep and hears "the same again" is told why: the next loadable step would
// leave no rep in reserve and reps and sets are already at the top of the range. "Why this weight"
// during that session, or during a deload, says what really set the load, not "your last session
// earned it".

const table = useFreshTable();
const kg = (value: number) => ({ value, unit: 'kg' as const });
const press = () => ({ exercise: matched('overhead press', 'overhead-press') });

interface StoredTargets {
  exerciseId: string;
  focus: 'strength' | 'hypertrophy';
  max: number;
  load: number;
  targetReps: number;
  sets: number;
  held?: boolean;
  deload?: boolean;
}

/** A lift's stats as the progress Lambda leaves them: its max and the next session's targets. */
async function liftStats(userKey: string, targets: StoredTargets) {
  const at = '2026-11-27T10:00:00.000Z';
  const { exerciseId, focus, max, load, targetReps, sets, held, deload } = targets;
  await putLiftStats(table, userKey, {
    exerciseId,
    estimatedOneRepMax: kg(max),
    progression: {
      exerciseId,
      focus,
      load: kg(load),
      targetReps,
      sets,
      failedSessions: 0,
      beatTargetSessions: 0,
      updatedAt: at,
      ...(held ? { nextStepTooHeavy: true } : {}),
      ...(deload ? { deload: true } : {}),
    },
    version: 3,
    updatedAt: at,
  });
}

/** Overhead press after 3 × 10 at 25 kg on a 35 kg max. */
const pressStats = (userKey: string, held: boolean) =>
  liftStats(userKey, {
    exerciseId: 'overhead-press',
    focus: 'strength',
    max: 35,
    load: 25,
    targetReps: 10,
    sets: 3,
    held,
  });

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

describe('"why this weight" on a session whose load was not a step up', () => {
  async function firstBenchSet(targets: Omit<StoredTargets, 'exerciseId' | 'focus' | 'max'>) {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk, 'hypertrophy', 'intermediate');
    await liftStats(talk.session.userId, {
      exerciseId: 'bench-press',
      focus: 'hypertrophy',
      max: 100,
      ...targets,
    });
    const set = await reachFirstWorkingSet(talk);
    return { talk, set };
  }

  it('says the load holds because the next step would leave no rep in reserve', async () => {
    const { talk, set } = await firstBenchSet({ load: 75, targetReps: 12, sets: 3, held: true });
    expect(set.speech).toMatch(/twelve reps at seventy-five kilos/i);
    const why = await talk.say('WhyThisWeightIntent');
    expect(why.speech).toMatch(/seventy-five kilos again/i);
    expect(why.speech).toMatch(/next step up would leave no rep in reserve/i);
    expect(why.speech).not.toMatch(/earned/i);
  });

  it('says a deload is the lighter load after three sessions short of the targets', async () => {
    const { talk, set } = await firstBenchSet({ load: 65, targetReps: 8, sets: 3, deload: true });
    expect(set.speech).toMatch(/eight reps at sixty-five kilos/i);
    const why = await talk.say('WhyThisWeightIntent');
    expect(why.speech).toMatch(/deload/i);
    expect(why.speech).toMatch(/sixty-five kilos/i);
    expect(why.speech).not.toMatch(/earned/i);
  });

  it('says a step earned last session is what last session earned', async () => {
    const { talk } = await firstBenchSet({ load: 77.5, targetReps: 8, sets: 3 });
    const why = await talk.say('WhyThisWeightIntent');
    expect(why.speech).toMatch(/your last session earned seventy-seven and a half kilos for eight reps/i);
  });
});
