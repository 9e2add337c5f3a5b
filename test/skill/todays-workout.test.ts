import type { interfaces } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import workoutPlanDocument from '../../skill-package/response/display/WorkoutPlan/document.json';
import { cardText, createConversation } from '../support/alexa';
import { onboard, stateMax } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';

useFreshTable();

describe("flow 2: today's workout", () => {
  it('speaks a short overview, puts the full plan on the card and renders APL on a screen', async () => {
    const talk = createConversation({ locale: 'en-GB', screen: true });
    await onboard(talk);
    await stateMax(talk, 'bench-press', 100);
    const turn = await talk.say('TodaysWorkoutIntent');
    expect(turn.speech).toMatch(
      /today is a muscle-size upper-body day: bench press, barbell row, overhead press, and two more\./i,
    );
    expect(turn.speech).toMatch(/on your screen\. shall we start\?$/i);
    const card = cardText(turn.card);
    expect(card).toMatch(/1\. Bench press: Warm-ups, then 3 × 8 @ 75 kg · rest 1 min 30 s/);
    expect(card).toMatch(/Barbell row: Find your weight/);
    const apl = turn.directive<interfaces.alexa.presentation.apl.RenderDocumentDirective>(
      'Alexa.Presentation.APL.RenderDocument',
    );
    expect(apl?.document).toEqual(workoutPlanDocument);
    const data = apl?.datasources?.workoutPlan as {
      exercises: { name: string; detail: string }[];
      subtitle: string;
    };
    expect(data.exercises).toHaveLength(5);
    expect(data.exercises[0]).toEqual({
      name: 'Bench press',
      detail: 'Warm-ups, then 3 × 8 @ 75 kg · rest 1 min 30 s',
    });
    expect(data.subtitle).toBe('Upper-body · muscle-size');
  });

  it('sends no APL to a device without a screen', async () => {
    const talk = createConversation({ locale: 'en-US' });
    await onboard(talk);
    const turn = await talk.say('TodaysWorkoutIntent');
    expect(turn.directive('Alexa.Presentation.APL.RenderDocument')).toBeUndefined();
    expect(turn.speech).toMatch(/in your Alexa app\. shall we start\?$/i);
    expect(cardText(turn.card)).toMatch(/Find your weight/);
  });

  it('starts the workout on yes', async () => {
    const talk = createConversation({ locale: 'en-GB' });
    await onboard(talk);
    await talk.say('TodaysWorkoutIntent');
    const start = await talk.say('AMAZON.YesIntent');
    expect(start.speech).toMatch(/let's go|let's get to work|here we go/i);
  });
});
