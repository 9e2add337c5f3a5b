import { prescribe } from './prescribe';
import type { Goal, Level, ProgressionState, SessionFocus, Unit, Weight } from './types';

export interface NextSessionInput {
  goal: Goal;
  level: Level;
  unit: Unit;
  /** The max the next plan will prescribe from (the estimate the same set left). */
  oneRepMax: Weight | null;
}

/**
 * The progression state as the next plan will prescribe it: its load and reps put through the same
 * range, rounding and reserve checks as `planWorkout`, so "next time" said after a session is the
 * number the next workout plans, not a target the plan then quietly changes.
 */
export function nextSessionTargets(state: ProgressionState, input: NextSessionInput): ProgressionState {
  const focus: SessionFocus = state.focus;
  const result = prescribe({
    exerciseId: state.exerciseId,
    goal: input.goal === 'both' ? 'both' : focus,
    level: input.level,
    focus,
    unit: input.unit,
    oneRepMax: input.oneRepMax,
    progression: state,
  });
  if (!result.ok) return state;
  const first = result.value.workingSets[0];
  if (!first) return state;
  return {
    ...state,
    load: first.load,
    targetReps: first.targetReps,
    sets: result.value.workingSets.length,
  };
}
