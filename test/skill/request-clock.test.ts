import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../../local/stream-poller';
import { startPipeline } from '../progress/pipeline-support';
import { cardText, createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

// Lift Coach's day is the request's: Alexa stamps every request, and the console and the coaching
// simulation move that stamp to try the second workout two days later. The plan, its rest days and
// "next time" follow it, not the Lambda's own clock.

const table = useFreshTable();
let poller: StreamPoller;

beforeAll(async () => {
  poller = startPipeline(table).poller;
  await poller.start();
});

afterAll(async () => {
  await poller?.stop();
});

const HOUR_MS = 3_600_000;

describe('the request timestamp is the coach clock', () => {
  it('two days after a squat session the plan squats again, heavier; an hour after, the squat rests', async () => {
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
    await poller.drain(20_000);

    now += HOUR_MS;
    const soon = await talk.say('TodaysWorkoutIntent');
    expect(cardText(soon.card)).not.toMatch(/squat/i);

    now += 2 * 24 * HOUR_MS;
    const later = await talk.say('TodaysWorkoutIntent');
    expect(later.speech).not.toMatch(/rest day/i);
    expect(cardText(later.card)).toMatch(/squat: warm-ups, then 3 × 7 @ 160 lb/i);
  });
});
