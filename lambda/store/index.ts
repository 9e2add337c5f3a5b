import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DeleteUserOptions, deleteUser } from './delete-user';
import type { StoredLiftProgress } from './lift-progress-items';
import { type LoadedUser, type LoadOptions, loadUser } from './load-user';
import { consoleStoreLogger, type StoreLogger } from './logger';
import {
  type LiftProgress,
  readLiftProgress,
  type SaveProgressResult,
  saveLiftProgress,
  type WorkoutRef,
} from './progress-access';
import { type SaveTurnResult, saveTurn, type TurnChanges } from './save-turn';
import type { LiftStats, LoggedSet, WorkoutSummary } from './schemas/history';
import { loadSetHistory } from './set-history-read';

/**
 * The DynamoDB repository of Lift Coach, shared by the skill and progress Lambdas.
 *
 * Budget of a skill turn: `loadUser` (one consistent Query) then `saveTurn` (one write call).
 * `userId` everywhere is the raw id (Alexa personId when the speaker was recognised, else userId);
 * the store builds `USER#<id>` and never logs it unhashed.
 */
export interface Store {
  /** The turn's one read: profile, active workout and lift stats of one user (and charts when asked). */
  loadUser(userId: string, options?: LoadOptions): Promise<LoadedUser>;
  /** The turn's one write; a lost race or a replayed request is a result, real failures throw StoreError. */
  saveTurn(userId: string, changes: TurnChanges): Promise<SaveTurnResult>;
  /**
   * "Delete my data" / skill disabled: removes every item under the user's key (several calls; not a
   * normal turn), a person's link under `accountId`, and with `includeLinkedPeople` every linked person.
   */
  deleteUser(userId: string, options?: DeleteUserOptions): Promise<{ deletedItems: number }>;

  // For the progress Lambda.
  /** A lift's stats and the set's workout summary, read together (consistent). */
  readLiftProgress(userId: string, exerciseId: string, workout: WorkoutRef): Promise<LiftProgress>;
  /** Saves both, conditional on their versions and on the set still existing. */
  saveLiftProgress(
    userId: string,
    setKey: string,
    update: { stats: LiftStats; summary: WorkoutSummary; stored: StoredLiftProgress },
  ): Promise<SaveProgressResult>;
  /** All readable sets of one lift, oldest first (to rebuild unreadable stats). */
  loadSetHistory(userId: string, exerciseId: string): Promise<{ setKey: string; set: LoggedSet }[]>;
}

export interface StoreOptions {
  /** A DynamoDBDocumentClient; `removeUndefinedValues` is not needed (items are validated first). */
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  logger?: StoreLogger;
  /** Clock for `updatedAt`, `expiresAt` and expiry checks. */
  now?: () => Date;
}

export function createStore(options: StoreOptions): Store {
  const context = {
    documentClient: options.documentClient,
    tableName: options.tableName,
    logger: options.logger ?? consoleStoreLogger,
    now: options.now ?? (() => new Date()),
  };
  return {
    loadUser: (userId, options) => loadUser(context, userId, options),
    saveTurn: (userId, changes) => saveTurn(context, userId, changes),
    deleteUser: (userId, options) => deleteUser(context, userId, options),
    readLiftProgress: (userId, exerciseId, workout) => readLiftProgress(context, userId, exerciseId, workout),
    saveLiftProgress: (userId, setKey, update) => saveLiftProgress(context, userId, setKey, update),
    loadSetHistory: (userId, exerciseId) => loadSetHistory(context, userId, exerciseId),
  };
}

export { statsFormat } from './compact-names';
export type { DeleteUserOptions } from './delete-user';
export { StoreError } from './errors';
export * from './keys';
export type { StoredLiftProgress } from './lift-progress-items';
export { chartSessions } from './lift-progress-items';
export type { LoadedUser, LoadOptions } from './load-user';
export type { StoreLogger } from './logger';
export type { LiftProgress, ReadItem, SaveProgressResult, WorkoutRef } from './progress-access';
export {
  activeWorkoutLifetimeSeconds,
  type NewLoggedSet,
  type SaveTurnResult,
  type TurnChanges,
  type TurnItem,
} from './save-turn';
export * from './schemas/common';
export * from './schemas/history';
export { lazySchema } from './schemas/lazy-schema';
export * from './schemas/plan';
export * from './schemas/profile';
export * from './schemas/rating';
export * from './schemas/withdrawal';
export * from './schemas/workout';
export * from './schemas/workout-item';
export { setIdentity } from './set-identity';
export { decodeStoredLiftStats, encodeLiftStats } from './stats-codec';
export {
  decodeStoredLiftChart,
  decodeStoredWorkoutSummary,
  encodeLiftChart,
  encodeWorkoutSummary,
} from './summary-codec';
export {
  decodeActiveWorkout,
  encodeActiveWorkout,
  readStoredActiveWorkout,
  type StoredWorkoutRead,
} from './workout-codec';
