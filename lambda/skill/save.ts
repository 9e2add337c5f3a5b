import type { SaveTurnResult, TurnChanges } from '../store';
import { StoreError } from '../store';
import { rememberSavedWorkout } from './display-screen';
import { describeError, logger } from './logging';
import type { Turn } from './turn';

export type SaveOutcome =
  | { ok: true; result: SaveTurnResult & { ok: true } }
  | { ok: true; replayed: true }
  | { ok: false };

/**
 * The turn's one write. A replay of a request already stored counts as success (Alexa retried);
 * a lost race or a store failure is reported so the handler never claims it saved anything.
 */
export async function saveChanges(turn: Turn, changes: TurnChanges): Promise<SaveOutcome> {
  try {
    const result = await turn.store.saveTurn(turn.userKey, await withAccountLink(turn, changes));
    if (result.ok) {
      rememberSavedWorkout(turn, changes);
      return { ok: true, result };
    }
    if (result.reason === 'already-logged') return { ok: true, replayed: true };
    logger.warn('Turn lost a race and saved nothing', { user: turn.userHash, item: result.item });
    return { ok: false };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    logger.error('Turn could not be saved', { user: turn.userHash, ...describeError(error) });
    return { ok: false };
  }
}

/**
 * A recognised person's data lives under their personId; the first time they save anything it is
 * linked under the account, so disabling the skill (an account event) removes it too.
 */
async function withAccountLink(turn: Turn, changes: TurnChanges): Promise<TurnChanges> {
  if (turn.accountId === turn.userKey) return changes;
  const { profile } = await turn.user();
  return profile ? changes : { ...changes, linkToAccount: turn.accountId };
}
