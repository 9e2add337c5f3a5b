import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { readDeployContext } from '../../infra/deploy-context';
import { DeployConfigError } from '../../infra/deploy-error';
import { buildLiftCoachApp } from '../../infra/lift-coach-app';
import { testSkillId } from './lift-coach-fixture';

const contextOf = (values: Record<string, unknown>) => (key: string) => values[key];

describe('reading the deployment context', () => {
  it('accepts a skill id and an optional alarm e-mail', () => {
    expect(readDeployContext(contextOf({ skillId: testSkillId }))).toEqual({
      ok: true,
      value: { skillId: testSkillId },
    });
    expect(
      readDeployContext(contextOf({ skillId: ` ${testSkillId}\n`, alarmEmail: 'me@example.com' })),
    ).toEqual({
      ok: true,
      value: { skillId: testSkillId, alarmEmail: 'me@example.com' },
    });
  });

  it('treats an empty alarm e-mail as none', () => {
    expect(readDeployContext(contextOf({ skillId: testSkillId, alarmEmail: '' }))).toEqual({
      ok: true,
      value: { skillId: testSkillId },
    });
  });

  it('says the skill id is missing and how to pass it', () => {
    const result = readDeployContext(contextOf({}));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/skill id is missing.*-c skillId=amzn1\.ask\.skill\./);
  });

  it.each([
    ['a placeholder', 'amzn1.ask.skill.<id>'],
    ['an application id of another kind', 'amzn1.echo-sdk-ams.app.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'],
    ['a truncated id', 'amzn1.ask.skill.0f1e2d3c-4b5a-6978-8a9b'],
    ['an id with trailing text', `${testSkillId}x`],
    ['a number', 42],
  ])('says the skill id is malformed when it is %s', (_case, skillId) => {
    const result = readDeployContext(contextOf({ skillId }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/malformed: expected amzn1\.ask\.skill\.<uuid>/);
  });

  it('refuses an alarm e-mail that is not an address', () => {
    const result = readDeployContext(contextOf({ skillId: testSkillId, alarmEmail: 'ops-team' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/"ops-team" is not an e-mail address/);
  });
});

describe('building the app', () => {
  const emptyFolder = mkdtempSync(join(tmpdir(), 'lift-coach-no-bundle-'));
  afterAll(() => rmSync(emptyFolder, { recursive: true, force: true }));

  it('stops with the fix when the skill id is missing, before creating any stack', () => {
    const app = new App();
    expect(() => buildLiftCoachApp(app)).toThrow(DeployConfigError);
    expect(() => buildLiftCoachApp(app)).toThrow(/-c skillId=/);
    expect(app.node.children).toHaveLength(0);
  });

  it('stops with the fix when a bundle has not been built', () => {
    const built = join(emptyFolder, 'built');
    mkdirSync(built);
    writeFileSync(join(built, 'index.mjs'), 'export const handler = async () => ({});\n');
    const build = () =>
      buildLiftCoachApp(new App({ context: { skillId: testSkillId } }), {
        bundleDirectories: { skill: built, progress: join(emptyFolder, 'progress') },
      });
    expect(build).toThrow(DeployConfigError);
    expect(build).toThrow(/progress[/\\]index\.mjs is missing\. Run `npm run build` first/);
  });
});
