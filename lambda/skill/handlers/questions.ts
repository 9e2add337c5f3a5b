import { focusOf, goalContent, guidelines, type ReadyExercise, restSecondsFor } from '../../rules';
import type { ActiveWorkout, LoadedUser } from '../../store';
import { isIntent } from '../guards';
import { sentences } from '../reply';
import { restLeft } from '../rest';
import { sayDuration, sayReps, sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { planToday, trainingProfile } from '../workout/coach';
import { calibrationPrompt, capitalised, describeCurrentSet } from '../workout/describe';
import { cursorAfter, exerciseAt, needsCalibration, plannedSetAt, targetOf } from '../workout/engine';
import { restToTell } from '../workout/rest-length';
import { answer } from './answer';
import { defineHandler } from './define';
import { nextWorkoutAnswer } from './progress-questions';
import { onboardingGate } from './todays-workout';

/** Outside a workout, questions about "this weight" are about the first prescribed lift of today's plan. */
function firstPrescribedLiftToday(turn: Turn, user: LoadedUser): ReadyExercise | undefined {
  const profile = trainingProfile(user.profile);
  const plan = profile ? planToday(profile, user.stats, turn.now) : null;
  if (!plan?.ok || plan.value.kind !== 'training') return undefined;
  return plan.value.exercises.find((exercise): exercise is ReadyExercise => exercise.status === 'ready');
}

/** "How much weight?": the set at hand, or today's first lift before a workout starts. */
export const howMuchWeight = defineHandler(
  'HowMuchWeight',
  isIntent('HowMuchWeightIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const user = await turn.user();
    const workout = user.activeWorkout;
    if (workout && workout.cursor.phase !== 'done') {
      if (needsCalibration(workout)) return answer(input, turn, calibrationPrompt(speaker, workout));
      const target =
        workout.currentTarget ?? targetOf(exerciseAt(workout)?.exerciseId ?? '', plannedSetAt(workout));
      if (target) {
        const reps = sayReps(target.reps);
        const said = target.load
          ? speaker.fixed('answers.weightNow', { reps, load: sayWeight(target.load) })
          : speaker.fixed('answers.weightBodyweight', { reps });
        return answer(input, turn, said);
      }
    }
    const gate = await onboardingGate(input, turn);
    if (gate) return gate;
    const first = firstPrescribedLiftToday(turn, user);
    const load = first?.prescription.workingSets[0]?.load;
    if (!first || !load) return answer(input, turn, speaker.fixed('answers.noWeightYet'));
    return answer(
      input,
      turn,
      speaker.fixed('answers.weightFor', { exercise: first.name, load: sayWeight(load) }),
    );
  },
);

/** "How long is my rest?": this workout's rest, and the goal's range from the rules. */
export const restTime = defineHandler('RestTime', isIntent('RestTimeIntent'), async (input, turn) => {
  const { speaker } = turn;
  const gate = await onboardingGate(input, turn);
  if (gate) return gate;
  const user = await turn.user();
  const profile = trainingProfile(user.profile);
  if (!profile) return answer(input, turn, speaker.fixed('answers.noWeightYet'));
  const workout = user.activeWorkout;
  const focus = workout?.plan.focus ?? focusOf(profile.goal);
  const range = guidelines(profile.goal, profile.level, focus).programming.restSeconds;
  // Before a workout: the rest the rules give a main (compound) lift.
  const seconds = (workout && restToTell(workout)) ?? restSecondsFor(focus, profile.level, true);
  const restTimes = speaker.fixed('rest.restTime', {
    duration: sayDuration(seconds),
    min: sayDuration(range.min),
    max: sayDuration(range.max),
  });
  if (workout?.cursor.phase !== 'resting') return answer(input, turn, restTimes);
  // During a rest the lifter also wants what is left of it (from the timer's start, else the set's turn).
  const startedAt = workout.notes.restStartedAt;
  const left = restLeft(seconds, typeof startedAt === 'string' ? startedAt : workout.lastTurnAt, turn.now);
  const leftNow =
    left > 0
      ? capitalised(
          speaker.fixed('progressAnswers.restLeft', {
            left: sayDuration(left),
            duration: sayDuration(seconds),
          }),
        )
      : speaker.fixed('progressAnswers.restOver');
  return answer(input, turn, sentences(restTimes, leftNow));
});

/** "Why this weight?": the rules' own reason for the prescription. */
export const whyThisWeight = defineHandler(
  'WhyThisWeight',
  isIntent('WhyThisWeightIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const user = await turn.user();
    const workout = user.activeWorkout;
    const exercise = workout && workout.cursor.phase !== 'done' ? exerciseAt(workout) : undefined;
    if (workout && exercise?.status === 'needs-max')
      return answer(input, turn, calibrationPrompt(speaker, workout));
    if (exercise?.status === 'ready') {
      const reason = exercise.prescription.reason;
      const said =
        reason.code === 'bodyweight-reps' || reason.code === 'bodyweight-added-load'
          ? speaker.fixed('answers.whyBodyweight', { reps: sayReps(reason.targetReps) })
          : reason.text;
      return answer(input, turn, said);
    }
    const gate = await onboardingGate(input, turn);
    if (gate) return gate;
    const first = firstPrescribedLiftToday(turn, user);
    return answer(input, turn, first ? first.prescription.reason.text : speaker.fixed('answers.noWeightYet'));
  },
);

function upcoming(workout: ActiveWorkout): ActiveWorkout {
  if (workout.cursor.phase === 'resting') return workout;
  const cursor = cursorAfter(workout, workout.cursor);
  const exercise = exerciseAt(workout, cursor.exerciseIndex);
  return {
    ...workout,
    cursor,
    currentTarget: exercise ? targetOf(exercise.exerciseId, plannedSetAt(workout, cursor)) : null,
  };
}

/** "What's next?": the set after this one (or the one after the rest). */
export const whatsNext = defineHandler('WhatsNext', isIntent('WhatsNextIntent'), async (input, turn) => {
  const { speaker } = turn;
  const { activeWorkout } = await turn.user();
  // After a workout (or before one) what comes next is the next session.
  if (!activeWorkout) return nextWorkoutAnswer(input, turn);
  const next = upcoming(activeWorkout);
  const said =
    next.cursor.phase === 'done'
      ? speaker.fixed('answers.nothingNext')
      : speaker.fixed('answers.whatsNext', { next: describeCurrentSet(speaker, next) });
  return answer(input, turn, said);
});

/** Goal content from the rules: two lines spoken, all of them on the card. */
function contentHandler(
  name: string,
  intent: string,
  part: 'nutrition' | 'benefits' | 'safety',
  title: string,
) {
  return defineHandler(name, isIntent(intent), async (input, turn) => {
    const { profile } = await turn.user();
    const lines = goalContent(profile?.goal ?? 'both')[part];
    // Benefits start at a different line each time, so asking "why should I lift" again says something new.
    const first = part === 'benefits' ? Math.floor(Math.random() * lines.length) : 0;
    const spoken = [lines[first], lines[(first + 1) % lines.length]]
      .filter((line, index) => line && (index === 0 || lines.length > 1))
      .map((line) => line?.text)
      .join(' ');
    return answer(input, turn, spoken, { card: { title, text: lines.map((line) => line.text).join('\n') } });
  });
}

export const nutrition = contentHandler('Nutrition', 'NutritionIntent', 'nutrition', 'Nutrition');
export const benefits = contentHandler('Benefits', 'BenefitsIntent', 'benefits', 'Benefits');
export const safety = contentHandler('Safety', 'SafetyIntent', 'safety', 'Training safely');
