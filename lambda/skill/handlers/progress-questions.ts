import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise } from '../../rules';
import type { LiftSnapshot } from '../../store';
import { isBodyweightLift, sayBodyweightSet } from '../bodyweight-progress';
import { progressDirectives } from '../display-progress';
import { isIntent } from '../guards';
import type { Speaker } from '../i18n';
import { joinWords, sayReps, sayWeight } from '../speech/numbers';
import type { Turn } from '../turn';
import { capitalised } from '../workout/describe';
import { roundedForSpeech } from '../workout/estimated-max';
import { sayNextWorkout } from '../workout/next-session';
import { answer } from './answer';
import { defineHandler } from './define';
import { onboardingGate } from './todays-workout';

/** Speech names three lifts at most; the card holds them all. */
const spokenLifts = 3;

const nameOf = (stats: LiftSnapshot) => findExercise(stats.exerciseId)?.name ?? stats.exerciseId;

/** Most recent personal record first, then most recently trained: a lift that just got a new best leads. */
function latestFirst(a: LiftSnapshot, b: LiftSnapshot): number {
  const recordA = a.personalRecordAt ?? '';
  const recordB = b.personalRecordAt ?? '';
  if (recordA !== recordB) return recordA < recordB ? 1 : -1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** "How's my progress?" without a lift: the estimated max of up to three lifts, all on the card. */
export async function progressOverall(input: HandlerInput, turn: Turn): Promise<Response> {
  const { speaker } = turn;
  const user = await turn.user();
  // A bodyweight lift's number is its best set in reps; a max it may carry from earlier items is not.
  const known = Object.values(user.stats)
    .filter((stats) =>
      isBodyweightLift(stats.exerciseId) ? stats.bestBodyweightSet : stats.estimatedOneRepMax,
    )
    .sort(latestFirst);
  if (known.length === 0) return answer(input, turn, speaker.fixed('answers.noProgressAtAll'));
  const lines = known.map(
    (stats) =>
      bodyweightBestLine(speaker, stats) ??
      speaker.fixed('progressAnswers.liftMax', {
        exercise: nameOf(stats),
        max: sayWeight(roundedForSpeech(stats.estimatedOneRepMax ?? { value: 0, unit: 'kg' })),
      }),
  );
  const key = known.length > spokenLifts ? 'progressAnswers.overall' : 'progressAnswers.overallAll';
  return answer(
    input,
    turn,
    capitalised(speaker.fixed(key, { lifts: joinWords(lines.slice(0, spokenLifts)) })),
    {
      card: {
        title: speaker.fixed('progressAnswers.progressCardTitle'),
        text: lines.map(capitalised).join('\n'),
      },
      directives: progressDirectives(input, turn, user, known[0]),
    },
  );
}

/** A bodyweight lift's line: its best set in reps (and added load). Null for a loaded lift. */
function bodyweightBestLine(speaker: Speaker, stats: LiftSnapshot): string | null {
  if (!stats.bestBodyweightSet || !isBodyweightLift(stats.exerciseId)) return null;
  return speaker.fixed('bodyweightProgress.liftBest', {
    exercise: nameOf(stats),
    best: sayBodyweightSet(speaker, stats.bestBodyweightSet),
  });
}

/** "What are my personal records?": the latest three spoken, every lift's best on the card. */
export const personalRecords = defineHandler(
  'PersonalRecords',
  isIntent('PersonalRecordsIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const user = await turn.user();
    const withRecords = Object.values(user.stats)
      .filter((stats) => (isBodyweightLift(stats.exerciseId) ? stats.bestBodyweightSet : stats.bestSet))
      .sort(latestFirst);
    if (withRecords.length === 0) return answer(input, turn, speaker.fixed('progressAnswers.noRecords'));
    const lines = withRecords.map(
      (stats) =>
        bodyweightBestLine(speaker, stats) ??
        speaker.fixed('progressAnswers.record', {
          exercise: nameOf(stats),
          load: sayWeight(stats.bestSet?.load ?? { value: 0, unit: 'kg' }),
          reps: sayReps(stats.bestSet?.reps ?? 0),
        }),
    );
    const key = withRecords.length > spokenLifts ? 'progressAnswers.recordsMore' : 'progressAnswers.records';
    return answer(input, turn, speaker.fixed(key, { lifts: joinWords(lines.slice(0, spokenLifts)) }), {
      card: {
        title: speaker.fixed('progressAnswers.recordsCardTitle'),
        text: lines.map(capitalised).join('\n'),
      },
    });
  },
);

/** "When is my next workout?" (and "what's next" with no workout going): the next session and when. */
export async function nextWorkoutAnswer(input: HandlerInput, turn: Turn): Promise<Response> {
  const gate = await onboardingGate(input, turn);
  if (gate) return gate;
  const next = sayNextWorkout(turn.speaker, await turn.user(), new Date(turn.requestedAt), turn.now);
  return answer(input, turn, next ?? turn.speaker.fixed('workout.noActive'));
}

export const nextWorkout = defineHandler('NextWorkout', isIntent('NextWorkoutIntent'), nextWorkoutAnswer);
