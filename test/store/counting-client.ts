import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A document client whose every request is recorded by operation name. The middleware sits in the
 * deserialize step, inside the SDK's retry loop, so it counts what goes on the wire, retries included.
 */
export function countingDocumentClient(): {
  documentClient: DynamoDBDocumentClient;
  calls: string[];
  destroy(): void;
} {
  const client = new DynamoDBClient({});
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'deserialize', name: 'countDynamoCalls' },
  );
  const documentClient = DynamoDBDocumentClient.from(client);
  return { documentClient, calls, destroy: () => client.destroy() };
}
