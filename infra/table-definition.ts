/**
 * The one table of Lift Coach, described once. The CDK stack and every local stand-in
 * (test fixture, voice console, benchmark) build their table from this, so the table the code
 * is tested against is the table that gets deployed.
 */
export const liftCoachTable = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; abandoned active workouts expire through it. */
  timeToLiveAttribute: 'expiresAt',
  /** The progress Lambda needs only what a set item became, never what it was. */
  streamView: 'NEW_IMAGE',
} as const;
