import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { findExercise } from '../../lambda/rules';
import { matched } from '../../local/alexa-requests';
import type { Conversation } from './alexa';
import { putLiftStats, storedWorkout } from './conversation';

type Table = { name: string; documentClient: DynamoDBDocumentClient };

const earlierSession = '2026-11-20T10:00:00.000Z';

/** What the progress Lambda leaves after an earlier bench session: best 80 kg × 5, max about 90 kg. */
export async function benchHistory(table: Table, userKey: string): Promise<void> {
  const at = earlierSession;
  await putLiftStats(table, userKey, {
    exerciseId: 'bench-press',
    estimatedOneRepMax: { value: 90, unit: 'kg' },
    bestSet: {
      setKey: `SET#${at}#earlier`,
      reps: 5,
      load: { value: 80, unit: 'kg' },
      oneRepMax: { value: 90, unit: 'kg' },
      at,
      workoutId: 'earlier',
    },
    personalRecordAt: at,
    progression: {
      exerciseId: 'bench-press',
      focus: 'hypertrophy',
      load: { value: 67.5, unit: 'kg' },
      targetReps: 9,
      sets: 3,
      failedSessions: 0,
      beatTargetSessions: 0,
      updatedAt: at,
    },
    updatedAt: at,
  });
}

/**
 * A lifter with only their body starts today's workout; its first lift is a bodyweight lift. With
 * `best`, an earlier session left that best set (reps, and kilos added) in the lift's stats.
 */
export async function bodyweightWorkoutStarted(
  table: Table,
  talk: Conversation,
  best?: { reps: number; addedKg?: number },
): Promise<{ exerciseId: string; name: string }> {
  await talk.say('SetEquipmentIntent', { equipment: matched('bodyweight', 'bodyweight') });
  await talk.say('StartWorkoutIntent');
  const exerciseId = (await storedWorkout(table, talk.session.userId))?.plan.exercises[0]?.exerciseId ?? '';
  const exercise = findExercise(exerciseId);
  if (!exercise?.bodyweight) throw new Error(`the first lift is not a bodyweight lift: ${exerciseId}`);
  if (best) {
    await putLiftStats(table, talk.session.userId, {
      exerciseId,
      estimatedOneRepMax: null,
      bestBodyweightSet: {
        id: 'earlierBest0',
        reps: best.reps,
        load: best.addedKg ? { value: best.addedKg, unit: 'kg' } : null,
        at: earlierSession,
      },
      personalRecordAt: earlierSession,
      updatedAt: earlierSession,
    });
  }
  return { exerciseId, name: exercise.name };
}
