import type { AttributeValue } from 'aws-lambda';
import { ProgressError } from './errors';

/**
 * Turns a stream image (DynamoDB's typed JSON) into plain values for zod to check. Only the types
 * Lift Coach items use are accepted; anything else makes the record unreadable, which is what a
 * poison record should be.
 */
export function fromAttributeValues(image: Record<string, AttributeValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, fromAttributeValue(value)]));
}

function fromAttributeValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return fromAttributeValues(value.M);
  if (value.L !== undefined) return value.L.map(fromAttributeValue);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  throw new ProgressError(`Unsupported attribute type ${Object.keys(value).join(',') || '(none)'}`);
}
