import { createHash } from 'node:crypto';

/**
 * A set's identity as the STATS and DONE items remember it: 12 base64url characters (72 bits) of a
 * hash of its `SET#<loggedAt>#<requestId>` key instead of the ~90-byte key. Both items are rewritten
 * in a transaction with every set (billed per started KB), and the identity is compared only among
 * the sets of one workout or one lift's session, where a collision is out of reach.
 */
export function setIdentity(setKey: string): string {
  return createHash('sha256').update(setKey).digest('base64url').slice(0, 12);
}
