import { describe, expect, it } from 'vitest';
import { skillLocales } from '../../scripts/interaction-model/types';
import { manifestSchema } from './manifest-schema';
import { readInteractionModel, readSkillPackageJson, samplePattern } from './skill-package-files';

// The manifest fields the flows depend on: the timers permission, the task a timer launches, the
// screen interface, and the events that delete data or record timer consent.

const placeholderArn = 'arn:aws:lambda:us-east-1:123456789012:function:REPLACE-WITH-SkillFunctionArn-OUTPUT';

const { manifest } = manifestSchema.parse(readSkillPackageJson('skill.json'));

// What Alexa accepts before an utterance: "Alexa, ask lift coach …", "Alexa, tell lift coach to …".
const invocationPrefix = /^Alexa, (ask|tell|open|launch|start) lift coach( to| for| about| that|)\b\s*/i;

describe('skill.json', () => {
  it('publishes Lift Coach in exactly the five locales that have an interaction model', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...skillLocales].sort());
    expect(manifest.publishingInformation.distributionCountries.sort()).toEqual([
      'AU',
      'CA',
      'GB',
      'IN',
      'US',
    ]);
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
  });

  it('asks for the timers permission the rest countdown uses', () => {
    expect(manifest.permissions).toContainEqual({ name: 'alexa::alerts:timers:skill:readwrite' });
  });

  it('declares the ResumeWorkout task, version 1, that a finished rest timer launches', () => {
    expect(manifest.apis.custom.tasks).toEqual([{ name: 'ResumeWorkout', version: '1' }]);
  });

  it('supports APL so screens show the plan', () => {
    expect(manifest.apis.custom.interfaces.map((item) => item.type)).toContain('ALEXA_PRESENTATION_APL');
  });

  it('subscribes to the events that delete data and record timer consent', () => {
    expect(manifest.events.subscriptions.map((event) => event.eventName).sort()).toEqual([
      'SKILL_DISABLED',
      'SKILL_PERMISSION_ACCEPTED',
      'SKILL_PERMISSION_CHANGED',
    ]);
  });

  it('sends requests and events to one Lambda, named by a placeholder a deployer cannot miss', () => {
    expect(manifest.apis.custom.endpoint.uri).toBe(placeholderArn);
    expect(manifest.events.endpoint.uri).toBe(placeholderArn);
  });

  it('is not directed at children and sells nothing', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      isChildDirected: false,
      containsAds: false,
    });
  });

  describe.each(skillLocales)('%s example phrases', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    const samples = readInteractionModel(locale).interactionModel.languageModel.intents.flatMap(
      (intent) => intent.samples,
    );

    it('start with the wake word and the invocation name', () => {
      expect(info?.examplePhrases[0]).toBe('Alexa, open lift coach');
      for (const phrase of info?.examplePhrases ?? []) expect(phrase).toMatch(invocationPrefix);
    });

    it('are samples of the interaction model once the invocation is removed', () => {
      for (const phrase of info?.examplePhrases ?? []) {
        const utterance = phrase.replace(invocationPrefix, '');
        if (utterance === '') continue;
        expect(
          samples.some((sample) => samplePattern(sample).test(utterance)),
          `"${utterance}" matches no sample`,
        ).toBe(true);
      }
    });
  });

  it('finds an utterance only in the samples that say it', () => {
    expect(samplePattern('I did {reps}').test('I did eight')).toBe(true);
    expect(samplePattern('I did {reps}').test('I did')).toBe(false);
    expect(samplePattern("what's my workout today").test('what is my workout today')).toBe(false);
  });
});
