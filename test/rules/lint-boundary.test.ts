import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// lambda/rules must stay pure; the lint rule that guards it is only worth something if it fires.
// Biome's stdin mode (--stdin-file-path) prints the code back without lint diagnostics, so the probe
// is a real file in a scratch copy of the project layout, linted with the project's own biome.json.
const projectRoot = resolve(import.meta.dirname, '../..');
const biome = join(projectRoot, 'node_modules/.bin/biome');
const scratch = mkdtempSync(join(tmpdir(), 'rules-boundary-'));
copyFileSync(join(projectRoot, 'biome.json'), join(scratch, 'biome.json'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(relativePath: string, source: string) {
  const file = join(scratch, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const run = spawnSync(biome, ['lint', '--colors=off', relativePath], { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const probe = (line: string, name: string) => `${line}\nexport const probe = ${name};\n`;

describe('the lambda/rules import boundary', () => {
  it.each([
    ["import { SkillBuilders } from 'ask-sdk-core';", 'SkillBuilders', 'no Alexa or AWS SDKs'],
    ["import { DynamoDBClient } from '@aws-sdk/client-dynamodb';", 'DynamoDBClient', 'no Alexa or AWS SDKs'],
    ["import { readFileSync } from 'node:fs';", 'readFileSync', 'no Alexa or AWS SDKs'],
    ["import { loadUser } from '../store';", 'loadUser', 'imports nothing from other lambda/ folders'],
  ])('rejects %s', (line, name, message) => {
    const { status, output } = lint('lambda/rules/boundary-probe.ts', probe(line, name));
    expect(status).not.toBe(0);
    expect(output).toContain('lint/style/noRestrictedImports');
    expect(output).toContain(message);
  });

  it('accepts an import from inside the rules module', () => {
    const { status, output } = lint(
      'lambda/rules/inside-probe.ts',
      probe("import { findExercise } from './catalog';", 'findExercise'),
    );
    expect(output).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });

  it('applies to lambda/rules only: the skill may import the SDK', () => {
    const { output } = lint(
      'lambda/skill/sdk-probe.ts',
      probe("import { SkillBuilders } from 'ask-sdk-core';", 'SkillBuilders'),
    );
    expect(output).not.toContain('noRestrictedImports');
  });
});
