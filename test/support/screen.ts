import type { interfaces } from 'ask-sdk-model';
import { expect } from 'vitest';
import { type Button, type Screen, screenFrom, tap } from '../../local/apl-screen';
import type { Conversation, Turn } from './alexa';
import { directiveFindings } from './apl';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export function renderedDocument(turn: Turn): RenderDocument | undefined {
  return turn.directive<RenderDocument>('Alexa.Presentation.APL.RenderDocument');
}

/**
 * The document a turn put on the screen, checked the way the device would get it: apl-suggester
 * finds nothing, and the datasource the skill built has the sample's shape and every field read.
 */
export async function shownScreen(turn: Turn, token: string): Promise<Screen> {
  const directive = renderedDocument(turn);
  expect(directive?.token, `the turn shows "${token}"`).toBe(token);
  expect(await directiveFindings(directive as RenderDocument)).toEqual([]);
  return screenFrom(directive as RenderDocument, Date.now());
}

/** The UserEvent a touch on the screen sends, exactly as the document's SendEvent builds it. */
export function touchEvent(talk: Conversation, screen: Screen, button: Button) {
  const touched = tap(screen, button);
  if (touched.kind !== 'event') throw new Error(`tapping ${button} sends nothing`);
  return talk.session.rawRequest('Alexa.Presentation.APL.UserEvent', {
    token: screen.token,
    arguments: touched.arguments,
    source: { type: 'TouchWrapper', handler: 'Press', id: button },
  });
}

export function tapOn(talk: Conversation, screen: Screen, button: Button): Promise<Turn> {
  return talk.send(touchEvent(talk, screen, button));
}
