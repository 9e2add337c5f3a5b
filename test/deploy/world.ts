import type { Reply, Rule } from './recorded-runner';

export const account = '123456789012';
export const skillId = 'amzn1.ask.skill.1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const functionArn = `arn:aws:lambda:us-east-1:${account}:function:LiftCoach-SkillFunction5F3B1F52-Xq7ZkT2mLw9R`;
export const tableName = 'LiftCoach-DataTableV2B6E5DA4D-1Q2W3E4R5T6Y';
export const locales = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const statusOf = (status: string, errors?: { message: string }[]) => ({
  lastUpdateRequest: { status, ...(errors ? { errors } : {}) },
});
export const modelStatus = (status: string, failed: Record<string, string> = {}): Reply => ({
  stdout: json({
    interactionModel: Object.fromEntries(
      locales.map((locale) => [
        locale,
        failed[locale] ? statusOf('FAILED', [{ message: failed[locale] }]) : statusOf(status),
      ]),
    ),
  }),
});

/** What the tools print when they fail, as they print it. */
export const failures = {
  noCredentials: {
    exitCode: 255,
    stderr: '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n',
  },
  unknownProfile: { exitCode: 255, stderr: '\nThe config profile (lift) could not be found\n' },
  awsMissing: { notFound: true },
  askNotConfigured: {
    exitCode: 1,
    stderr:
      '[Error]: {\n  "message": "File /home/lifter/.ask/cli_config not exists.",\n  "detail": {\n    "name": "CliFileNotFoundError"\n  }\n}\n',
  },
  notBootstrapped: {
    exitCode: 254,
    stderr:
      '\nAn error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id CDKToolkit does not exist\n',
  },
  generic: (what: string): Reply => ({ exitCode: 1, stderr: `[Error]: ${what}\n` }),
};

/** Bundles a build leaves; a different `code` is a code change. */
export const buildReply = (code = 'v1'): Reply => ({
  writes: {
    'dist/skill/index.mjs': `export const handler = async () => '${code}';\n`,
    'dist/progress/index.mjs': `export const handler = async () => '${code}';\n`,
  },
});

/** A working developer account and AWS account, with whatever overrides a test needs first. */
export function world(overrides: Rule[] = [], code = 'v1'): Rule[] {
  return [
    ...overrides,
    [
      /^aws sts get-caller-identity/,
      {
        stdout: json({ UserId: 'AIDAEXAMPLE', Account: account, Arn: `arn:aws:iam::${account}:user/lifter` }),
      },
    ],
    [
      /^ask smapi get-vendor-list/,
      { stdout: json({ vendors: [{ name: 'Lifter', id: 'M2EXAMPLE', roles: ['ROLE_ADMINISTRATOR'] }] }) },
    ],
    [/^aws cloudformation describe-stacks --stack-name CDKToolkit/, { stdout: 'CREATE_COMPLETE\n' }],
    [/^npm run build$/, buildReply(code)],
    [/^ask smapi create-skill-for-vendor/, { stdout: json({ skillId }) }],
    [
      /^ask smapi get-skill-status .* --resource manifest/,
      [
        { stdout: json({ manifest: statusOf('IN_PROGRESS') }) },
        { stdout: json({ manifest: statusOf('SUCCEEDED') }) },
      ],
    ],
    [/cdk bootstrap/, { stdout: ' ✅  Environment aws://123456789012/us-east-1 bootstrapped.\n' }],
    [
      /cdk deploy LiftCoach/,
      {
        writes: {
          'cdk.out/outputs.json': json({
            LiftCoach: { SkillFunctionArn: functionArn, TableName: tableName },
          }),
        },
        stdout: ' ✅  LiftCoach\n',
      },
    ],
    [
      /ask deploy --target skill-metadata/,
      {
        stdout:
          '==================== Deploy Skill Metadata ====================\nSkill package deployed successfully.\n',
      },
    ],
    [
      /^ask smapi get-skill-status .* --resource interactionModel/,
      [modelStatus('IN_PROGRESS'), modelStatus('SUCCEEDED')],
    ],
    [/^ask smapi set-skill-enablement/, { stdout: 'Command executed successfully!\n' }],
    [/cdk destroy LiftCoach/, { stdout: ' ✅  LiftCoach: destroyed\n' }],
    [/^ask smapi delete-skill/, { stdout: 'Command executed successfully!\n' }],
  ];
}
