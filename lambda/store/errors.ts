/**
 * A store call that failed for a reason other than a lost race (the table is unreachable, throttled
 * beyond the SDK's retries, or the caller handed over an item the schema rejects). Lost races and
 * replays are results, not errors, so the skill can tell "say that again" from "I couldn't save that".
 */
export class StoreError extends Error {
  override name = 'StoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
