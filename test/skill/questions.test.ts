import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { type Conversation, cardText, createConversation } from '../support/alexa';
import { onboard, reachFirstWorkingSet, stateMax, storedItems } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();

async function inWorkingSet(): Promise<Conversation> {
  const talk = createConversation({ locale: 'en-GB' });
  await onboard(talk);
  await stateMax(talk, 'bench-press', 100);
  await reachFirstWorkingSet(talk);
  return talk;
}

describe('flow 8: questions at any point, answered in context, and the workout continues', () => {
  it.each([
    ['HowMuchWeightIntent', {}, /this set is eight reps at seventy-five kilos/i],
    [
      'RestTimeIntent',
      {},
      /rest ninety seconds between sets\. your goal range is thirty seconds to ninety seconds/i,
    ],
    ['WhyThisWeightIntent', {}, /seventy-five percent of your one-rep max of a hundred kilos/i],
    ['WhatsNextIntent', {}, /next up: bench press, set two of three/i],
    [
      'MyBestIntent',
      { exercise: matched('bench', 'bench-press') },
      /you told me your bench press max is a hundred kilos/i,
    ],
    [
      'MyProgressIntent',
      { exercise: matched('bench', 'bench-press') },
      /don't have progress for bench press yet/i,
    ],
    ['NutritionIntent', {}, /protein/i],
    // Two of the goal's benefits, a different pair each time.
    ['BenefitsIntent', {}, /muscle|metabolism|confidence|power|weight training/i],
    ['SafetyIntent', {}, /warm up/i],
    ['AMAZON.HelpIntent', {}, /tell me your reps after each set/i],
  ])('%s', async (intent, slots, answer) => {
    const talk = await inWorkingSet();
    const before = JSON.stringify(await storedItems(table, talk.session.userId));
    const turn = await talk.say(intent, slots as Record<string, string>);
    expect(turn.speech).toMatch(answer);
    expect(turn.speech).toMatch(/how many (reps )?did you get\?$/i);
    expect(turn.endsSession).toBe(false);
    expect(JSON.stringify(await storedItems(table, talk.session.userId))).toBe(before);
    // The workout continues where it was.
    const logged = await talk.say('LogSetIntent', { reps: 8 });
    expect(logged.speech).toMatch(/eight at seventy-five kilos/i);
  });

  it('puts the full nutrition advice on the card and two lines in the speech', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk, 'strength');
    const turn = await talk.say('NutritionIntent');
    expect(cardText(turn.card)).toMatch(/strength/i);
    // The question open before the aside is asked again.
    expect(turn.speech).toMatch(/shall I tell you today.s workout\?$/i);
  });

  it('answers "how much weight" before a workout from today’s plan', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    const turn = await talk.say('HowMuchWeightIntent');
    expect(turn.speech).toMatch(/for bench press, your working weight today is seventy-five kilos/i);
  });

  it('asks for onboarding before questions that need a plan', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    const turn = await talk.say('RestTimeIntent');
    expect(turn.speech).toMatch(/what's your goal/i);
  });

  it('changes the rest within the goal’s range and keeps it for the next sets', async () => {
    const talk = await inWorkingSet();
    const shorter = await talk.say('AdjustRestIntent', { direction: matched('shorter', 'shorter') });
    expect(shorter.speech).toMatch(/rests are now one minute/i);
    const exact = await talk.say('AdjustRestIntent', { duration: 'PT5M' });
    expect(exact.speech).toMatch(/rests are now ninety seconds/i);
    const limit = await talk.say('AdjustRestIntent', { direction: matched('longer', 'longer') });
    expect(limit.speech).toMatch(/already ninety seconds, the longest your goal allows/i);
  });

  it('rates the last set and repeats the last question', async () => {
    const talk = await inWorkingSet();
    const rated = await talk.say('RateSetIntent', { effort: matched('easy', 'easy') });
    expect(rated.speech).toMatch(/easy, noted/i);
    const repeat = await talk.say('AMAZON.RepeatIntent');
    expect(repeat.speech).toBe(rated.speech);
  });
});
