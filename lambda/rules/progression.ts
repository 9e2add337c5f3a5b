import { bodyweightStart } from './bodyweight';
import { findExercise } from './catalog';
import { focusOf, guidelines } from './guidelines';
import { loadStepFor } from './loading';
import { defaultTargetReps } from './prescribe';
import { progressLoaded } from './progression-loaded';
import { deload, describeLoad, outcome, progressBodyweight } from './progression-steps';
import type { ProgressInput, ProgressOutcome, Session, SessionSet } from './progression-types';
import { FAILED_SESSIONS_BEFORE_DELOAD } from './progression-types';
import { fail, isValidWeight, ok } from './result';
import { spokenNumber } from './spoken';
import type { RuleResult, Unit } from './types';
import { convert } from './units';
import { usableProgression, validateTraining, validSessionSet } from './validate';

export { raiseLoad } from './progression-steps';
export * from './progression-types';

/** Next session's targets for one lift from what this session's working sets achieved. */
export function progress(input: ProgressInput): RuleResult<ProgressOutcome> {
  const exercise = findExercise(input.exerciseId);
  if (!exercise) return fail('unknown-exercise', `No lift called "${input.exerciseId}" in the catalog.`);
  const invalid = validateTraining(input);
  if (invalid) return fail('invalid-training', invalid);
  if (!Number.isFinite(Date.parse(input.now))) return fail('invalid-time', 'now must be an ISO 8601 time.');
  if (input.sets.length === 0) return fail('no-sets-logged', 'Progress needs at least one working set.');
  if (!input.sets.every(validSessionSet)) {
    return fail('invalid-set', 'Every set needs whole reps from 0 to 100 and a positive load or none.');
  }
  const focus = focusOf(input.goal, input.focus);
  const rules = guidelines(input.goal, input.level, focus).programming;
  const stored = usableProgression(input.previous, exercise.id, focus);
  const opening = input.sets[0] as SessionSet;
  // A bodyweight lift's first set without a target measured what the lifter can do: it sets the
  // targets, and only the sets trained against them are judged.
  const measured = !stored && exercise.bodyweight && !opening.target;
  const previous = measured ? bodyweightStart({ ...input, reps: opening.reps }) : stored;
  const judged = measured ? input.sets.filter((set) => set.target) : input.sets;
  if (judged.length === 0 && previous) {
    return ok({
      state: previous,
      decision: 'hold',
      reason: `That first set sets your targets: ${spokenNumber(previous.targetReps)} reps a set next time.`,
    });
  }
  const first = judged[0] as SessionSet;
  // The session is judged against what it prescribed (its sets' target), which the max may have capped
  // below the stored progression; only without a target does the stored progression stand in.
  const plannedLoad = first.target ? first.target.load : previous ? previous.load : first.load;
  const session: Session = {
    exerciseId: exercise.id,
    focus,
    level: input.level,
    unit: input.unit,
    equipment: exercise.equipment,
    rules,
    load: plannedLoad && isValidWeight(plannedLoad) ? convert(plannedLoad, input.unit).value : null,
    lifted: heaviestLifted(judged, input.unit),
    targetReps: first.target?.reps ?? previous?.targetReps ?? defaultTargetReps(focus, input.level),
    sets: previous?.sets ?? judged.length,
    failedSessions: previous?.failedSessions ?? 0,
    beatTargetSessions: previous?.beatTargetSessions ?? 0,
    deload: previous?.deload === true,
    madeSessions: previous?.madeSessions ?? 0,
    max:
      input.oneRepMax && isValidWeight(input.oneRepMax) ? convert(input.oneRepMax, input.unit).value : null,
    now: new Date(Date.parse(input.now)).toISOString(),
  };
  return decide(session, judged);
}

function heaviestLifted(sets: readonly SessionSet[], unit: Unit): number | null {
  const loads = sets.flatMap((set) => (set.load ? [convert(set.load, unit).value] : []));
  return loads.length > 0 ? Math.max(...loads) : null;
}

function decide(session: Session, sets: readonly SessionSet[]): RuleResult<ProgressOutcome> {
  const { unit } = session;
  const tolerance = loadStepFor(session.equipment, unit) / 2;
  const hit = (set: SessionSet) => {
    const lifted = set.load ? convert(set.load, unit).value : 0;
    const heavyEnough = session.load === null || lifted >= session.load - tolerance;
    // A target lowered mid-session (after a missed set) does not lower the bar for progress.
    const needed = Math.max(set.target?.reps ?? 0, session.targetReps);
    return !set.failed && set.reps >= needed && heavyEnough;
  };
  const missed = sets.some((set) => !hit(set));
  const last = sets[sets.length - 1] as SessionSet;
  // "Easy" on every set is the lifter's own word that the reps had more in them.
  const allEasy = sets.every((set) => set.effort === 'easy');
  const beat = hit(last) && (last.reps >= session.targetReps + 2 || allEasy);
  const beatTargetSessions = beat ? session.beatTargetSessions + 1 : 0;
  const loadText = describeLoad(session.load, unit);

  if (missed) {
    const failedSessions = session.failedSessions + 1;
    if (failedSessions >= FAILED_SESSIONS_BEFORE_DELOAD) return deload(session);
    return outcome(
      session,
      'hold',
      `Some reps were missed, so next time it's ${loadText} again for ${spokenNumber(session.targetReps)}.`,
      { failedSessions, beatTargetSessions: 0, madeSessions: 0 },
    );
  }
  if (sets.length < session.sets) {
    return outcome(session, 'hold', `Not every set was done, so next time stays at ${loadText}.`, {
      beatTargetSessions,
    });
  }
  if (sets.some((set) => set.effort === 'failure')) {
    // Made, but ground out to failure: own the load before adding to it.
    return outcome(
      session,
      'hold',
      `That went to failure, so next time stays at ${loadText} for ${spokenNumber(session.targetReps)} until it moves cleanly.`,
      { failedSessions: 0, beatTargetSessions: 0, madeSessions: 0 },
    );
  }
  const succeeded = { ...session, failedSessions: 0, beatTargetSessions };
  // Added load on a pull-up is not the lift's load: the chart checks of loaded lifts do not apply.
  if (session.load === null || session.equipment === 'bodyweight') return progressBodyweight(succeeded);
  return progressLoaded(succeeded, session.load);
}
