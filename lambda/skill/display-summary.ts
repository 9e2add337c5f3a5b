import type { interfaces } from 'ask-sdk-model';
import workoutSummaryDocument from '../../skill-package/response/display/WorkoutSummary/document.json';
import type { Speaker } from './i18n';
import { writeWeight } from './speech/numbers';
import { writeNewBest } from './workout/new-best-words';
import { sayDaysAway } from './workout/next-session';
import type { WorkoutSummaryFacts } from './workout/summary';

export const summaryScreenToken = 'workoutSummary';

/** The finished workout on the screen: the figures the summary speaks, and the next session. */
export function summaryScreen(
  speaker: Speaker,
  facts: WorkoutSummaryFacts,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const figures = [{ value: String(facts.workingSets), label: speaker.fixed('screen.setsFigure') }];
  if (facts.volume)
    figures.push({ value: writeWeight(facts.volume), label: speaker.fixed('screen.volumeFigure') });
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: summaryScreenToken,
    document: workoutSummaryDocument as Record<string, unknown>,
    datasources: {
      workoutSummary: {
        title: speaker.fixed('screen.summaryTitle'),
        figures,
        records:
          facts.newRecords.length > 0
            ? speaker.fixed('screen.records', { lifts: facts.newRecords.map(writeNewBest).join(', ') })
            : '',
        next:
          facts.nextFocus && facts.nextInDays !== null
            ? speaker.fixed('screen.nextSession', {
                focus: speaker.fixed(`plan.focus.${facts.nextFocus}`),
                when: sayDaysAway(speaker, facts.nextInDays),
              })
            : '',
      },
    },
  };
}
