import { describe, expect, it } from 'vitest';
import { matched } from '../../local/alexa-requests';
import { renderScreen } from '../../local/apl-screen';
import { createConversation } from '../support/alexa';
import { onboard, putLiftStats } from '../support/conversation';
import { useFreshTable } from '../support/dynamo';
import { renderedDocument, shownScreen } from '../support/screen';

const table = useFreshTable();

const kg = (value: number) => ({ value, unit: 'kg' as const });

/** Bench stats as the progress Lambda leaves them after four sessions. */
async function benchStats(userKey: string) {
  const at = '2026-11-27T10:00:00.000Z';
  await putLiftStats(table, userKey, {
    exerciseId: 'bench-press',
    estimatedOneRepMax: kg(96.5),
    bestSet: { setKey: `SET#${at}#r`, reps: 5, load: kg(85), oneRepMax: kg(96.5), at, workoutId: 'w4' },
    personalRecordAt: at,
    recent: [
      { at: '2026-11-20T10:00:00.000Z', max: kg(90), top: kg(77.5) },
      { at: '2026-11-22T10:00:00.000Z', max: kg(92), top: kg(80) },
      { at: '2026-11-25T10:00:00.000Z', max: kg(94.5), top: kg(82.5) },
      { at, max: kg(96.5), top: kg(85) },
    ],
    version: 4,
    updatedAt: at,
  });
}

describe('"how is my bench going" on a screen', () => {
  it('draws the estimated max and best set per session and writes the latest out', async () => {
    const talk = createConversation({ locale: 'en-GB', screen: true });
    await onboard(talk);
    await benchStats(talk.session.userId);
    const turn = await talk.say('MyProgressIntent', { exercise: matched('bench', 'bench-press') });
    expect(turn.speech).toMatch(/your bench press max is about ninety-five kilos/i);
    const chart = await shownScreen(turn, 'liftProgress');
    expect(chart.datasources.liftProgress).toMatchObject({
      title: 'Bench press',
      latest: '96.5 kg',
      latestLabel: 'estimated max, 4 sessions',
      // Highest value at the top (y 5), lowest at the bottom (y 55), sessions evenly left to right.
      estimatePath: 'M0,22.1 L33.3,16.8 L66.7,10.3 L100,5',
      bestPath: 'M0,55 L33.3,48.4 L66.7,41.8 L100,35.3',
      range: '77.5 kg – 96.5 kg',
    });
    expect(renderScreen(chart, Date.now())[0]).toBe('Bench press — 96.5 kg estimated max, 4 sessions');

    const overall = await talk.say('MyProgressIntent');
    await shownScreen(overall, 'liftProgress');
  });

  it('sends no chart to a device without a screen, or for a lift without numbers', async () => {
    const voice = createConversation({ locale: 'en-GB' });
    await onboard(voice);
    await benchStats(voice.session.userId);
    const spoken = await voice.say('MyProgressIntent', { exercise: matched('bench', 'bench-press') });
    expect(renderedDocument(spoken)).toBeUndefined();

    const show = createConversation({ locale: 'en-GB', screen: true });
    await onboard(show);
    const none = await show.say('MyProgressIntent', { exercise: matched('squat', 'squat') });
    expect(none.speech).toMatch(/don't have progress for squat yet/i);
    expect(renderedDocument(none)).toBeUndefined();
  });
});
