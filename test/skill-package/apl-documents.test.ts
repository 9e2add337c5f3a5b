import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../lambda/skill/i18n/en';
import { parseInteractionModel } from '../../local/interaction-model';
import { createUtteranceResolver } from '../../local/utterance-resolver';
import { skillLocales } from '../../scripts/interaction-model/types';
import {
  type AplDocument,
  aplFindings,
  boundPaths,
  displayNames,
  readDocument,
  readSampleDatasource,
} from '../support/apl';
import { readInteractionModel } from './skill-package-files';

const documents = ['LiftProgress', 'WorkoutPlan', 'WorkoutRest', 'WorkoutSet', 'WorkoutSummary'];

describe('the APL documents, checked by apl-suggester and against their datasources', () => {
  it('are the ones the skill sends', () => {
    expect(displayNames()).toEqual(documents);
  });

  for (const name of documents) {
    it(`${name} and its sample datasource have no finding`, async () => {
      const document = readDocument(name);
      expect(boundPaths(document).length).toBeGreaterThan(0);
      expect(await aplFindings(document, readSampleDatasource(name))).toEqual([]);
    });

    it(`${name} lays out every screen size by viewport profile or width`, () => {
      const text = JSON.stringify(readDocument(name));
      expect(text).toMatch(/@viewportProfile == @hubRoundSmall|viewport\.shape == 'round'/);
    });

    it(`${name} leaves room in the 24 KB response for speech, card and datasource`, () => {
      const size =
        JSON.stringify(readDocument(name)).length + JSON.stringify(readSampleDatasource(name)).length;
      expect(size).toBeLessThan(8_000);
    });
  }

  it('finds every fault in a deliberately broken document', async () => {
    const broken = JSON.parse(
      readFileSync(new URL('./fixtures/broken-apl-document.json', import.meta.url), 'utf8'),
    ) as AplDocument;
    const findings = await aplFindings(broken, { workoutSet: { title: 'Bench press' } });
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/maxLines: should be integer/),
        expect.stringMatching(/unknown component Txt/),
        expect.stringMatching(/unknown command SendEvnt/),
        expect.stringMatching(/reads workoutSet\.missing/),
      ]),
    );
  });

  it('finds a datasource the skill built that strays from the sample', async () => {
    const sample = readSampleDatasource('WorkoutSet');
    const built = { workoutSet: { ...(sample.workoutSet as object), reps: 'five', extra: true } };
    const findings = await aplFindings(readDocument('WorkoutSet'), built, sample);
    expect(findings).toEqual([
      'datasource.workoutSet.extra: not in the sample datasource',
      'datasource.workoutSet.reps: is string, the sample has number',
    ]);
  });
});

describe.each(skillLocales)('what the %s screens tell a lifter to say', (locale) => {
  const resolver = createUtteranceResolver(parseInteractionModel(readInteractionModel(locale)));
  it.each([
    [en.screen.setHint.replace('{{- reps}}', 'eight'), 'LogSetIntent'],
    [en.screen.restHint, 'NextSetIntent'],
  ])('%s', (hint, intent) => {
    const said = /"([^"]+)"/.exec(hint)?.[1] ?? '';
    const resolution = resolver.resolve(said);
    expect(resolution.kind === 'intent' && resolution.intent).toBe(intent);
  });
});
