import { findExercise, focusOf } from '../../rules';
import { SkillError } from '../errors';
import { all, isIntent, pendingIs } from '../guards';
import { ask, pendingOf, tell } from '../reply';
import { saveChanges } from '../save';
import { setWords } from '../workout/logged-words';
import { defineHandler } from './define';

/** "Yes" to "Should I log it as a free set?": the set is stored on its own, outside any plan. */
export const confirmFreeSet = defineHandler(
  'ConfirmFreeSet',
  all(isIntent('AMAZON.YesIntent'), pendingIs('free-set')),
  async (input, turn) => {
    const { speaker } = turn;
    const pending = pendingOf(input);
    if (pending?.kind !== 'free-set')
      throw new SkillError('free-set guard passed without a pending free set');
    const { profile } = await turn.user();
    const at = turn.requestedAt;
    const load = pending.weight === null ? null : { value: pending.weight, unit: pending.unit };
    const saved = await saveChanges(turn, {
      loggedSet: {
        requestId: turn.requestId,
        exerciseId: pending.exerciseId,
        kind: 'working',
        reps: pending.reps,
        load,
        failed: pending.failed,
        effort: pending.failed ? 'failure' : null,
        target: null,
        // A free set belongs to a one-set "workout" of its own, so the summary and stats stay per session.
        workoutId: `free-${turn.requestId}`,
        workoutStartedAt: at,
        focus: focusOf(profile?.goal ?? 'both'),
        goal: profile?.goal ?? null,
        level: profile?.level ?? null,
        unit: profile?.unit ?? pending.unit,
        exerciseIndex: 0,
        setIndex: 0,
        loggedAt: at,
      },
    });
    if (!saved.ok)
      return ask(input, speaker.fixed('logging.saveFailed'), speaker.fixed('logging.saveFailedReprompt'));
    const what = `${setWords(pending.reps, load)} of ${findExercise(pending.exerciseId)?.name ?? pending.exerciseId}`;
    return tell(input, speaker.fixed('logging.freeLogged', { what }));
  },
);
