import type { HandlerInput } from 'ask-sdk-core';
import { findExercise } from '../../rules';
import type { ActiveWorkout } from '../../store';
import { bodyweightProgressLine, isBodyweightLift, sayBodyweightSet } from '../bodyweight-progress';
import { progressDirectives } from '../display-progress';
import { isIntent } from '../guards';
import { resolvedSlot } from '../slots';
import { sayReps, sayWeight } from '../speech/numbers';
import { exerciseAt } from '../workout/engine';
import { roundedForSpeech } from '../workout/estimated-max';
import { answer } from './answer';
import { defineHandler } from './define';
import { exerciseIds, unknownExercise } from './log-set';
import { progressOverall } from './progress-questions';

// Questions about one lift: "what's my best bench?", "how is my pull-up going?".

function liftFor(input: HandlerInput, workout: ActiveWorkout | null) {
  const slot = resolvedSlot(input, 'exercise', exerciseIds);
  if (slot.kind === 'match') return { kind: 'lift' as const, id: slot.id };
  if (slot.kind === 'no-match') return { kind: 'unknown' as const, heard: slot.heard };
  const current = workout && workout.cursor.phase !== 'done' ? exerciseAt(workout)?.exerciseId : undefined;
  return current ? { kind: 'lift' as const, id: current } : { kind: 'none' as const };
}

/** "What's my best bench?": the personal record from the stats, else the max the lifter stated. */
export const myBest = defineHandler('MyBest', isIntent('MyBestIntent'), async (input, turn) => {
  const { speaker } = turn;
  const user = await turn.user();
  const lift = liftFor(input, user.activeWorkout);
  if (lift.kind === 'unknown') return unknownExercise(input, turn, lift.heard);
  if (lift.kind === 'none') return answer(input, turn, speaker.fixed('answers.bestWhichLift'));
  const name = findExercise(lift.id)?.name ?? lift.id;
  if (isBodyweightLift(lift.id)) {
    const best = user.stats[lift.id]?.bestBodyweightSet;
    return answer(
      input,
      turn,
      best
        ? speaker.fixed('bodyweightProgress.best', { exercise: name, best: sayBodyweightSet(speaker, best) })
        : speaker.fixed('answers.noBest', { exercise: name }),
    );
  }
  const best = user.stats[lift.id]?.bestSet;
  if (best) {
    return answer(
      input,
      turn,
      speaker.fixed('answers.best', {
        exercise: name,
        load: sayWeight(best.load),
        reps: sayReps(best.reps),
        max: sayWeight(roundedForSpeech(best.oneRepMax)),
      }),
    );
  }
  const stated = user.profile?.statedMaxes[lift.id];
  if (stated)
    return answer(
      input,
      turn,
      speaker.fixed('answers.bestStated', { exercise: name, max: sayWeight(stated.oneRepMax) }),
    );
  return answer(input, turn, speaker.fixed('answers.noBest', { exercise: name }));
});

/** "How is my bench going?": the estimated max and next session's targets from the progress pipeline. */
export const myProgress = defineHandler('MyProgress', isIntent('MyProgressIntent'), async (input, turn) => {
  const { speaker } = turn;
  const user = await turn.user();
  const lift = liftFor(input, user.activeWorkout);
  if (lift.kind === 'unknown') return unknownExercise(input, turn, lift.heard);
  if (lift.kind === 'none') return progressOverall(input, turn);
  const name = findExercise(lift.id)?.name ?? lift.id;
  const stats = user.stats[lift.id];
  if (isBodyweightLift(lift.id)) {
    const said = bodyweightProgressLine(speaker, name, stats);
    return answer(input, turn, said ?? speaker.fixed('answers.noProgress', { exercise: name }), {
      directives: progressDirectives(input, turn, user, stats),
    });
  }
  if (!stats?.estimatedOneRepMax)
    return answer(input, turn, speaker.fixed('answers.noProgress', { exercise: name }));
  const max = sayWeight(roundedForSpeech(stats.estimatedOneRepMax));
  const progression = stats.progression;
  const directives = progressDirectives(input, turn, user, stats);
  if (!progression)
    return answer(input, turn, speaker.fixed('answers.progressNoTarget', { exercise: name, max }), {
      directives,
    });
  const next = progression.load
    ? `${sayReps(progression.targetReps)} at ${sayWeight(progression.load)}`
    : sayReps(progression.targetReps);
  // A hold says why: the lifter made every rep, and silence would sound like a forgotten step.
  const line = progression.nextStepTooHeavy ? 'answers.progressHeld' : 'answers.progress';
  return answer(input, turn, speaker.fixed(line, { exercise: name, max, next }), {
    directives,
  });
});
