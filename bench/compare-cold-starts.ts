import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAlexaSession } from '../local/alexa-requests';
import { localCredentials, localRegion, useLocalAwsEnvironment } from '../local/aws-local';
import { startDynamoLocal } from '../local/dynamo-local';
import { ensureTable } from '../local/table';
import { buildBenchArtifacts } from './build-artifacts';
import { measureColdStarts } from './cold-start';
import { readDeployedNodeEnvironment } from './deployed-config';

/**
 * `npx tsx bench/compare-cold-starts.ts [--runs 20] a.mjs [b.mjs …]`: the bench's cold start, with
 * the bench's probe, environment and baseline, for several skill bundles in one run (say the bundle
 * of an earlier commit next to today's). Fresh processes alternate between all of them, so a slow
 * moment of a shared machine hits every bundle alike and the ratios stay comparable.
 */
const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '20' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (positionals.length === 0 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('usage: npx tsx bench/compare-cold-starts.ts [--runs 20] bundle.mjs [bundle.mjs …]');
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const skillId = 'amzn1.ask.skill.be4c0a5e-0000-4000-8000-00000000be4c';
const loadAtStart = loadavg()[0] ?? 0;
const dynamo = await startDynamoLocal({ readyTimeoutMs: 60_000 });
const artifacts = await buildBenchArtifacts();
try {
  useLocalAwsEnvironment(dynamo.endpoint);
  const tableName = `lift-coach-cold-starts-${Date.now()}`;
  const client = new DynamoDBClient({});
  await ensureTable(client, tableName);
  client.destroy();
  const subjects = [
    { name: 'baseline', bundle: artifacts.baselineBundle },
    ...positionals.map((bundle, index) => ({ name: `bundle-${index + 1}`, bundle })),
  ];
  const results = await measureColdStarts(subjects, {
    probe: artifacts.probe,
    envelope: createAlexaSession({ skillId }).launch(),
    environment: {
      PATH: process.env.PATH ?? '',
      TABLE_NAME: tableName,
      SKILL_ID: skillId,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(await readDeployedNodeEnvironment()),
    },
    runs,
    workFolder: artifacts.folder,
  });
  const baseline = results[0];
  if (!baseline) throw new Error('cold start measured nothing');
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log(
    `cold start, median of ${runs}, load average ${loadAtStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
  console.log(`  import   answer    total   ratio  bundle`);
  for (const [index, result] of results.entries()) {
    const ratio = (result.coldStartMs / baseline.coldStartMs).toFixed(2);
    console.log(
      `${ms(result.importMs)} ${ms(result.firstInvokeMs)} ${ms(result.coldStartMs)}  ${ratio.padStart(5)}×  ${subjects[index]?.name === 'baseline' ? 'baseline (bench/baseline/skill.ts)' : subjects[index]?.bundle}`,
    );
  }
} finally {
  await Promise.allSettled([dynamo.stop(), artifacts.remove()]);
}
