import { describe, expect, it } from 'vitest';
import { commandLine, processRunner } from '../../scripts/deploy/runner';

describe('the command runner the deploy uses for real', () => {
  const run = processRunner(process.cwd());

  it('runs the ASK CLI kept as a dev dependency (no global install) and captures what it prints', async () => {
    const result = await run({ program: 'ask', args: ['--version'] });

    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toMatch(/^2\.\d+\.\d+$/);
  });

  it('tells a program that is not installed from one that failed', async () => {
    const result = await run({ program: 'aws', args: ['--version'], env: { PATH: '/nonexistent' } });

    expect(result.notFound).toBe(true);
    expect(result.exitCode).toBe(127);
  });

  it('prints commands as a person would type them', () => {
    expect(
      commandLine({
        program: 'ask',
        args: ['smapi', 'create-skill-for-vendor', '--manifest', `{"name":"Lift Coach's"}`],
        cwd: 'build',
        env: { AWS_REGION: 'us-east-1' },
      }),
    ).toBe(
      `(cd build && AWS_REGION=us-east-1 ask smapi create-skill-for-vendor --manifest '{"name":"Lift Coach'\\''s"}')`,
    );
  });
});
