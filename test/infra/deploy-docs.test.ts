import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stackName } from '../../infra/lift-coach-app';
import { synthesizeLiftCoach } from './lift-coach-fixture';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const guides = { 'README.md': read('README.md'), 'docs/deploy.md': read('docs/deploy.md') };

describe('the deploy guides match what they drive', () => {
  const outputs = Object.keys(synthesizeLiftCoach().template.toJSON().Outputs);

  it.each(Object.entries(guides))('%s replaces the placeholder skill.json really holds', (_name, guide) => {
    const placeholder = /sed -i\.bak "s#([^#]+)#\$SKILL_ARN#g" skill-package\/skill\.json/.exec(guide)?.[1];
    expect(placeholder).toMatch(/^arn:aws:lambda:/);
    const manifest = JSON.parse(read('skill-package/skill.json')).manifest;
    for (const uri of [manifest.apis.custom.endpoint.uri, manifest.events.endpoint.uri] as string[]) {
      // A deployer's working copy holds their real ARN instead; only the shared placeholder must match.
      if (
        !/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9-_]+$/.test(uri) ||
        uri.includes('REPLACE')
      ) {
        expect(uri).toBe(placeholder);
      }
    }
  });

  it.each(Object.entries(guides))('%s reads outputs the stack really has', (_name, guide) => {
    const named = [...guide.matchAll(/\.(\w+)\.(\w+)\b(?=['")\s])/g)]
      .filter((match) => match[1] === stackName)
      .map((match) => match[2] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const output of named) expect(outputs).toContain(output);
  });
});
