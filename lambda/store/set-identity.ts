import { createHash } from 'node:crypto';
import { legacySetKeyPrefix, setKeyBody } from './keys';

/**
 * A set's identity as the STATS and DONE items remember it: 12 base64url characters (72 bits) of a
 * hash of its `SET#<loggedAt>#<requestId>` key instead of the ~90-byte key. Both items are rewritten
 * in a transaction with every set (billed per started KB), and the identity is compared only among
 * the sets of one workout or one lift's session, where a collision is out of reach.
 */
export function setIdentity(setKey: string): string {
  // Hashed in the SET# shape whichever prefix the key has: identities stored before the LOG# key
  // stay valid, and a set the migration moved is the same set (a replay), not a new one.
  const body = setKeyBody(setKey);
  const canonical = body === null ? setKey : `${legacySetKeyPrefix}${body}`;
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}
