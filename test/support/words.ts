import { loadInteractionModel } from '../../local/interaction-model';
import { createUtteranceResolver, type UtteranceResolver } from '../../local/utterance-resolver';
import type { Conversation, Turn } from './alexa';

const resolvers = new Map<string, UtteranceResolver>();

function resolverFor(locale: string): UtteranceResolver {
  let resolver = resolvers.get(locale);
  if (!resolver) {
    resolver = createUtteranceResolver(loadInteractionModel(locale));
    resolvers.set(locale, resolver);
  }
  return resolver;
}

/**
 * Says a sentence the way a lifter would: the shipped interaction model turns it into the intent and
 * slots Alexa would send (exact entity resolution), so a phrase the model does not know fails the test
 * instead of being typed in as an intent by hand.
 */
export async function hear(talk: Conversation, text: string): Promise<Turn> {
  const resolution = resolverFor(talk.session.locale).resolve(text);
  if (resolution.kind === 'launch') return talk.launch();
  if (!resolution.understood) {
    throw new Error(
      `"${text}" is not understood by the model: ${resolution.intent} ${JSON.stringify(resolution.slots)}`,
    );
  }
  return talk.say(resolution.intent, resolution.slots);
}
