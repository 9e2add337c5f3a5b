import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { logRetention } from '../../infra/lambda-defaults';
import { activeWorkoutLifetimeSeconds } from '../../lambda/store/save-turn';
import { privacyUrlPlaceholder } from '../../scripts/deploy/skill-package';
import { drawIcon, iconFiles } from '../../scripts/icons/draw-icons';
import { crc32, encodePng } from '../../scripts/icons/png';
import { skillLocales } from '../../scripts/interaction-model/types';
import { readSkillPackageJson, skillPackagePath } from './skill-package-files';

// What certification checks before a person ever hears the skill: icons of the right size on every
// locale, a privacy notice and terms linked from every locale, and the personal-information answer
// that matches what the skill stores.

interface LocalePublishing {
  smallIconUri?: string;
  largeIconUri?: string;
}
interface Manifest {
  manifest: {
    publishingInformation: { locales: Record<string, LocalePublishing> };
    privacyAndCompliance: {
      usesPersonalInfo: boolean;
      locales: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
    };
  };
}

const { manifest } = readSkillPackageJson('skill.json') as Manifest;
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const placeholderPrivacyUrl = 'https://example.com/REPLACE-WITH-PRIVACY-NOTICE-URL';

interface PngFacts {
  width: number;
  height: number;
  colourType: number;
  bitDepth: number;
  distinctColours: number;
}

/** Reads a PNG the way a strict decoder would: signature, chunk CRCs, IHDR first, IDAT size. */
function readPng(bytes: Buffer): PngFacts {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), 'chunk CRC').toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('ascii'), data: typeAndData.subarray(4) });
    offset += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const header = chunks[0]?.data as Buffer;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8] as number;
  const colourType = header[9] as number;
  const channels = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((c) => c.data)));
  expect(raw.length).toBe(height * (1 + width * channels));
  const colours = new Set<string>();
  for (let row = 0; row < height; row++) {
    const start = row * (1 + width * channels);
    expect(raw[start], 'row filter (the writer uses none)').toBe(0);
    for (let column = 0; column < width; column++) {
      const pixel = start + 1 + column * channels;
      colours.add(raw.subarray(pixel, pixel + channels).toString('hex'));
    }
  }
  return { width, height, colourType, bitDepth, distinctColours: colours.size };
}

describe('icons', () => {
  it.each(skillLocales)('%s names the small and large icon as file:// URIs the ASK CLI uploads', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect(info?.smallIconUri).toBe('file://assets/images/lift-coach-108.png');
    expect(info?.largeIconUri).toBe('file://assets/images/lift-coach-512.png');
  });

  it.each(iconFiles)('$path is a real $size × $size PNG with a picture on it', ({ path, size }) => {
    expect(existsSync(skillPackagePath(path))).toBe(true);
    const png = readPng(readFileSync(skillPackagePath(path)));
    expect(png).toMatchObject({ width: size, height: size, bitDepth: 8, colourType: 6 });
    // Background, badge, bar and two plate colours, plus the smoothed edges between them.
    expect(png.distinctColours).toBeGreaterThan(20);
  });

  it.each(iconFiles)('$path is what scripts/icons/draw-icons.ts draws (no hand edits)', ({ path, size }) => {
    expect(encodePng(drawIcon(size)).equals(readFileSync(skillPackagePath(path)))).toBe(true);
  });

  it('reads back what it wrote pixel for pixel', () => {
    const drawn = drawIcon(16);
    const png = readPng(encodePng(drawn));
    expect(png).toMatchObject({ width: 16, height: 16 });
    const raw = inflateSync(encodePng(drawn).subarray(8 + 25 + 8, -12));
    expect(raw.subarray(1, 1 + 16 * 4)).toEqual(Buffer.from(drawn.pixels.subarray(0, 16 * 4)));
  });
});

describe('privacy notice and terms', () => {
  it('says the skill uses personal information: it stores a training record per person', () => {
    expect(manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(read('skill-package/README.md')).toMatch(/usesPersonalInfo: true/);
  });

  it.each(skillLocales)('%s links a privacy notice and terms of use over HTTPS', (locale) => {
    const links = manifest.privacyAndCompliance.locales[locale];
    expect(links?.privacyPolicyUrl).toMatch(/^https:\/\/[^\s#]+$/);
    expect(links?.termsOfUseUrl).toBe(`${links?.privacyPolicyUrl}#terms-of-use`);
  });

  it('keeps the placeholder the deploy replaces with --privacy-url, as docs/deploy.md says', () => {
    const urls = Object.values(manifest.privacyAndCompliance.locales).map((links) => links.privacyPolicyUrl);
    const deployGuide = read('docs/deploy.md');
    expect(deployGuide).toMatch(/## Privacy notice hosting[\s\S]*npm run deploy -- --privacy-url https:\/\//);
    expect(privacyUrlPlaceholder).toBe(placeholderPrivacyUrl);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toBe(placeholderPrivacyUrl);
  });

  it('docs/privacy.md says what is kept, for how long, and how to delete it', () => {
    const notice = read('docs/privacy.md');
    for (const kept of [/\*\*Your profile\*\*/, /\*\*Your sets\*\*/, /statistics/, /summaries/]) {
      expect(notice).toMatch(kept);
    }
    expect(notice).toMatch(/24 hours after your last turn/);
    expect(notice).toMatch(/point-in-time recovery[\s\S]*35\s+days/);
    expect(notice).toMatch(/delete my data/);
    expect(notice).toMatch(/disabling the skill/i);
    expect(notice).toMatch(/## Terms of use/);
  });

  it('the notice names the retention the code and the stack really configure', () => {
    const notice = read('docs/privacy.md');
    expect(activeWorkoutLifetimeSeconds).toBe(24 * 60 * 60);
    expect(notice).toMatch(/deleted automatically 24 hours after your last turn/);
    const recoveryDays = /recoveryPeriodInDays = (\d+)/.exec(read('infra/data-table.ts'))?.[1];
    expect(notice).toMatch(new RegExp(`last\\s+${recoveryDays}\\s+days`));
    expect(logRetention).toBe(RetentionDays.ONE_MONTH);
    expect(notice).toMatch(/They are kept 30 days/);
    const failureQueueDays = /retentionPeriod: Duration\.days\((\d+)\)/.exec(
      read('infra/progress-function.ts'),
    )?.[1];
    expect(notice).toMatch(new RegExp(`kept\\s+${failureQueueDays}\\s+days for the operator`));
  });
});
