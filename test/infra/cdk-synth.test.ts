import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testSkillId } from './lift-coach-fixture';

const run = promisify(execFile);
const cdk = join(process.cwd(), 'node_modules', '.bin', 'cdk');

/** No AWS credentials or endpoints: the synth must not need an account or the network. */
function offlineEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
}

async function synth(outdir: string, context: string[]) {
  const args = ['synth', '--no-notices', '--quiet', '--output', outdir, ...context.flatMap((c) => ['-c', c])];
  try {
    const { stdout, stderr } = await run(cdk, args, { env: offlineEnvironment(), timeout: 120_000 });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npx cdk synth (the real CLI, offline)', () => {
  const outdirs: string[] = [];
  const freshOutdir = () => {
    const outdir = mkdtempSync(join(tmpdir(), 'lift-coach-synth-'));
    outdirs.push(outdir);
    return outdir;
  };
  afterAll(() => {
    for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
  });

  it('writes the stack template with the skill id it was given', { timeout: 120_000 }, async () => {
    const outdir = freshOutdir();
    const result = await synth(outdir, [`skillId=${testSkillId}`]);
    expect(result.exitCode, result.stderr).toBe(0);
    const template = JSON.parse(readFileSync(join(outdir, 'LiftCoach.template.json'), 'utf8'));
    const permissions = Object.values(
      template.Resources as Record<string, { Type: string; Properties: object }>,
    )
      .filter((resource) => resource.Type === 'AWS::Lambda::Permission')
      .map((resource) => resource.Properties);
    expect(permissions).toEqual([expect.objectContaining({ EventSourceToken: testSkillId })]);
  });

  it('fails with the fix, not a stack trace, when the skill id is missing', {
    timeout: 120_000,
  }, async () => {
    const outdir = freshOutdir();
    const result = await synth(outdir, []);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('The Alexa skill id is missing.');
    expect(result.stderr).toContain('-c skillId=amzn1.ask.skill.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outdir, 'LiftCoach.template.json'))).toBe(false);
  });
});
