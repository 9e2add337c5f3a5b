import { parseArgs } from 'node:util';
import type { DeployOptions } from './commands';

export const defaultRegion = 'us-east-1';

export const usage = `Flags:
  --profile NAME        AWS profile with the credentials (default: the environment's, e.g. AWS_PROFILE)
  --ask-profile NAME    ASK CLI profile from \`npx ask configure\` (default: default)
  --region REGION       AWS Region of the stack (default: AWS_REGION, AWS_DEFAULT_REGION, else ${defaultRegion})
  --alarm-email ADDRESS where the stack's alarms are e-mailed (deploy only)
  --privacy-url URL     where your copy of docs/privacy.md is published (https; needed for certification)
  --stage development   the skill stage to deploy and enable (only development can be deployed)
  --dry-run             print every step and its commands; changes and calls nothing
  --help                this text`;

export type ParsedOptions =
  | { ok: true; options: DeployOptions; regionFlag: boolean }
  | { ok: false; error: string }
  | { ok: 'help' };

const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d$/;
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Reads the command line; a mistake comes back as the sentence to print, with nothing started. */
export function parseDeployOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ParsedOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        profile: { type: 'string' },
        'ask-profile': { type: 'string' },
        region: { type: 'string' },
        'alarm-email': { type: 'string' },
        'privacy-url': { type: 'string' },
        stage: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, error: `${(error as Error).message}\n${usage}` };
  }
  if (values.help) return { ok: 'help' };
  const text = (key: string) =>
    typeof values[key] === 'string' ? (values[key] as string).trim() : undefined;
  const region = text('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || defaultRegion;
  if (!regionPattern.test(region)) {
    return { ok: false, error: `"${region}" is not an AWS Region name (for example us-east-1).` };
  }
  const stage = text('stage') ?? 'development';
  if (stage !== 'development') {
    return {
      ok: false,
      error: `--stage ${stage}: only the development stage can be deployed; the live stage is reached through certification in the developer console.`,
    };
  }
  const alarmEmail = text('alarm-email');
  if (alarmEmail !== undefined && !emailPattern.test(alarmEmail)) {
    return { ok: false, error: `--alarm-email "${alarmEmail}" is not an e-mail address.` };
  }
  const privacyUrl = text('privacy-url');
  if (privacyUrl !== undefined && !isHttpsUrl(privacyUrl)) {
    return { ok: false, error: `--privacy-url "${privacyUrl}" is not an https:// address.` };
  }
  const profile = text('profile') || undefined;
  return {
    ok: true,
    options: {
      ...(profile ? { profile } : {}),
      askProfile: text('ask-profile') || 'default',
      region,
      ...(alarmEmail ? { alarmEmail } : {}),
      ...(privacyUrl ? { privacyUrl } : {}),
      stage,
      dryRun: values['dry-run'] === true,
    },
    regionFlag: text('region') !== undefined,
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}
