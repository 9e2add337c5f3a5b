import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { liftCoachTable } from '../infra/table-definition';
import { assertJavaAvailable } from '../local/dynamo-local';
import { describeTable } from '../local/table';
import { useFreshTable } from './support/dynamo';

// Tests' tables run without TTL (their clocks are fixed in the past); this one checks the real set-up.
const table = useFreshTable({ timeToLive: true });

describe('the DynamoDB Local fixture', () => {
  it('builds the table from the shared definition: keys, stream and TTL', async () => {
    const description = await describeTable(table.client, table.name);
    expect(description?.KeySchema).toEqual([
      { AttributeName: liftCoachTable.partitionKey, KeyType: 'HASH' },
      { AttributeName: liftCoachTable.sortKey, KeyType: 'RANGE' },
    ]);
    expect(description?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: 'NEW_IMAGE',
    });
    const ttl = await table.client.send(new DescribeTimeToLiveCommand({ TableName: table.name }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe('expiresAt');
  });

  it('round-trips an item through the real DynamoDB API', async () => {
    const item = { PK: 'USER#round-trip', SK: 'PROFILE', goal: 'strength', version: 1 };
    await table.documentClient.send(new PutCommand({ TableName: table.name, Item: item }));
    const { Item } = await table.documentClient.send(
      new GetCommand({ TableName: table.name, Key: { PK: item.PK, SK: item.SK }, ConsistentRead: true }),
    );
    expect(Item).toEqual(item);
  });

  it('fails with an install hint, never a skip, when Java is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => assertJavaAvailable()).toThrow(
        /Java was not found.*apt-get install -y openjdk-17-jre-headless/,
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it('talks to DynamoDB Local through the SDK’s own endpoint variable', () => {
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('the deployable bundles', () => {
  it.each(['dist/skill/index.mjs', 'dist/progress/index.mjs'])(
    '%s exports an async handler in plain node',
    (bundle) => {
      const path = resolve(bundle);
      expect(existsSync(path), `${bundle} is missing: run npm run build`).toBe(true);
      const kind = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(pathToFileURL(path).href)}); console.log(m.handler?.constructor.name)`,
        ],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            TABLE_NAME: 'bundle-check',
            SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
          },
        },
      ).trim();
      expect(kind).toBe('AsyncFunction');
    },
  );
});

describe('the deployable bundles’ source maps', () => {
  // A phrase only that one of our files has, so its position in the bundle is a frame of our code.
  it.each([
    ['dist/skill/index.mjs', 'is not text', 'lambda/skill/i18n/index.ts'],
    ['dist/progress/index.mjs', 'A set was rated before the set itself', 'lambda/progress/rate-set.ts'],
  ])('%s maps our code back to the TypeScript without shipping its text', (bundle, phrase, source) => {
    const code = readFileSync(resolve(bundle), 'utf8');
    const payload = JSON.parse(readFileSync(resolve(`${bundle}.map`), 'utf8')) as {
      sourcesContent?: unknown;
    };
    expect(payload.sourcesContent).toBeUndefined();
    const offset = code.indexOf(phrase);
    expect(offset).toBeGreaterThan(0);
    const before = code.slice(0, offset).split('\n');
    const entry = new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]).findEntry(
      before.length - 1,
      before.at(-1)?.length ?? 0,
    );
    expect('originalSource' in entry ? entry.originalSource : undefined).toMatch(new RegExp(`${source}$`));
  });
});
