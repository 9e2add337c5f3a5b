import { describe, expect, it } from 'vitest';
import { matched, unmatched } from '../../local/alexa-requests';
import { cardText, createConversation } from '../support/alexa';
import { useFreshTable } from '../support/dynamo';

useFreshTable();

describe('flow 1: first launch and onboarding', () => {
  it('asks goal, then level, takes the unit from the locale and offers today’s workout', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    const welcome = await talk.launch();
    expect(welcome.speech).toMatch(/welcome to lift coach/i);
    expect(welcome.speech).toMatch(/goal/i);
    expect(welcome.endsSession).toBe(false);

    const goal = await talk.say('SetGoalIntent', { goal: matched('bigger muscles', 'hypertrophy') });
    expect(goal.speech).toMatch(/muscle size/i);
    expect(goal.speech).toMatch(/beginner, intermediate or advanced/i);

    const level = await talk.say('SetLevelIntent', { level: matched('intermediate', 'intermediate') });
    expect(level.speech).toMatch(/intermediate/i);
    expect(level.speech).toMatch(/kilos/);
    expect(level.speech).toMatch(/today.s workout\?$/i);

    const plan = await talk.say('AMAZON.YesIntent');
    expect(plan.speech).toMatch(/today is a muscle-size/i);
    expect(plan.card).toBeDefined();
    expect(plan.speech).toMatch(/shall we start\?$/i);
  });

  it('uses pounds for en-US and welcomes a returning lifter back', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await talk.launch();
    await talk.say('SetGoalIntent', { goal: matched('strength', 'strength') });
    const level = await talk.say('SetLevelIntent', { level: matched('beginner', 'beginner') });
    expect(level.speech).toMatch(/pounds/);
    await talk.say('AMAZON.StopIntent');
    const back = await talk.launch();
    expect(back.speech).toMatch(/welcome back|good to see you/i);
    expect(back.speech).toMatch(/today.s workout\?$/i);
  });

  it('re-asks a goal it did not recognise, and changes nothing', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await talk.launch();
    const turn = await talk.say('SetGoalIntent', { goal: unmatched('flexibility') });
    expect(turn.speech).toMatch(/didn't catch the goal/i);
    expect(turn.reprompt).toMatch(/say 'muscle size', 'strength', or 'both'/i);
  });

  it('switches units and plans for the equipment the lifter has', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await talk.launch();
    await talk.say('SetGoalIntent', { goal: matched('both', 'both') });
    await talk.say('SetLevelIntent', { level: matched('beginner', 'beginner') });
    const units = await talk.say('SetUnitsIntent', { unit: matched('pounds', 'lb') });
    expect(units.speech).toMatch(/I'll count in pounds/i);
    const equipment = await talk.say('SetEquipmentIntent', {
      equipment: matched('only dumbbells', 'dumbbells'),
    });
    expect(equipment.speech).toMatch(/plan for dumbbells/i);
    const plan = await talk.say('TodaysWorkoutIntent');
    const card = cardText(plan.card);
    // Barbell and machine lifts stay out; the dumbbell compounds (goblet squat, dumbbell bench press…)
    // make the day, not three isolation lifts.
    expect(card).not.toMatch(/\d\. (Bench press|Squat|Leg press|Deadlift)/);
    expect(card).toMatch(/goblet squat/i);
    expect(card).toMatch(/dumbbell bench press/i);
  });
});
