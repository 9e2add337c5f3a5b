import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchArtifacts, buildBenchArtifacts, bundleSize } from '../../bench/build-artifacts';
import { ColdStartError, measureColdStarts } from '../../bench/cold-start';
import { createAlexaSession } from '../../local/alexa-requests';
import { localCredentials, localRegion } from '../../local/aws-local';
import { useFreshTable } from '../support/dynamo';

const table = useFreshTable();
const skillId = 'amzn1.ask.skill.be4c0a5e-0000-4000-8000-00000000be4c';
let artifacts: BenchArtifacts;

beforeAll(async () => {
  artifacts = await buildBenchArtifacts();
}, 60_000);
afterAll(async () => {
  await artifacts?.remove();
});

const environment = () => ({
  PATH: process.env.PATH ?? '',
  TABLE_NAME: table.name,
  SKILL_ID: skillId,
  AWS_ENDPOINT_URL_DYNAMODB: String(process.env.AWS_ENDPOINT_URL_DYNAMODB),
  AWS_REGION: localRegion,
  AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

describe('the cold start harness', () => {
  it('builds the baseline with the bundle options and measures it in fresh processes answering a LaunchRequest', async () => {
    const size = await bundleSize(artifacts.baselineBundle);
    expect(size.rawBytes).toBeGreaterThan(size.gzipBytes);
    const [baseline] = await measureColdStarts([{ name: 'baseline', bundle: artifacts.baselineBundle }], {
      probe: artifacts.probe,
      envelope: createAlexaSession({ skillId }).launch(),
      environment: environment(),
      runs: 2,
      workFolder: artifacts.folder,
    });
    expect(baseline).toMatchObject({ name: 'baseline', runs: 2 });
    expect(baseline?.coldStartMs).toBeGreaterThan(0);
    expect(baseline?.sinceProcessStartMs).toBeGreaterThan(baseline?.coldStartMs ?? Number.POSITIVE_INFINITY);
    expect(baseline?.maxRssMb).toBeGreaterThan(10);
  }, 60_000);

  it('fails loudly when a bundle cannot answer, instead of timing an error', async () => {
    const broken = join(artifacts.folder, 'broken.mjs');
    await writeFile(broken, "throw new Error('init failed');\n");
    await expect(
      measureColdStarts([{ name: 'broken', bundle: broken }], {
        probe: artifacts.probe,
        envelope: createAlexaSession({ skillId }).launch(),
        environment: environment(),
        runs: 1,
        workFolder: artifacts.folder,
      }),
    ).rejects.toThrow(ColdStartError);
  }, 60_000);
});
