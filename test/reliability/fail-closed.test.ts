import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The deployed function must refuse to run without SKILL_ID: otherwise any skill could send it
 * requests and read or change a lifter's data. Lambda marks "in the cloud" with
 * AWS_LAMBDA_FUNCTION_NAME; the built bundle is loaded in a fresh process, the way Lambda's init does.
 */
const skillBundle = resolve('dist/skill/index.mjs');

function loadBundle(environment: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env, TABLE_NAME: 'lift-coach-fail-closed' };
  // Nothing that marks a local run may leak into the cloud configuration under test.
  delete env.LIFT_COACH_LOCAL;
  delete env.AWS_SAM_LOCAL;
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(skillBundle).href)}); console.log('loaded', typeof m.handler);`,
    ],
    { encoding: 'utf8', env, timeout: 20_000 },
  );
}

describe('the skill bundle in the cloud configuration', () => {
  it('is built', () => {
    expect(existsSync(skillBundle), 'dist/skill/index.mjs is missing: run npm run build').toBe(true);
  });

  it('stops at start with a clear message when SKILL_ID is missing', () => {
    const run = loadBundle({ AWS_LAMBDA_FUNCTION_NAME: 'lift-coach-skill', SKILL_ID: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stdout).not.toContain('loaded');
    expect(run.stderr).toMatch(/SKILL_ID/);
  });

  it('stops at start when SKILL_ID is empty', () => {
    const run = loadBundle({ AWS_LAMBDA_FUNCTION_NAME: 'lift-coach-skill', SKILL_ID: '' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/SKILL_ID/);
  });

  it('starts when SKILL_ID is set', () => {
    const run = loadBundle({
      AWS_LAMBDA_FUNCTION_NAME: 'lift-coach-skill',
      SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
    });
    expect(run.stderr).not.toMatch(/SKILL_ID/);
    expect(run.stdout.trim()).toBe('loaded function');
    expect(run.status).toBe(0);
  });
});
