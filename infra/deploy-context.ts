import * as z from 'zod';

/** What a deployment needs from `-c key=value` (or cdk.json's context). */
export interface DeployContext {
  /** The Alexa skill allowed to invoke the skill function. */
  skillId: string;
  /** Where alarm notifications go; no topic is created without it. */
  alarmEmail?: string;
}

export type DeployContextResult = { ok: true; value: DeployContext } | { ok: false; error: string };

const skillIdPattern = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const usage =
  'Pass the Alexa skill id, e.g. npx cdk deploy -c skillId=amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef ' +
  '(ask smapi create-skill-for-vendor prints it; the Alexa developer console shows it under View Skill ID).';

const skillIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing' : 'not a string') })
  .trim()
  .regex(skillIdPattern, { error: 'malformed' });

const alarmEmailSchema = z.email({ error: 'alarmEmail is not an e-mail address' }).optional();

/**
 * Reads the deployment's context values. Bad input is expected here (a typo on the command line),
 * so it comes back as a result whose message says how to fix it.
 */
export function readDeployContext(tryGetContext: (key: string) => unknown): DeployContextResult {
  const skillId = skillIdSchema.safeParse(tryGetContext('skillId'));
  if (!skillId.success) {
    const problem =
      skillId.error.issues[0]?.message === 'missing'
        ? 'The Alexa skill id is missing.'
        : `The Alexa skill id ${JSON.stringify(tryGetContext('skillId'))} is malformed: expected amzn1.ask.skill.<uuid>.`;
    return { ok: false, error: `${problem} ${usage}` };
  }
  const rawEmail = tryGetContext('alarmEmail');
  const alarmEmail = alarmEmailSchema.safeParse(rawEmail === '' ? undefined : rawEmail);
  if (!alarmEmail.success) {
    return {
      ok: false,
      error: `The alarm e-mail ${JSON.stringify(rawEmail)} is not an e-mail address (-c alarmEmail=you@example.com, or leave it out).`,
    };
  }
  return {
    ok: true,
    value:
      alarmEmail.data === undefined
        ? { skillId: skillId.data }
        : { skillId: skillId.data, alarmEmail: alarmEmail.data },
  };
}
