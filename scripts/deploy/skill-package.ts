import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the deployable package and the ASK CLI project around it are written (git-ignored). */
export const buildFolder = 'build';
export const deployablePackage = `${buildFolder}/skill-package`;

interface Manifest {
  manifest: {
    publishingInformation: { locales: Record<string, unknown> };
    apis: { custom: { endpoint: { uri: string } } };
    events?: { endpoint: { uri: string } };
  };
}

export function readManifest(packageFolder: string): Manifest {
  return JSON.parse(readFileSync(join(packageFolder, 'skill.json'), 'utf8')) as Manifest;
}

/** The locales the committed package publishes. */
export function packageLocales(projectRoot: string): string[] {
  return Object.keys(readManifest(join(projectRoot, 'skill-package')).manifest.publishingInformation.locales);
}

/** The committed manifest's privacy notice address, until a deployer publishes their own. */
export const privacyUrlPlaceholder = 'https://example.com/REPLACE-WITH-PRIVACY-NOTICE-URL';

/**
 * Copies the committed skill-package into build/skill-package with the skill function's ARN as the
 * endpoint of requests and of skill events, and the published privacy notice (when given) in place
 * of the placeholder; nothing else changes, and the committed files are never written.
 */
export function writeDeployablePackage(projectRoot: string, functionArn: string, privacyUrl?: string): void {
  const target = join(projectRoot, deployablePackage);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(projectRoot, 'skill-package'), target, { recursive: true });
  const skill = readManifest(target);
  skill.manifest.apis.custom.endpoint.uri = functionArn;
  if (skill.manifest.events) skill.manifest.events.endpoint.uri = functionArn;
  const text = JSON.stringify(skill, null, 2);
  writeFileSync(
    join(target, 'skill.json'),
    `${privacyUrl ? text.split(privacyUrlPlaceholder).join(privacyUrl) : text}\n`,
  );
}

/**
 * The ASK CLI deploys the package named by ask-resources.json in its working folder, for the skill
 * id in that folder's .ask/ask-states.json; build/ gets both, so `ask deploy` never sees (or
 * rewrites) the committed skill-package.
 */
export function writeAskProject(projectRoot: string, askProfile: string, skillId: string): void {
  const folder = join(projectRoot, buildFolder);
  mkdirSync(join(folder, '.ask'), { recursive: true });
  const resources = {
    askcliResourcesVersion: '2020-03-31',
    profiles: { [askProfile]: { skillMetadata: { src: './skill-package' } } },
  };
  const states = { askcliStatesVersion: '2020-03-31', profiles: { [askProfile]: { skillId } } };
  writeFileSync(join(folder, 'ask-resources.json'), `${JSON.stringify(resources, null, 2)}\n`);
  writeFileSync(join(folder, '.ask', 'ask-states.json'), `${JSON.stringify(states, null, 2)}\n`);
}

/** A hash of every file's path and bytes under the given paths (missing ones count as empty). */
export function fingerprint(
  projectRoot: string,
  paths: readonly string[],
  extra: readonly string[] = [],
): string {
  const hash = createHash('sha256');
  for (const value of extra) hash.update(`${value}\0`);
  for (const path of paths) {
    for (const file of filesUnder(join(projectRoot, path))) {
      hash.update(`${relative(projectRoot, file)}\0`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(path: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((entry) => join(path, entry))
    .filter((file) => statSync(file).isFile());
}
