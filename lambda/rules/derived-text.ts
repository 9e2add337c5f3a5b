import { exerciseCatalog } from './catalog';
import { capitalise, spokenNumber, spokenWeight } from './spoken';
import type { LoadReason, SessionFocus, SplitDay, Unit, Weight } from './types';

// Sentences the rules say about a plan, built only from the plan's own numbers, so whoever keeps a
// plan (the active workout item) can store the numbers and rebuild the words when they are asked for.

/** "Why this weight?": the reason's numbers, the lift's name and its working load. */
export function loadReasonText(
  reason: Omit<LoadReason, 'text'>,
  exerciseName: string,
  workingLoad: Weight | null,
): string {
  const reps = spokenNumber(reason.targetReps);
  const percent = spokenNumber(reason.percentOfMax ?? 0);
  const load = workingLoad ? spokenWeight(workingLoad) : 'your load';
  switch (reason.code) {
    case 'progression-target':
      return `Your last session earned ${load} for ${reps} reps, about ${percent} percent of your one-rep max.`;
    case 'progression-held':
      return `${capitalise(load)} again for ${reps} reps: you made every rep last session, but the next step up would leave no rep in reserve, and your reps and sets are at the top of your range.`;
    case 'progression-deload':
      return `A deload: ${load} for ${reps} reps, about ${percent} percent of your one-rep max, lighter after three sessions short of your targets. You build back up from here.`;
    case 'percent-of-max':
      return `${capitalise(percent)} percent of your one-rep max${reason.oneRepMax ? ` of ${spokenWeight(reason.oneRepMax)}` : ''}, so ${reps} reps leave ${spokenNumber(reason.repsInReserve)} in reserve.`;
    case 'bodyweight-added-load':
      return `${capitalise(exerciseName)}s with ${workingLoad ? spokenWeight(workingLoad) : 'load'} added, for ${reps} reps with about two left in you.`;
    case 'bodyweight-reps':
      return `${capitalise(exerciseName)}s go by reps: ${reps}, stopping with about two left in you.`;
  }
}

/** What to do for a lift without a known max: a calibration set, with an example in the lifter's unit. */
export function calibrationInstruction(exerciseName: string, unit: Unit): string {
  if (exerciseCatalog.some((exercise) => exercise.name === exerciseName && exercise.bodyweight)) {
    return `I don't know your ${exerciseName}s yet. Do as many good reps as you can, stopping one short of failure, and tell me how many: the reps set your targets.`;
  }
  const unitWord = unit === 'kg' ? 'kilos' : 'pounds';
  const example = unit === 'kg' ? 'sixty' : 'one thirty five';
  return `I don't know your ${exerciseName} yet. Warm up, then work up to a weight you can lift for eight clean reps with about two to spare, and tell me the weight and reps, like "eight at ${example} ${unitWord}".`;
}

/** The one-line summary of a training day: focus, split day and the lifts. */
export function trainingDaySummary(
  focus: SessionFocus,
  day: SplitDay,
  exerciseNames: readonly string[],
): string {
  const focusName = focus === 'strength' ? 'Strength day' : 'Muscle-building day';
  return `${focusName}, ${dayNames[day]}: ${listInWords(exerciseNames)}.`;
}

const dayNames: Record<SplitDay, string> = {
  'full-body': 'full body',
  upper: 'upper body',
  lower: 'lower body',
  push: 'push',
  pull: 'pull',
  legs: 'legs',
};

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why today is a recovery day: days in a row, or days this week, against the level's needs. */
export function recoveryText(reason: { kind: 'in-a-row' | 'this-week'; days: number }): string {
  const days = spokenNumber(reason.days);
  const trained =
    reason.kind === 'in-a-row'
      ? reason.days === 1
        ? 'You trained yesterday'
        : `You've trained ${days} days in a row`
      : `You've trained ${days} days this week`;
  return `${trained}, so today is a recovery day. Muscles grow while they recover; come back tomorrow.`;
}
