/**
 * What the fault proxy reads off a DynamoDB request on the wire and what it answers instead: the
 * operation and its class (from `X-Amz-Target`), the tables a body names, and DynamoDB's error bodies.
 */

export type FaultKind =
  | 'provisioned-throughput-exceeded'
  | 'throttling'
  | 'internal-server-error'
  | 'timeout'
  | 'dropped-connection';

export type FaultMoment = 'before-forwarding' | 'after-forwarding';

export type OperationClass = 'read' | 'write' | 'stream' | 'control';

const readOperations = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const writeOperations = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
  'ExecuteStatement',
  'ExecuteTransaction',
  'BatchExecuteStatement',
]);

export function classifyOperation(target: string): { operation: string; operationClass: OperationClass } {
  const [service = '', operation = ''] = target.split('.');
  if (service.startsWith('DynamoDBStreams')) return { operation, operationClass: 'stream' };
  if (readOperations.has(operation)) return { operation, operationClass: 'read' };
  if (writeOperations.has(operation)) return { operation, operationClass: 'write' };
  return { operation, operationClass: 'control' };
}

/** The bodies DynamoDB answers with; the SDK maps `__type` to its modelled exception classes. */
export const errorAnswers: Record<
  Exclude<FaultKind, 'timeout' | 'dropped-connection'>,
  [number, string, string]
> = {
  'provisioned-throughput-exceeded': [
    400,
    'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    'The level of configured provisioned throughput for the table was exceeded.',
  ],
  throttling: [
    400,
    'com.amazon.coral.availability#ThrottlingException',
    'Rate of requests exceeds the allowed throughput.',
  ],
  'internal-server-error': [
    500,
    'com.amazonaws.dynamodb.v20120810#InternalServerError',
    'Internal server error',
  ],
};

export function parseBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Single-item calls name their table at the top; transactions per item; batches as map keys. */
export function tablesNamedIn(body: Record<string, unknown>): string[] {
  const names = new Set<string>();
  if (typeof body.TableName === 'string') names.add(body.TableName);
  if (Array.isArray(body.TransactItems)) {
    for (const entry of body.TransactItems as Record<string, { TableName?: unknown } | undefined>[]) {
      for (const action of Object.values(entry ?? {})) {
        if (typeof action?.TableName === 'string') names.add(action.TableName);
      }
    }
  }
  if (body.RequestItems && typeof body.RequestItems === 'object') {
    for (const name of Object.keys(body.RequestItems)) names.add(name);
  }
  return [...names];
}
