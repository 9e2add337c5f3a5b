import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandlerInput } from 'ask-sdk-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routedIntentNames } from '../../lambda/skill/guards';
import { requestHandlers } from '../../lambda/skill/handlers';
import { speakerFor } from '../../lambda/skill/i18n';
import { beginTurn } from '../../lambda/skill/turn';
import type { LoadedUser, Store } from '../../lambda/store';
import { createAlexaSession } from '../../local/alexa-requests';

const modelFolder = resolve('skill-package/interactionModels/custom');
const locales = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'];

const modelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({ intents: z.array(z.object({ name: z.string() })) }),
  }),
});

function intentsOf(locale: string): string[] {
  const model = modelSchema.parse(JSON.parse(readFileSync(resolve(modelFolder, `${locale}.json`), 'utf8')));
  return model.interactionModel.languageModel.intents.map((intent) => intent.name);
}

/** A store that answers the one read with a given state and refuses writes (routing needs none). */
function storeWith(user: LoadedUser): Store {
  return {
    loadUser: async () => user,
    saveTurn: async () => {
      throw new Error('routing must not write');
    },
  } as unknown as Store;
}

const withoutWorkout: LoadedUser = {
  profile: null,
  activeWorkout: null,
  workoutVersion: 0,
  stats: {},
  charts: {},
  recovered: { activeWorkoutDiscarded: false, profileRepaired: false, unreadableStats: [] },
};

/** The name of the first handler that takes this intent, the way ask-sdk picks it. */
async function routeOf(intent: string, user: LoadedUser): Promise<string | undefined> {
  const session = createAlexaSession({ skillId: 'amzn1.ask.skill.model-test' });
  const input = {
    requestEnvelope: session.intent(intent),
    attributesManager: (() => {
      let request: Record<string, unknown> = {};
      return {
        getRequestAttributes: () => request,
        setRequestAttributes: (next: Record<string, unknown>) => {
          request = next;
        },
        getSessionAttributes: () => ({}),
      };
    })(),
  } as unknown as HandlerInput;
  await beginTurn(input, storeWith(user), new Date(), undefined);
  for (const handler of requestHandlers) {
    if (await handler.canHandle(input)) return handler.name;
  }
  return undefined;
}

describe('the interaction model and the handlers agree', () => {
  it('has a model file for every locale', () => {
    for (const locale of locales)
      expect(existsSync(resolve(modelFolder, `${locale}.json`)), locale).toBe(true);
    expect(readdirSync(modelFolder).sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
  });

  it.each(locales)('every intent of %s reaches a handler of its own, not a catch-all', async (locale) => {
    await speakerFor(locale);
    for (const intent of intentsOf(locale)) {
      const route = await routeOf(intent, withoutWorkout);
      expect(route, `${locale} ${intent}`).toBeDefined();
      expect(
        ['UnknownIntent', 'UnexpectedRequest'],
        `${locale} ${intent} falls to a catch-all`,
      ).not.toContain(route);
    }
  });

  it.each(locales)('every intent a handler routes on is in %s', (locale) => {
    const intents = new Set(intentsOf(locale));
    expect([...routedIntentNames].filter((name) => !intents.has(name))).toEqual([]);
    expect(routedIntentNames.size).toBeGreaterThan(30);
  });
});
