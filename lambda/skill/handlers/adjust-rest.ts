import { guidelines } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { isIntent } from '../guards';
import { ask } from '../reply';
import { saveChanges } from '../save';
import { durationSlotSeconds, resolvedSlot } from '../slots';
import { sayDuration } from '../speech/numbers';
import { trainingProfile } from '../workout/coach';
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
  const current = workout.currentTarget.restSeconds;
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
  const after: ActiveWorkout = {
    ...workout,
    currentTarget: { ...workout.currentTarget, restSeconds: seconds },
    notes: { ...workout.notes, restSeconds: seconds },
  };
  const saved = await saveChanges(turn, { activeWorkout: after });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  return answer(input, turn, speaker.fixed('rest.adjusted', { duration: sayDuration(seconds) }));
});
