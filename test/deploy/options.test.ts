import { describe, expect, it } from 'vitest';
import { parseDeployOptions } from '../../scripts/deploy/options';

describe('the deploy and destroy flags', () => {
  it('defaults to the development stage, the default ASK CLI profile and us-east-1', () => {
    expect(parseDeployOptions([], {})).toEqual({
      ok: true,
      options: { askProfile: 'default', region: 'us-east-1', stage: 'development', dryRun: false },
      regionFlag: false,
    });
  });

  it('reads every flag', () => {
    const parsed = parseDeployOptions(
      [
        '--profile',
        'lift',
        '--ask-profile',
        'coach',
        '--region',
        'eu-west-1',
        '--alarm-email',
        'me@example.com',
        '--stage',
        'development',
        '--dry-run',
      ],
      {},
    );
    expect(parsed).toEqual({
      ok: true,
      options: {
        profile: 'lift',
        askProfile: 'coach',
        region: 'eu-west-1',
        alarmEmail: 'me@example.com',
        stage: 'development',
        dryRun: true,
      },
      regionFlag: true,
    });
  });

  it('takes the region from the AWS environment when no flag names one', () => {
    const parsed = parseDeployOptions([], { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' });
    expect(parsed.ok === true && parsed.options.region).toBe('us-west-2');
    const fallback = parseDeployOptions([], { AWS_DEFAULT_REGION: 'eu-west-1' });
    expect(fallback.ok === true && fallback.options.region).toBe('eu-west-1');
  });

  it.each([
    [['--stage', 'live'], /only the development stage can be deployed/],
    [['--alarm-email', 'ops-team'], /"ops-team" is not an e-mail address/],
    [['--privacy-url', 'http://example.org/privacy'], /is not an https:\/\/ address/],
    [['--region', 'Ireland'], /"Ireland" is not an AWS Region name/],
    [['--regoin', 'eu-west-1'], /Unknown option '--regoin'[\s\S]*--region REGION/],
  ])('refuses %j with the reason', (argv, reason) => {
    const parsed = parseDeployOptions(argv, {});
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.error).toMatch(reason);
  });

  it('takes the published privacy notice address', () => {
    const parsed = parseDeployOptions(['--privacy-url', 'https://you.example.org/privacy.html'], {});
    expect(parsed.ok === true && parsed.options.privacyUrl).toBe('https://you.example.org/privacy.html');
  });
});
