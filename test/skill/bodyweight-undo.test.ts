import { describe, expect, it } from 'vitest';
import { progressionFor } from '../../lambda/rules';
import { liftSnapshotSchema } from '../../lambda/store';
import { matched } from '../../local/alexa-requests';
import { getItem, statsKey, useProgressPipeline } from '../progress/pipeline-support';
import { createConversation } from '../support/alexa';
import { logReps, onboard } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { hear } from '../support/words';

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

async function lungeTargets(userId: string) {
  const item = await getItem(table, userId, statsKey('lunge'));
  const stats = item ? liftSnapshotSchema.parse(item) : undefined;
  return {
    strength: progressionFor(stats, 'lunge', 'strength')?.targetReps ?? null,
    hypertrophy: progressionFor(stats, 'lunge', 'hypertrophy')?.targetReps ?? null,
  };
}

describe('goal both, bodyweight only: "undo that" after the measuring set', () => {
  it('takes the measured targets back for both focuses: the next session measures the lift again', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk, 'both', 'beginner');
    await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
    const started = await talk.say('StartWorkoutIntent');
    expect(started.speech).toMatch(/First lunge set: as many good reps as you can/);
    await logReps(talk, 11);
    await pipeline.poller.drain();
    // Measured once for both focuses (eleven, one short of failure: ten a set).
    expect(await lungeTargets(talk.session.userId)).toEqual({ strength: 10, hypertrophy: 10 });

    const undone = await hear(talk, 'undo that');
    expect(undone.speech).toMatch(/I took back eleven reps/);
    await pipeline.poller.drain();
    expect(await lungeTargets(talk.session.userId)).toEqual({ strength: null, hypertrophy: null });
  });
});
