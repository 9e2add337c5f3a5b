import {
  daysBetween,
  furthestSkipDays,
  isTrainingDay,
  spreadDays,
  upcomingSkips,
  weekdayOfDate,
} from '../../rules';
import { dateSlot, weekdaysSlot } from '../day-slots';
import { isIntent } from '../guards';
import { ask, sentences } from '../reply';
import { saveChanges } from '../save';
import { numberSlot } from '../slots';
import { nextPlannedSession, sayPlannedSession, sayTrainingDate } from '../workout/next-session';
import { profileWithTimeZone, sayDays, todayOf } from '../workout/training-profile';
import { saveTrainingDays } from '../workout/training-week';
import { answer } from './answer';
import { defineHandler } from './define';

/** Slots a day list may arrive in (en-IN has no multiple-value slots, so it names up to three). */
const daySlots = ['days', 'dayTwo', 'dayThree'];

/** "I train on Monday, Wednesday and Friday": the whole week, replacing the days there were. */
export const setTrainingDays = defineHandler(
  'SetTrainingDays',
  isIntent('SetTrainingDaysIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const days = weekdaysSlot(input, ...daySlots);
    if (days.length === 0)
      return ask(input, speaker.fixed('schedule.askDays'), speaker.fixed('schedule.askDaysReprompt'));
    return saveTrainingDays(input, turn, days, (saved) =>
      speaker.fixed('schedule.daysSet', { days: sayDays(speaker, saved) }),
    );
  },
);

/** "Three days a week": days spread over the week with rest between them. */
export const trainingDaysPerWeek = defineHandler(
  'TrainingDaysPerWeek',
  isIntent('TrainingDaysPerWeekIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const count = numberSlot(input, 'count');
    const days = count.kind === 'value' ? spreadDays(count.value) : null;
    if (!days)
      return ask(input, speaker.fixed('schedule.askCount'), speaker.fixed('schedule.askCountReprompt'));
    return saveTrainingDays(input, turn, days, (saved) =>
      speaker.fixed('schedule.daysPerWeekSet', { days: sayDays(speaker, saved) }),
    );
  },
);

/** "Add Saturday": one more day on top of the ones there are. */
export const addTrainingDays = defineHandler(
  'AddTrainingDays',
  isIntent('AddTrainingDayIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const added = weekdaysSlot(input, ...daySlots);
    if (added.length === 0)
      return ask(input, speaker.fixed('schedule.askDays'), speaker.fixed('schedule.askDaysReprompt'));
    const { profile } = await turn.user();
    return saveTrainingDays(input, turn, [...(profile?.trainingDays ?? []), ...added], (saved) =>
      speaker.fixed('schedule.daysAdded', { days: sayDays(speaker, saved) }),
    );
  },
);

/** "I don't train on Saturdays any more": a day off the week. */
export const removeTrainingDays = defineHandler(
  'RemoveTrainingDays',
  isIntent('RemoveTrainingDayIntent'),
  async (input, turn) => {
    const { speaker } = turn;
    const removed = weekdaysSlot(input, ...daySlots);
    if (removed.length === 0)
      return ask(input, speaker.fixed('schedule.askDays'), speaker.fixed('schedule.askDaysReprompt'));
    const { profile } = await turn.user();
    const kept = (profile?.trainingDays ?? []).filter((day) => !removed.includes(day));
    return saveTrainingDays(input, turn, kept, (saved) =>
      saved.length === 0
        ? speaker.fixed('schedule.noDaysLeft')
        : speaker.fixed('schedule.daysRemoved', { days: sayDays(speaker, saved) }),
    );
  },
);

/** "I can't train tomorrow": that day is called off, the next training day takes the session. */
export const cantTrain = defineHandler('CantTrain', isIntent('CantTrainIntent'), async (input, turn) => {
  const { speaker } = turn;
  const profile = await profileWithTimeZone(input, turn);
  const days = profile.trainingDays ?? [];
  if (days.length === 0) return answer(input, turn, speaker.fixed('schedule.skipNeedsDays'));
  const today = todayOf(turn, profile);
  const heard = dateSlot(input, 'date', today);
  if (heard.kind !== 'date')
    return ask(input, speaker.fixed('schedule.askSkip'), speaker.fixed('schedule.askSkipReprompt'));
  const away = daysBetween(today, heard.date);
  if (away < 0)
    return ask(input, speaker.fixed('schedule.skipPast'), speaker.fixed('schedule.askSkipReprompt'));
  if (away > furthestSkipDays)
    return ask(input, speaker.fixed('schedule.skipTooFar'), speaker.fixed('schedule.askSkipReprompt'));
  const skippedDates = upcomingSkips(profile.skippedDates ?? [], today);
  if (!isTrainingDay({ days, skipped: skippedDates }, heard.date)) {
    return answer(input, turn, speaker.fixed('schedule.skipNotPlanned'));
  }
  const changed = { ...profile, skippedDates: upcomingSkips([...skippedDates, heard.date], today) };
  const saved = await saveChanges(turn, { profile: changed });
  if (!saved.ok)
    return ask(input, speaker.fixed('general.saveFailed'), speaker.fixed('general.saveFailedReprompt'));
  const user = await turn.user();
  const next = nextPlannedSession({ ...user, profile: changed }, new Date(turn.requestedAt));
  const when = sayTrainingDate(speaker, { daysAway: away, weekday: weekdayOfDate(heard.date) });
  return answer(
    input,
    turn,
    sentences(
      speaker.fixed(away <= 1 ? 'schedule.skipped' : 'schedule.skippedOn', { when }),
      next ? sayPlannedSession(speaker, next) : undefined,
    ),
  );
});
