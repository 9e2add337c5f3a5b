import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RequestInterceptor } from 'ask-sdk-core';
import { createStore, type Store } from '../store';
import { currentTableName, type SkillConfig } from './config';
import { logger, turnLogFields } from './logging';
import { beginTurn } from './turn';

/**
 * Sets up the turn (user key, strings, clock, lazy one-read load) and logs what came in, by hash.
 * The store is made once per table name: the table is fixed in the cloud, per test file locally.
 */
export function turnInterceptor(
  config: SkillConfig,
  documentClient: DynamoDBDocumentClient,
): RequestInterceptor {
  const stores = new Map<string, Store>();
  return {
    async process(input) {
      const tableName = currentTableName(config);
      let store = stores.get(tableName);
      if (!store) {
        store = createStore({ documentClient, tableName, logger });
        stores.set(tableName, store);
      }
      await beginTurn(input, store, new Date(), config.skillId);
      logger.info('Turn', { ...turnLogFields(input) });
    },
  };
}
