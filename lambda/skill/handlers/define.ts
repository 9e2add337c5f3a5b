import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Guard } from '../guards';
import { type Turn, turnOf } from '../turn';

/** A request handler that receives the turn; `canHandle` is a guard, never a copied routing check. */
export function defineHandler(
  name: string,
  canHandle: Guard,
  handle: (input: HandlerInput, turn: Turn) => Promise<Response> | Response,
): RequestHandler & { name: string } {
  return {
    name,
    canHandle: (input) => canHandle(input),
    handle: (input) => handle(input, turnOf(input)),
  };
}
