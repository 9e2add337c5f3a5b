/**
 * The DynamoDB item actions each function may call on the one table, and nothing else.
 * These follow the commands `lambda/store` sends (a test checks the bundles against them).
 * Transactions need no action of their own: IAM authorises each Put, Update, Delete and
 * ConditionCheck inside TransactWriteItems by its item action.
 */
export const skillTableActions = [
  // One Query on the user's partition loads profile, active workout and stats per turn.
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
  // "Delete my data" removes a user's items in batches.
  'dynamodb:BatchWriteItem',
] as const;

/** The progress function reads the stream (granted with the event source) and writes STATS / DONE items. */
export const progressTableActions = [
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
] as const;
