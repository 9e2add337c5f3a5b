import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { moveSetItems } from './move-set-items';

/**
 * `npm run migrate -- --table NAME [--min-age-hours 24] [--max-sets N] [--endpoint URL]`: moves the
 * logged sets of a table written before the LOG# key (docs/deploy.md). Uses the AWS SDK's usual
 * credentials and region; `--endpoint` (or AWS_ENDPOINT_URL_DYNAMODB) points it at DynamoDB Local.
 */
const usage =
  'npm run migrate -- --table NAME [--min-age-hours 24] [--max-sets N] [--concurrency 8] [--endpoint URL]';

function wholeNumber(name: string, text: string | undefined, fallback?: number): number | undefined {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number ≥ 0, got "${text}". ${usage}`);
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      table: { type: 'string' },
      'min-age-hours': { type: 'string' },
      'max-sets': { type: 'string' },
      concurrency: { type: 'string' },
      endpoint: { type: 'string' },
    },
    strict: true,
  });
  if (!values.table) throw new Error(`--table is required. ${usage}`);
  const client = new DynamoDBClient(values.endpoint ? { endpoint: values.endpoint } : {});
  try {
    const result = await moveSetItems({
      documentClient: DynamoDBDocumentClient.from(client),
      tableName: values.table,
      minAgeHours: wholeNumber('min-age-hours', values['min-age-hours'], 24),
      maxSets: wholeNumber('max-sets', values['max-sets']),
      concurrency: wholeNumber('concurrency', values.concurrency, 8),
      log: (line) => process.stderr.write(`[migrate] ${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    const unfinished = result.stoppedEarly || result.tooRecent > 0;
    process.stdout.write(
      unfinished
        ? 'Not finished: run the same command again (later, for sets younger than --min-age-hours).\n'
        : 'Done: no set of the old shape is left.\n',
    );
    return 0;
  } finally {
    client.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[migrate] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
