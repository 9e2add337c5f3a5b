import { describe, expect, it } from 'vitest';
import {
  billedMilliseconds,
  costPerThousandWorkouts,
  dynamoDbCostUsd,
  lambdaCostUsd,
  priceTable,
} from '../../bench/prices';

describe('the price table', () => {
  it('names its date, region and sources', () => {
    expect(priceTable.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(priceTable.region).toBe('us-east-1');
    expect(priceTable.dynamoDbOnDemand.source).toMatch(/^https:\/\/aws\.amazon\.com\/dynamodb\/pricing/);
    expect(priceTable.lambdaArm64.source).toMatch(/^https:\/\/aws\.amazon\.com\/lambda\/pricing/);
  });
});

describe('price math', () => {
  it('bills Lambda duration rounded up to the millisecond, at least 1 ms', () => {
    expect(billedMilliseconds(0.2)).toBe(1);
    expect(billedMilliseconds(12.01)).toBe(13);
    expect(billedMilliseconds(12)).toBe(12);
  });

  it('prices a million request units at the table’s per-million price', () => {
    expect(dynamoDbCostUsd(1_000_000, 0)).toBeCloseTo(
      priceTable.dynamoDbOnDemand.usdPerMillionReadRequestUnits,
      12,
    );
    expect(dynamoDbCostUsd(0, 1_000_000)).toBeCloseTo(
      priceTable.dynamoDbOnDemand.usdPerMillionWriteRequestUnits,
      12,
    );
  });

  it('prices Lambda by GB-seconds of configured memory plus requests', () => {
    // 1,000 invocations of 100 ms at 1024 MB = 100 GB-s.
    const usd = lambdaCostUsd({ invocations: 1000, billedMs: 100_000, memoryMb: 1024 });
    expect(usd).toBeCloseTo(
      100 * priceTable.lambdaArm64.usdPerGbSecond + 0.001 * priceTable.lambdaArm64.usdPerMillionRequests,
      12,
    );
    // Half the memory, half the duration cost; the request cost stays.
    const half = lambdaCostUsd({ invocations: 1000, billedMs: 100_000, memoryMb: 512 });
    expect(half).toBeCloseTo(
      50 * priceTable.lambdaArm64.usdPerGbSecond + 0.001 * priceTable.lambdaArm64.usdPerMillionRequests,
      12,
    );
  });

  it('adds DynamoDB and every function’s Lambda cost for 1,000 workouts', () => {
    const prices = {
      ...priceTable,
      dynamoDbOnDemand: {
        ...priceTable.dynamoDbOnDemand,
        usdPerMillionReadRequestUnits: 1,
        usdPerMillionWriteRequestUnits: 2,
      },
      lambdaArm64: { ...priceTable.lambdaArm64, usdPerGbSecond: 0.00001, usdPerMillionRequests: 0.5 },
    } as unknown as typeof priceTable;
    const cost = costPerThousandWorkouts(
      {
        readUnits: 40,
        writeUnits: 60,
        lambda: [
          { invocations: 50, billedMs: 1000, memoryMb: 1024 },
          { invocations: 2, billedMs: 100, memoryMb: 512 },
        ],
      },
      prices,
    );
    // DynamoDB: 1000 × (40 × 1 + 60 × 2) / 1e6 = 0.16
    expect(cost.dynamoDbUsd).toBeCloseTo(0.16, 12);
    // Lambda: 1000 × [(1 GB × 1 s + 0.5 GB × 0.1 s) × 1e-5 + 52 × 0.5 / 1e6] = 0.0105 + 0.026
    expect(cost.lambdaUsd).toBeCloseTo(0.0365, 12);
    expect(cost.totalUsd).toBeCloseTo(0.1965, 12);
  });
});
