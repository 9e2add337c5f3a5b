import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSkillPackageJson } from './skill-package-files';
import { smapiProblems } from './smapi-schema';

// Alexa sends a skill only what its manifest asks for: without `alexa::person_id:read` there is no
// `context.System.person`, and a Timers API call without its scope answers 401. Certification also
// fails a skill that asks for a permission it never uses. So the code is scanned for every Alexa
// API and context field that needs a permission, and the manifest must declare exactly those.

const lambdaRoot = fileURLToPath(new URL('../../lambda', import.meta.url));

/** What in the code needs which scope. Patterns match code, not prose: calls and property reads. */
const scopeUses = [
  {
    scope: 'alexa::person_id:read',
    use: 'the recognised speaker (context.System.person)',
    pattern: /\bSystem\.person\b|\bsystem\.person\b|\.person\??\.personId\b|\bgetPersonId\(/,
  },
  {
    scope: 'alexa::alerts:timers:skill:readwrite',
    use: 'the Timers API',
    pattern: /\bgetTimerManagementServiceClient\(|\/v1\/alerts\/timers\b/,
  },
  {
    scope: 'alexa::alerts:reminders:skill:readwrite',
    use: 'the Reminders API',
    pattern: /\bgetReminderManagementServiceClient\(|\/v1\/alerts\/reminders\b/,
  },
  {
    scope: 'alexa::profile:given_name:read',
    use: "the customer's given name",
    pattern: /\bgetProfileGivenName\(|\/settings\/Profile\.givenName\b/,
  },
  {
    scope: 'alexa::profile:email:read',
    use: "the customer's email",
    pattern: /\bgetProfileEmail\(|\/settings\/Profile\.email\b/,
  },
  {
    scope: 'alexa::devices:all:address:full:read',
    use: 'the device address',
    pattern: /\bgetFullAddress\(|\/v1\/devices\/[^/]+\/settings\/address\b(?!\/countryAndPostalCode)/,
  },
] as const;

/** A scope written out in code (e.g. the AskFor consent request names the one it asks for). */
const scopeLiteral = /['"`]((?:alexa|avs|dash|payments)::?[a-z_]+(?::[a-z_0-9]+)+)['"`]/g;

interface SourceFile {
  path: string;
  code: string;
}

function sourceFiles(directory: string): SourceFile[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!entry.name.endsWith('.ts')) return [];
    return [{ path: relative(lambdaRoot, path), code: withoutComments(readFileSync(path, 'utf8')) }];
  });
}

/** Comments describe, they do not call: a doc comment naming `System.person` needs no scope. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every scope the code needs, with the files that need it. */
function scopesUsedBy(files: SourceFile[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const note = (scope: string, where: string) => used.set(scope, [...(used.get(scope) ?? []), where]);
  for (const file of files) {
    for (const { scope, use, pattern } of scopeUses) {
      if (pattern.test(file.code)) note(scope, `${file.path} (${use})`);
    }
    for (const match of file.code.matchAll(scopeLiteral)) {
      if (match[1]) note(match[1], `${file.path} (names it)`);
    }
  }
  return used;
}

const manifest = readSkillPackageJson('skill.json') as { manifest: { permissions?: { name: string }[] } };
const declared = (manifest.manifest.permissions ?? []).map((permission) => permission.name).sort();

describe('manifest permissions match what the code uses', () => {
  const used = scopesUsedBy(sourceFiles(lambdaRoot));

  it('finds the uses this skill is known to have (the scan itself works)', () => {
    expect(used.get('alexa::person_id:read')?.join()).toMatch(/skill\/turn\.ts/);
    expect(used.get('alexa::alerts:timers:skill:readwrite')?.join()).toMatch(/skill\/rest\.ts/);
  });

  it('declares every permission the code uses', () => {
    for (const [scope, where] of used) {
      expect(declared, `${scope} is used by ${where.join(', ')}`).toContain(scope);
    }
  });

  it('declares no permission the code does not use', () => {
    for (const scope of declared) {
      expect(used.has(scope), `${scope} is declared but nothing uses it`).toBe(true);
    }
  });

  it('asks to tell household members apart and keeps the timers permission', () => {
    // Other scopes may join (each one checked above against the code that needs it).
    expect(declared).toEqual(
      expect.arrayContaining(['alexa::alerts:timers:skill:readwrite', 'alexa::person_id:read']),
    );
  });

  it('tells a scope in a call, a property read and a literal from one in a comment', () => {
    const found = scopesUsedBy([
      { path: 'a.ts', code: withoutComments('// reads System.person when Alexa sends it\nconst x = 1;') },
      { path: 'b.ts', code: 'client.getReminderManagementServiceClient().createReminder(r);' },
      { path: 'c.ts', code: "const scope = 'alexa::profile:email:read';" },
    ]);
    expect([...found.keys()].sort()).toEqual([
      'alexa::alerts:reminders:skill:readwrite',
      'alexa::profile:email:read',
    ]);
  });
});

describe('skill.json against the Skill Management API schema (ask-smapi-model)', () => {
  it('has only fields, types and values SMAPI accepts', () => {
    expect(smapiProblems(readSkillPackageJson('skill.json'))).toEqual([]);
  });

  it('reports a misspelt field, an unknown scope and an unknown interface', () => {
    const broken = structuredClone(readSkillPackageJson('skill.json')) as {
      manifest: {
        permissions: { name: string }[];
        privacyAndCompliance: Record<string, unknown>;
        apis: { custom: { interfaces: { type: string }[] } };
      };
    };
    broken.manifest.permissions.push({ name: 'alexa::person_id:reed' });
    broken.manifest.privacyAndCompliance.usesPersonalInformation = true;
    broken.manifest.apis.custom.interfaces.push({ type: 'ALEXA_PRESENTATION_SCREEN' });
    expect(smapiProblems(broken)).toEqual([
      '$.manifest.privacyAndCompliance.usesPersonalInformation: not a field SMAPI knows',
      '$.manifest.permissions[3].name: "alexa::person_id:reed" is not allowed',
      '$.manifest.apis.custom.interfaces[1].type: "ALEXA_PRESENTATION_SCREEN" is no type SMAPI knows',
    ]);
  });
});
