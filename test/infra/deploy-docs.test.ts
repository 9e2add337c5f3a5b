import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stackName } from '../../infra/lift-coach-app';
import { parseDeployOptions } from '../../scripts/deploy/options';
import { synthesizeLiftCoach } from './lift-coach-fixture';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const guides = { 'README.md': read('README.md'), 'docs/deploy.md': read('docs/deploy.md') };
const manualGuide = guides['docs/deploy.md'];

describe('the deploy guides match what they drive', () => {
  const outputs = Object.keys(synthesizeLiftCoach().template.toJSON().Outputs);

  it('the manual steps replace, in the build copy, the placeholder skill.json really holds', () => {
    const placeholder = /sed -i\.bak "s#([^#]+)#\$SKILL_ARN#g" build\/skill-package\/skill\.json/.exec(
      manualGuide,
    )?.[1];
    expect(placeholder).toMatch(/^arn:aws:lambda:/);
    const manifest = JSON.parse(read('skill-package/skill.json')).manifest;
    for (const uri of [manifest.apis.custom.endpoint.uri, manifest.events.endpoint.uri] as string[]) {
      expect(uri).toBe(placeholder);
    }
  });

  it.each(Object.entries(guides))(
    '%s never tells anyone to edit the committed skill-package/skill.json',
    (_name, guide) => {
      expect(guide).not.toMatch(/sed [^\n]* skill-package\/skill\.json/);
    },
  );

  it('the manual steps read outputs the stack really has', () => {
    const named = [...manualGuide.matchAll(/\.(\w+)\.(\w+)\b(?=['")\s])/g)]
      .filter((match) => match[1] === stackName)
      .map((match) => match[2] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const output of named) expect(outputs).toContain(output);
  });

  it.each(Object.entries(guides))('%s shows npm run deploy with flags it accepts', (_name, guide) => {
    const examples = [...guide.matchAll(/npm run deploy -- ([^\n`#]+)/g)].map((match) =>
      (match[1] as string).trim(),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(parseDeployOptions(example.split(/\s+/), {}).ok, example).toBe(true);
    }
  });
});
