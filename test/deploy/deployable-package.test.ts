import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyUrlPlaceholder, writeDeployablePackage } from '../../scripts/deploy/skill-package';
import { manifestSchema } from '../skill-package/manifest-schema';
import { cloneProject, deploy } from './project';
import { functionArn, world } from './world';

const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('the deployable skill package in build/skill-package', () => {
  it('names the stack’s function as the endpoint of requests and of skill events', async () => {
    const root = cloneProject();
    await deploy(root, world());

    const { manifest } = manifestSchema.parse(readJson(join(root, 'build/skill-package/skill.json')));
    expect(manifest.apis.custom.endpoint.uri).toBe(functionArn);
    expect(manifest.events.endpoint.uri).toBe(functionArn);
  });

  it('differs from the committed package in the two endpoints only', () => {
    const root = cloneProject();
    writeDeployablePackage(root, functionArn);
    const committed = join(root, 'skill-package');
    const deployable = join(root, 'build/skill-package');

    expect(filesOf(deployable)).toEqual(filesOf(committed));
    for (const file of filesOf(committed).filter((name) => name !== 'skill.json')) {
      expect(readFileSync(join(deployable, file)), file).toEqual(readFileSync(join(committed, file)));
    }
    const expected = readJson(join(committed, 'skill.json'));
    expected.manifest.apis.custom.endpoint.uri = functionArn;
    expected.manifest.events.endpoint.uri = functionArn;
    expect(readJson(join(deployable, 'skill.json'))).toEqual(expected);
  });

  it('carries the published privacy notice in every locale when one is given, and only there', () => {
    const root = cloneProject();
    const published = 'https://you.example.org/privacy.html';
    writeDeployablePackage(root, functionArn, published);
    const committed = readFileSync(join(root, 'skill-package/skill.json'), 'utf8');
    expect(committed).toContain(privacyUrlPlaceholder);

    const { manifest } = readJson(join(root, 'build/skill-package/skill.json'));
    const locales = Object.values(manifest.privacyAndCompliance.locales) as Record<string, string>[];
    expect(locales.length).toBeGreaterThan(0);
    for (const locale of locales) {
      expect(locale.privacyPolicyUrl).toBe(published);
      expect(locale.termsOfUseUrl).toBe(`${published}#terms-of-use`);
    }
    expect(readFileSync(join(root, 'build/skill-package/skill.json'), 'utf8')).not.toContain(
      privacyUrlPlaceholder,
    );
  });

  it('passes the schema the committed package is held to', () => {
    const root = cloneProject();
    writeDeployablePackage(root, functionArn);

    expect(manifestSchema.safeParse(readJson(join(root, 'build/skill-package/skill.json'))).success).toBe(
      true,
    );
  });

  it('is written without touching the committed package', async () => {
    const root = cloneProject();
    const before = filesOf(join(root, 'skill-package')).map((file) =>
      readFileSync(join(root, 'skill-package', file)),
    );
    await deploy(root, world());

    const after = filesOf(join(root, 'skill-package')).map((file) =>
      readFileSync(join(root, 'skill-package', file)),
    );
    expect(after).toEqual(before);
  });

  it('drops what an earlier package held that the committed one no longer does', () => {
    const root = cloneProject();
    writeDeployablePackage(root, functionArn);
    writeFileSync(join(root, 'build/skill-package/stale.json'), '{}');

    writeDeployablePackage(root, functionArn);

    expect(filesOf(join(root, 'build/skill-package'))).not.toContain('stale.json');
  });
});
