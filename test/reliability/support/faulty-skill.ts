import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../../local/fault-proxy';
import { TimersEmulator } from '../../../local/timers-emulator';
import { type Conversation, createConversation, skillHandler } from '../../support/alexa';
import { type FreshTable, useFreshTable } from '../../support/dynamo';

/**
 * A test file's skill behind the fault proxy: the skill's DynamoDB client talks to the proxy (the
 * endpoint is set before the skill module loads), while `direct` reads the table behind its back.
 * Rest timers go to a loopback Timers API emulator, never to the internet.
 */
export interface FaultySkill {
  readonly proxy: FaultProxy;
  /** The table as DynamoDB Local holds it, read without the proxy. */
  readonly direct: FreshTable;
  readonly timers: TimersEmulator;
  conversation(options?: { userId?: string; deviceId?: string }): Conversation;
}

export function useFaultySkill(): FaultySkill {
  const table = useFreshTable();
  const state = {} as { proxy: FaultProxy; direct: FreshTable; timers: TimersEmulator };
  beforeAll(async () => {
    const endpoint = inject('dynamoEndpoint');
    const client = new DynamoDBClient({ endpoint });
    state.direct = { name: table.name, client, documentClient: DynamoDBDocumentClient.from(client) };
    state.proxy = await startFaultProxy(endpoint);
    state.timers = await TimersEmulator.start();
    process.env.AWS_ENDPOINT_URL_DYNAMODB = state.proxy.endpoint;
    await skillHandler();
  });
  afterEach(() => state.proxy.reset());
  afterAll(async () => {
    await state.timers?.close();
    await state.proxy?.close();
    state.direct?.client.destroy();
    process.env.AWS_ENDPOINT_URL_DYNAMODB = inject('dynamoEndpoint');
  });
  return {
    get proxy() {
      return state.proxy;
    },
    get direct() {
      return state.direct;
    },
    get timers() {
      return state.timers;
    },
    conversation(options = {}) {
      return createConversation({
        apiEndpoint: state.timers.apiEndpoint,
        apiAccessToken: state.timers.apiAccessToken,
        ...options,
      });
    },
  };
}
