import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * The yardstick for cold start and bundle size: the least a skill on this stack can be — ask-sdk-core
 * answering a LaunchRequest after reading one DynamoDB item. The bench bundles it at run time with
 * the same esbuild options as the real skill, so the difference between the two is Lift Coach's own.
 */
const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: async (input) => {
      const userId = input.requestEnvelope.context.System.user.userId;
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: `USER#${userId}`, SK: 'PROFILE' } }),
      );
      const speech = Item ? 'Welcome back. What would you like to do?' : 'Welcome. What is your goal?';
      return input.responseBuilder.speak(speech).reprompt(speech).getResponse();
    },
  })
  .create();

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
