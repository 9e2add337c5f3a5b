/**
 * Prices the bench turns measured work into dollars with. On-demand, us-east-1, Standard table
 * class, arm64 Lambda (the stack deploys arm64), first pricing tier; no free tier counted.
 *
 * Taken on 2026-11-26 from:
 * - Amazon DynamoDB pricing, on-demand capacity: https://aws.amazon.com/dynamodb/pricing/on-demand/
 *   ($0.125 per million read request units, $0.625 per million write request units — the figures in
 *   force since DynamoDB halved on-demand prices on 2024-11-01);
 * - AWS Lambda pricing: https://aws.amazon.com/lambda/pricing/
 *   (Arm: $0.0000133334 per GB-second for the first 7.5 billion GB-seconds a month; $0.20 per
 *   million requests).
 * Re-check both pages before quoting a figure; update `takenOn` with the numbers.
 */
export const priceTable = {
  takenOn: '2026-11-26',
  region: 'us-east-1',
  dynamoDbOnDemand: {
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    usdPerMillionReadRequestUnits: 0.125,
    usdPerMillionWriteRequestUnits: 0.625,
  },
  lambdaArm64: {
    source: 'https://aws.amazon.com/lambda/pricing/',
    usdPerGbSecond: 0.0000133334,
    usdPerMillionRequests: 0.2,
  },
} as const;

export type PriceTable = typeof priceTable;

/** Lambda bills duration rounded up to the next millisecond, never less than 1 ms. */
export function billedMilliseconds(durationMs: number): number {
  return Math.max(1, Math.ceil(durationMs));
}

export interface LambdaWork {
  invocations: number;
  /** Sum of billed milliseconds over those invocations. */
  billedMs: number;
  memoryMb: number;
}

export interface WorkPerWorkout {
  readUnits: number;
  writeUnits: number;
  /** The skill function and the progress function, each with its own memory. */
  lambda: readonly LambdaWork[];
}

export interface CostPerThousandWorkouts {
  dynamoDbUsd: number;
  lambdaUsd: number;
  totalUsd: number;
}

export function lambdaCostUsd(work: LambdaWork, prices: PriceTable = priceTable): number {
  const gbSeconds = (work.memoryMb / 1024) * (work.billedMs / 1000);
  return (
    gbSeconds * prices.lambdaArm64.usdPerGbSecond +
    (work.invocations / 1_000_000) * prices.lambdaArm64.usdPerMillionRequests
  );
}

export function dynamoDbCostUsd(
  readUnits: number,
  writeUnits: number,
  prices: PriceTable = priceTable,
): number {
  return (
    (readUnits / 1_000_000) * prices.dynamoDbOnDemand.usdPerMillionReadRequestUnits +
    (writeUnits / 1_000_000) * prices.dynamoDbOnDemand.usdPerMillionWriteRequestUnits
  );
}

export function costPerThousandWorkouts(
  perWorkout: WorkPerWorkout,
  prices: PriceTable = priceTable,
): CostPerThousandWorkouts {
  const dynamoDbUsd = 1000 * dynamoDbCostUsd(perWorkout.readUnits, perWorkout.writeUnits, prices);
  const lambdaUsd = 1000 * perWorkout.lambda.reduce((sum, work) => sum + lambdaCostUsd(work, prices), 0);
  return { dynamoDbUsd, lambdaUsd, totalUsd: dynamoDbUsd + lambdaUsd };
}
