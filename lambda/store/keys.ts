import { createHash } from 'node:crypto';

/**
 * The item keys of the one table. They sort DONE#… < LOG#… < PERSON#… < PLOT#… < PROFILE < STATS#… <
 * WORKOUT#ACTIVE: a turn's one Query is a BETWEEN over PROFILE…WORKOUT#ACTIVE, and the set history
 * (LOG#…) lies outside it, so a turn reads the same few items however long the history. A turn that
 * draws a lift's chart starts its range at that lift's PLOT# item instead.
 */
export const profileSortKey = 'PROFILE';
export const activeWorkoutSortKey = 'WORKOUT#ACTIVE';
/** Logged sets: `LOG#<loggedAt>#<requestId>`, before PROFILE. */
export const setKeyPrefix = 'LOG#';
/**
 * Logged sets as tables written before the LOG# key hold them: `SET#<loggedAt>#<requestId>`, inside
 * the turn's range (read past, filtered out, still billed). Every reader understands both;
 * `npm run migrate` moves them (docs/deploy.md).
 */
export const legacySetKeyPrefix = 'SET#';
/**
 * Carried only by a set the migration moved from SET# to LOG# (the time it moved): its progress was
 * applied when it was first logged, so the stream's insert of the copy must not reach the progress
 * Lambda (a replay would change nothing, but costs an invocation per set).
 */
export const migratedSetAttribute = 'migratedAt';
export const statsKeyPrefix = 'STATS#';
/** A lift's chart of earlier sessions: just before PROFILE, so one range reaches it and the turn's items. */
export const chartKeyPrefix = 'PLOT#';
export const summaryKeyPrefix = 'DONE#';
/**
 * Under an ACCOUNT's partition (Alexa userId), one item per recognised person who used the skill:
 * their data lives under their personId, and disabling the skill names only the account. Sorts
 * between DONE#… and PROFILE, outside a turn's Query range.
 */
export const personLinkPrefix = 'PERSON#';

/** `<id>` is Alexa's personId when the speaker was recognised, else the userId. */
export function userPartitionKey(userId: string): string {
  return `USER#${userId}`;
}

export function userIdFromPartitionKey(partitionKey: string): string | null {
  return partitionKey.startsWith('USER#') ? partitionKey.slice('USER#'.length) : null;
}

/** Alexa's request id is part of the key, so a retried request addresses the same set item. */
export function setSortKey(loggedAt: string, requestId: string): string {
  return `${setKeyPrefix}${loggedAt}#${requestId}`;
}

/** Either shape of a logged set's sort key. */
export function isSetSortKey(sortKey: string): boolean {
  return sortKey.startsWith(setKeyPrefix) || sortKey.startsWith(legacySetKeyPrefix);
}

/**
 * `<loggedAt>#<requestId>` of a set key of either shape: the set's place in time, for ordering sets
 * whose keys have different prefixes. Null for any other key.
 */
export function setKeyBody(sortKey: string): string | null {
  if (sortKey.startsWith(setKeyPrefix)) return sortKey.slice(setKeyPrefix.length);
  if (sortKey.startsWith(legacySetKeyPrefix)) return sortKey.slice(legacySetKeyPrefix.length);
  return null;
}

/** The LOG# key of a set stored under either shape (what the migration moves it to). */
export function currentSetSortKey(sortKey: string): string {
  const body = setKeyBody(sortKey);
  return body === null ? sortKey : `${setKeyPrefix}${body}`;
}

/** How Alexa request ids begin; the compact codecs store only the tail. */
export const alexaRequestIdPrefix = 'amzn1.echo-api.request.';

/** A set key's parts as the compact codecs store them: the time in epoch ms, the request id's tail. */
export interface SetKeyParts {
  legacy: boolean;
  epochMs: number;
  requestTail: string;
}

/**
 * The parts of `LOG#<iso>#amzn1.echo-api.request.<tail>` (or SET#…), or null when the key has any
 * other form (a time that does not read back the same, another request id, an empty tail): such a
 * key is stored as it is.
 */
export function setKeyParts(setKey: string): SetKeyParts | null {
  const legacy = setKey.startsWith(legacySetKeyPrefix);
  const body = setKeyBody(setKey);
  if (body === null) return null;
  const split = body.indexOf('#');
  const time = body.slice(0, split);
  const requestId = body.slice(split + 1);
  const epochMs = Date.parse(time);
  if (
    split > 0 &&
    requestId.startsWith(alexaRequestIdPrefix) &&
    requestId.length > alexaRequestIdPrefix.length &&
    Number.isFinite(epochMs) &&
    epochMs >= 0 &&
    new Date(epochMs).toISOString() === time
  ) {
    return { legacy, epochMs, requestTail: requestId.slice(alexaRequestIdPrefix.length) };
  }
  return null;
}

/** The set key `setKeyParts` took apart. */
export function setKeyFromParts(parts: SetKeyParts): string {
  const prefix = parts.legacy ? legacySetKeyPrefix : setKeyPrefix;
  return `${prefix}${new Date(parts.epochMs).toISOString()}#${alexaRequestIdPrefix}${parts.requestTail}`;
}

/**
 * A lifter's "undo that" for one set: the set item stays as it was and this item, put if absent,
 * withdraws it. Built on the set's own key, so it sorts right after the set, passes the stream filter
 * sets pass (and follows any rename of the set prefix), and a second undo of the same set is a replay.
 */
export const withdrawalKeySuffix = '#WITHDRAWN';

export function withdrawalSortKey(setKey: string): string {
  return `${setKey}${withdrawalKeySuffix}`;
}

export function isWithdrawalSortKey(sortKey: string): boolean {
  return isSetSortKey(sortKey) && sortKey.endsWith(withdrawalKeySuffix);
}

/**
 * How a logged set felt, said after it ("that was easy"): the set item stays as it was and this
 * item, put if absent, rates it. Built on the set's own key like a withdrawal (sorts with the set,
 * passes the same stream filter), with the rating request's id, so a lifter who changes their mind
 * ("actually, that was hard") adds a second rating, and a retried request is a replay.
 */
export const ratingKeyInfix = '#RATED#';

export function ratingSortKey(setKey: string, requestId: string): string {
  return `${setKey}${ratingKeyInfix}${requestId}`;
}

export function isRatingSortKey(sortKey: string): boolean {
  return isSetSortKey(sortKey) && sortKey.includes(ratingKeyInfix);
}

export function personLinkSortKey(personId: string): string {
  return `${personLinkPrefix}${personId}`;
}

export function chartSortKey(exerciseId: string): string {
  return `${chartKeyPrefix}${exerciseId}`;
}

export function statsSortKey(exerciseId: string): string {
  return `${statsKeyPrefix}${exerciseId}`;
}

/** The date is the workout's start date (UTC), so a session past midnight keeps one summary. */
export function summarySortKey(workoutStartedAt: string, workoutId: string): string {
  return `${summaryKeyPrefix}${workoutStartedAt.slice(0, 10)}#${workoutId}`;
}

/** Logs name a user only by this one-way hash: enough to follow one user's turns, not to identify them. */
export function hashUserId(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 12);
}
