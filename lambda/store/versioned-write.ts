/**
 * Optimistic locking shared by every versioned item: the caller hands back the version it read, the
 * store writes `version + 1` on condition that the stored one is unchanged. Version 0 means "not
 * stored yet" and also covers an unreadable item whose version attribute is missing or not a number,
 * so a corrupted item can be replaced without ever losing a concurrent update of a readable one.
 */
export interface ConditionalPut {
  Item: Record<string, unknown>;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

export function versionedPut(
  key: { PK: string; SK: string },
  body: Record<string, unknown> & { version: number },
): ConditionalPut {
  const Item = { ...body, ...key, version: body.version + 1 };
  if (body.version === 0) {
    return {
      Item,
      ConditionExpression: 'attribute_not_exists(#version) OR NOT attribute_type(#version, :number)',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':number': 'N' },
    };
  }
  return {
    Item,
    ConditionExpression: '#version = :read',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':read': body.version },
  };
}

/** The version found on a stored item, even an otherwise unreadable one (0 when there is none). */
export function storedVersion(item: Record<string, unknown> | undefined): number {
  const version = item?.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Drops the key attributes so callers see the item's own fields only. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { PK: _pk, SK: _sk, ...rest } = item;
  return rest;
}
