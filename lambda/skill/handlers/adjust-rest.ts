import type { HandlerInput } from 'ask-sdk-core';
import { guidelines } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { isIntent } from '../guards';
import { ask, sentences } from '../reply';
import { cancelRestTimer, restLeft, startRestTimer } from '../rest';
import { saveChanges } from '../save';
import { durationSlotSeconds, resolvedSlot } from '../slots';
import { sayDuration } from '../speech/numbers';
import type { Turn } from '../turn';
import { trainingProfile } from '../workout/coach';
import { restLengthNote, restToTell } from '../workout/rest-length';
import { answer } from './answer';
import { defineHandler } from './define';
import { noWorkout } from './next-set';

/** One "longer" or "shorter" without a duration moves the rest by this much. */
const restNudgeSeconds = 30;

/**
 * "Rest longer", "make my rest ninety seconds": the rest of this workout changes, always within the
 * goal's range from the rules (a rest outside it would train something else).
 */
export const adjustRest = defineHandler('AdjustRest', isIntent('AdjustRestIntent'), async (input, turn) => {
  const { speaker } = turn;
  const user = await turn.user();
  const workout = user.activeWorkout;
  const profile = trainingProfile(user.profile);
  if (!workout || !profile || !workout.currentTarget) return noWorkout(input, turn);
  const direction = resolvedSlot(input, 'direction', ['longer', 'shorter'] as const);
  const asked = durationSlotSeconds(input, 'duration');
  if (direction.kind !== 'match' && asked === undefined) {
    return ask(input, speaker.fixed('rest.whichWay'), speaker.fixed('rest.whichWayReprompt'));
  }
  const range = guidelines(profile.goal, profile.level, workout.plan.focus).programming.restSeconds;
  const current = restToTell(workout) ?? workout.currentTarget.restSeconds;
  const wanted =
    asked ??
    current +
      (direction.kind === 'match' && direction.id === 'shorter' ? -restNudgeSeconds : restNudgeSeconds);
  const seconds = Math.min(range.max, Math.max(range.min, wanted));
  if (seconds === current) {
    const edge = seconds >= range.max ? 'longer' : 'shorter';
    return answer(
      input,
      turn,
      speaker.fixed('rest.atLimit', {
        duration: sayDuration(seconds),
        edge: speaker.fixed(`rest.edge.${edge}`),
      }),
    );
  }
  let after: ActiveWorkout = {
    ...workout,
    currentTarget: { ...workout.currentTarget, restSeconds: seconds },
    notes: {
      ...workout.notes,
      restSeconds: seconds,
      // The rest running now changes too (its timer is moved below), so the answer stays its length.
      ...(workout.cursor.phase === 'resting' ? { [restLengthNote]: seconds } : {}),
    },
  };
  const moved = await moveRunningTimer(input, turn, workout, seconds);
  if (moved) after = { ...after, restTimerId: moved.timerId, notes: { ...after.notes, ...moved.notes } };
  const saved = await saveChanges(turn, { activeWorkout: after });
  if (!saved.ok) {
    // The old timer is gone already; a new one the write does not know about must not ring.
    if (moved?.timerId) await cancelRestTimer(input, turn, moved.timerId);
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  }
  return answer(
    input,
    turn,
    sentences(
      speaker.fixed('rest.adjusted', { duration: sayDuration(seconds) }),
      moved?.timerId ? speaker.fixed('rest.timerMoved', { left: sayDuration(moved.left) }) : '',
    ),
  );
});

/**
 * A rest that is running on a timer gets the new length now: the timer is replaced by one for what
 * is left of the new rest (the Timers API cannot change a timer's duration). Null: no timer runs.
 */
async function moveRunningTimer(
  input: HandlerInput,
  turn: Turn,
  workout: ActiveWorkout,
  seconds: number,
): Promise<{ timerId: string | null; left: number; notes: ActiveWorkout['notes'] } | null> {
  if (workout.cursor.phase !== 'resting' || !workout.restTimerId) return null;
  const startedAt =
    typeof workout.notes.restStartedAt === 'string' ? workout.notes.restStartedAt : workout.lastTurnAt;
  const left = restLeft(seconds, startedAt, turn.now);
  await cancelRestTimer(input, turn, workout.restTimerId);
  const notes = { restStartedAt: startedAt };
  if (left < 1) return { timerId: null, left, notes };
  const timer = await startRestTimer(input, turn, left, workout.workoutId, turn.skillId);
  return { timerId: timer.kind === 'created' ? timer.timerId : null, left, notes };
}
