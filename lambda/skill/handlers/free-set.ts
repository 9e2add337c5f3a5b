import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise, focusOf, type Unit } from '../../rules';
import { SkillError } from '../errors';
import { all, isIntent, pendingIs } from '../guards';
import { ask, pendingOf, tell } from '../reply';
import { saveChanges } from '../save';
import type { Turn } from '../turn';
import { setWords } from '../workout/logged-words';
import { defineHandler } from './define';

export interface FreeSet {
  exerciseId: string;
  reps: number;
  weight: number | null;
  unit: Unit;
  failed: boolean;
}

/** Stores a set on its own, outside any plan, and says so (ends the session: the lifter is done). */
export async function saveFreeSet(input: HandlerInput, turn: Turn, pending: FreeSet): Promise<Response> {
  const { speaker } = turn;
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
}

/** "Yes" to "Should I log it as a free set?": the set is stored on its own, outside any plan. */
export const confirmFreeSet = defineHandler(
  'ConfirmFreeSet',
  all(isIntent('AMAZON.YesIntent'), pendingIs('free-set')),
  async (input, turn) => {
    const pending = pendingOf(input);
    if (pending?.kind !== 'free-set')
      throw new SkillError('free-set guard passed without a pending free set');
    return saveFreeSet(input, turn, pending);
  },
);
