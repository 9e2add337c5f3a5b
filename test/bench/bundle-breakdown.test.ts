import { describe, expect, it } from 'vitest';
import { bytesByPart, partOf } from '../../bench/bundle-breakdown';

describe('the bundle breakdown', () => {
  it('counts a package as one part, the innermost when one is nested in another', () => {
    expect(partOf('node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(partOf('node_modules/@smithy/core/dist-es/index.js')).toBe('@smithy/core');
    expect(partOf('node_modules/ask-sdk-core/node_modules/@types/x/index.js')).toBe('@types/x');
  });

  it('counts Lift Coach’s own code by folder, and the APL documents apart', () => {
    expect(partOf('lambda/skill/handlers/launch.ts')).toBe('lambda/skill/handlers');
    expect(partOf('lambda/skill/reply.ts')).toBe('lambda/skill');
    expect(partOf('lambda/rules/catalog.ts')).toBe('lambda/rules');
    expect(partOf('skill-package/response/display/WorkoutSet/document.json')).toBe(
      'skill-package (APL documents)',
    );
  });

  it('adds up the bytes each input puts into the bundle', () => {
    const parts = bytesByPart({
      'node_modules/zod/v4/core/core.js': { bytesInOutput: 100 },
      'node_modules/zod/v4/mini/schemas.js': { bytesInOutput: 20 },
      'lambda/rules/plan.ts': { bytesInOutput: 7 },
    });
    expect(Object.fromEntries(parts)).toEqual({ zod: 120, 'lambda/rules': 7 });
  });
});
