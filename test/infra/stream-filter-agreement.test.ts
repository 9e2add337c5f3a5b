import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { isLoggedSetInsert } from '../../lambda/progress/stream-filter';
import { ratingSortKey, withdrawalSortKey } from '../../lambda/store/keys';
import { onlyResource, synthesizeLiftCoach } from './lift-coach-fixture';

type Pattern = { [key: string]: Pattern | (string | { prefix: string } | { exists: boolean })[] };

/**
 * Lambda's event filtering for the operators this stack uses: a list of allowed values (exact, or
 * `{ prefix }`) at a leaf, nested objects otherwise. Anything else is refused, so the test cannot
 * silently approve an operator it does not understand.
 */
function matches(pattern: Pattern, value: unknown): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const field = (value as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(rule)) return matches(rule, field);
    return rule.some((allowed) => {
      if (typeof allowed === 'string') return field === allowed;
      if ('prefix' in allowed && Object.keys(allowed).join() === 'prefix')
        return typeof field === 'string' && field.startsWith(allowed.prefix);
      if ('exists' in allowed && Object.keys(allowed).join() === 'exists')
        return (field !== undefined) === allowed.exists;
      throw new Error(`Filter operator not understood by this test: ${JSON.stringify(allowed)}`);
    });
  });
}

function record(
  eventName: DynamoDBRecord['eventName'],
  sortKey: string,
  image: Record<string, { S: string }> = {},
): DynamoDBRecord {
  const Keys = { PK: { S: 'USER#amzn1.ask.account.example' }, SK: { S: sortKey } };
  return { eventName, eventSource: 'aws:dynamodb', dynamodb: { Keys, NewImage: { ...Keys, ...image } } };
}

describe('the stack filter and the progress code agree on which records are logged sets', () => {
  const lift = synthesizeLiftCoach();
  const mapping = onlyResource(lift.template, 'AWS::Lambda::EventSourceMapping').properties;
  const patterns = (mapping.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map(
    (filter) => JSON.parse(filter.Pattern) as Pattern,
  );
  const passesStack = (r: DynamoDBRecord) => patterns.some((pattern) => matches(pattern, r));

  it.each([
    ['a new set', record('INSERT', 'LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1'), true],
    [
      'a set logged before the LOG# key',
      record('INSERT', 'SET#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1'),
      true,
    ],
    [
      'a set the migration moved (applied when first logged)',
      record('INSERT', 'LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1', {
        migratedAt: { S: '2026-12-01T20:00:00.000Z' },
      }),
      false,
    ],
    ['a set rewritten', record('MODIFY', 'LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1'), false],
    [
      'a set deleted with the user data',
      record('REMOVE', 'LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1'),
      false,
    ],
    [
      'an old-shape set deleted by the migration',
      record('REMOVE', 'SET#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1'),
      false,
    ],
    [
      'a withdrawal of a set ("undo that")',
      record('INSERT', withdrawalSortKey('LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1')),
      true,
    ],
    [
      'a rating of a set ("that was easy")',
      record(
        'INSERT',
        ratingSortKey('LOG#2026-11-26T07:40:00.000Z#amzn1.echo-api.request.1', 'amzn1.echo-api.request.2'),
      ),
      true,
    ],
    ['new lift stats (progress writes them itself)', record('INSERT', 'STATS#bench-press'), false],
    ['a workout summary', record('INSERT', 'DONE#2026-11-26#workout-1'), false],
    ['a new profile', record('INSERT', 'PROFILE'), false],
    ['an active workout', record('INSERT', 'WORKOUT#ACTIVE'), false],
  ])('%s: delivered = %s', (_name, streamRecord, delivered) => {
    expect(passesStack(streamRecord)).toBe(delivered);
    expect(isLoggedSetInsert(streamRecord)).toBe(delivered);
  });
});
