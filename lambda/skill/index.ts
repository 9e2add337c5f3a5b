import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DefaultApiClient, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readConfig } from './config';
import { screenInterceptor } from './display-screen';
import { requestHandlers } from './handlers';
import { errorHandler } from './handlers/error';
import { turnInterceptor } from './interceptors';

// The skill's entry: wiring only. Built once per container; the conversation lives in ./handlers.

const config = readConfig();

// One client per container (connection reuse); locally the SDK reads AWS_ENDPOINT_URL_DYNAMODB itself.
// Alexa stops listening after 8 s and the SDK's default socket timeout is 5 minutes: a stalled call
// is cut off after 1.5 s and retried (3 attempts), so the lifter always hears "say it again" in time.
const documentClient = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 1_500, throwOnRequestTimeout: true },
  }),
);

const builder = SkillBuilders.custom()
  .addRequestHandlers(...requestHandlers)
  .addRequestInterceptors(turnInterceptor(config, documentClient))
  .addResponseInterceptors(screenInterceptor)
  .addErrorHandlers(errorHandler)
  .withApiClient(new DefaultApiClient());

const skill = (config.skillId ? builder.withSkillId(config.skillId) : builder).create();

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
