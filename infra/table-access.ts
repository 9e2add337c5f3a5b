/**
 * Which DynamoDB item actions each function may call on the one table, and nothing else.
 * Each function's list is what the `lambda/store` files it calls send; a test reads those files
 * and fails when a command is added there without its action here (or an action here is unused).
 * Transactions need no action of their own: IAM authorises each Put, Delete, Update and
 * ConditionCheck inside TransactWriteItems by that item action.
 */
export const tableAccess = {
  skill: {
    /**
     * loadUser (one Query per turn), saveTurn (a Put, Delete or transaction of them, sent by
     * turn-write), deleteUser.
     */
    storeFiles: ['load-user.ts', 'save-turn.ts', 'turn-write.ts', 'delete-user.ts'],
    actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
  },
  progress: {
    /**
     * readLiftProgress (GetItems), saveLiftProgress (ConditionCheck + Puts), loadSetHistory (Query,
     * in set-history-read).
     */
    storeFiles: ['progress-access.ts', 'set-history-read.ts'],
    actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
  },
} as const;

export type TableAccess = (typeof tableAccess)[keyof typeof tableAccess];
