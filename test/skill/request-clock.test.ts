import { describe, expect, it } from 'vitest';
import { useProgressPipeline } from '../progress/pipeline-support';
import { cardText, createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// Lift Coach's day is the request's: Alexa stamps every request, and the console and the coaching
// simulation move that stamp to try the second workout two days later. The plan, its rest days and
// "next time" follow it, not the Lambda's own clock.

const table = useFreshTable();
const pipeline = useProgressPipeline(table);

const HOUR_MS = 3_600_000;

describe('the request timestamp is the coach clock', () => {
  it('the plan follows the request clock: an hour after a squat session no squat, days later the next sessions, the squat heavier', async () => {
    let now = Date.now();
    const talk = createConversation({ locale: 'en-US', now: () => new Date(now) });
    await onboard(talk, 'strength', 'beginner');
    await stateMax(talk, 'squat', 200, 'lb');
    const first = await reachFirstWorkingSet(talk);
    expect(first.speech).toMatch(/squat, set one of three: seven reps at one hundred and fifty-five pounds/i);
    for (let set = 0; set < 3; set += 1) {
      now += 3 * 60_000;
      await talk.say('LogSetIntent', { reps: 7 });
    }
    await talk.say('EndWorkoutIntent');
    const summary = await talk.say('AMAZON.YesIntent');
    expect(summary.speech).toMatch(/workout done/i);
    await pipeline.poller.drain(20_000);

    now += HOUR_MS;
    const soon = await talk.say('TodaysWorkoutIntent');
    expect(cardText(soon.card)).not.toMatch(/squat/i);

    // Two days later is session B, the deadlift day; a calibration set makes it a session.
    now += 2 * 24 * HOUR_MS;
    const later = await talk.say('TodaysWorkoutIntent');
    expect(later.speech).not.toMatch(/rest day/i);
    expect(cardText(later.card)).toMatch(/deadlift/i);
    await talk.say('StartWorkoutIntent');
    await talk.say('LogSetIntent', { reps: 8, weight: 225 });
    await talk.say('EndWorkoutIntent');
    await talk.say('AMAZON.YesIntent');
    await pipeline.poller.drain(20_000);

    // Two days after that, session A squats again at the load the first session earned.
    now += 2 * 24 * HOUR_MS;
    const again = await talk.say('TodaysWorkoutIntent');
    expect(again.speech).not.toMatch(/rest day/i);
    expect(cardText(again.card)).toMatch(/squat: warm-ups, then 3 × 7 @ 160 lb/i);
  });
});
