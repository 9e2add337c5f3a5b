import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { useProgressPipeline } from '../progress/pipeline-support';
import { type Conversation, cardText, createConversation } from '../support/alexa';
import { onboard } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// Without training days, "when is my next workout" and the end-of-workout summary follow the same
// rest days by level as today's plan (rules `recoveryDaysFor`): a beginner rests after every
// session, an intermediate after two days in a row, an advanced lifter after three. The clock is
// the request timestamp, moved a day at a time.

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

const DAY_MS = 24 * 3_600_000;
// Monday 7 December 2026, ten in the morning UTC: far from midnight, so a day on is the next date.
const start = Date.parse('2026-12-07T10:00:00Z');

async function lifter(level: 'beginner' | 'intermediate' | 'advanced') {
  const clock = { now: start };
  const talk = createConversation({ locale: 'en-GB', now: () => new Date(clock.now) });
  await onboard(talk, 'strength', level);
  return { talk, clock };
}

/** A session with one working set (a calibration set of the first lift), ended by the lifter. */
async function trainToday(talk: Conversation): Promise<string> {
  await talk.say('StartWorkoutIntent');
  await talk.say('LogSetIntent', { reps: 8, weight: 40, unit: matched('kilos', 'kg') });
  const asked = await talk.say('EndWorkoutIntent');
  const end = /do you want to end/i.test(asked.speech) ? await talk.say('AMAZON.YesIntent') : asked;
  expect(end.speech).toMatch(/workout done: one set/i);
  await pipeline.poller.drain(20_000);
  return end.speech;
}

const nextWorkout = async (talk: Conversation) => (await talk.say('NextWorkoutIntent')).speech;

describe('rest days by level when no training days are set', () => {
  it('a beginner rests the day after every session, and hears so from the summary on', async () => {
    const { talk, clock } = await lifter('beginner');
    expect(await trainToday(talk)).toMatch(/next time: a strength day, in two days\./i);
    expect(await nextWorkout(talk)).toMatch(/your next workout is a strength day, in two days\./i);
    clock.now += DAY_MS;
    expect(await nextWorkout(talk)).toMatch(/tomorrow\./i);
    const rest = await talk.say('TodaysWorkoutIntent');
    expect(rest.speech).toMatch(/recovery day/i);
    clock.now += DAY_MS;
    expect(await nextWorkout(talk)).toMatch(/today, whenever you are ready\./i);
    const today = await talk.say('TodaysWorkoutIntent');
    expect(today.speech).not.toMatch(/recovery day/i);
  });

  it('an intermediate trains two days in a row, then rests, as the plan does', async () => {
    const { talk, clock } = await lifter('intermediate');
    expect(await trainToday(talk)).toMatch(/next time: a strength day, tomorrow\./i);
    expect(await nextWorkout(talk)).toMatch(/your next workout is a strength day, tomorrow\./i);
    clock.now += DAY_MS;
    const second = await talk.say('TodaysWorkoutIntent');
    expect(second.speech).not.toMatch(/recovery day/i);
    expect(await trainToday(talk)).toMatch(/next time: a strength day, in two days\./i);
    clock.now += DAY_MS;
    const rest = await talk.say('TodaysWorkoutIntent');
    expect(cardText(rest.card) || rest.speech).toMatch(/recovery day/i);
    expect(await nextWorkout(talk)).toMatch(/tomorrow\./i);
  });

  it('an advanced lifter may train the next day', async () => {
    const { talk } = await lifter('advanced');
    expect(await trainToday(talk)).toMatch(/next time: a strength day, tomorrow\./i);
    expect(await nextWorkout(talk)).toMatch(/your next workout is a strength day, tomorrow\./i);
  });
});
