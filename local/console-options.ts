import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { repositoryRoot } from './interaction-model';

/** The flags of `npm start -- …` (see `--help`). */
export class ConsoleOptionsError extends Error {
  override name = 'ConsoleOptionsError';
}

export const consoleLocales = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;

/** The local console's own skill id; the skill accepts only requests carrying it (SKILL_ID). */
export const localSkillId = 'amzn1.ask.skill.1c0c0a5e-0000-4000-8000-000000000001';

const optionsSchema = z.object({
  locale: z.enum(consoleLocales),
  user: z.string().regex(/^[\w.-]{1,64}$/, 'use letters, digits, dots, dashes or underscores'),
  person: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .optional(),
  screen: z.boolean(),
  timeScale: z.number().positive().max(10_000),
  inMemory: z.boolean(),
  dataDir: z.string().min(1),
  speak: z.boolean(),
  script: z.string().optional(),
  verbose: z.boolean(),
  dynamoEndpoint: z.url().optional(),
  tableName: z.string().regex(/^[\w.-]{3,255}$/),
  help: z.boolean(),
  /** Where the console's clock starts (`--date`); request timestamps follow it. */
  date: z.string().optional(),
});

export type ConsoleOptions = z.infer<typeof optionsSchema>;

export const consoleUsage = `Talk to Lift Coach on this machine.

  npm start -- [options]

  --locale L         en-US (default), en-GB, en-AU, en-CA or en-IN
  --user NAME        who is talking (default "lifter"); the same name keeps the same history
  --person NAME      a recognised voice profile inside that account (own plan and history)
  --screen           an Echo Show: the screen is drawn as text; 'tap done', 'tap skip', 'tap ready',
                     'tap fewer', 'tap more' touch its buttons
  --time-scale N     emulated seconds per real second for rest timers (default 1; 60 = a minute a second)
  --in-memory        throwaway run: nothing is kept
  --data-dir DIR     where DynamoDB Local keeps its data (default .local-data/dynamodb)
  --speak            also speak through espeak-ng when it is installed
  --script FILE      run a conversation script and exit (non-zero on a failure); "-" or no
                     FILE with standard input not a terminal reads it from standard input
  --verbose          show the intent and slots each line resolved to, and the skill's log lines
  --dynamo-endpoint URL   use a running DynamoDB Local instead of starting one
  --table NAME       table name (default lift-coach-local)
  --date WHEN        start the clock there (2026-12-01 or 2026-12-01T07:30Z); while talking,
                     "wait 2d", "wait 3h" or "wait until tomorrow 6pm" move it on
  --help             this text

Type what you would say to Alexa. An empty line is silence (Alexa reprompts). Ctrl-D or "exit" quits.`;

export function parseConsoleOptions(argv: readonly string[]): ConsoleOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        locale: { type: 'string', default: 'en-US' },
        user: { type: 'string', default: 'lifter' },
        person: { type: 'string' },
        screen: { type: 'boolean', default: false },
        'time-scale': { type: 'string', default: '1' },
        'in-memory': { type: 'boolean', default: false },
        'data-dir': { type: 'string', default: join(repositoryRoot, '.local-data', 'dynamodb') },
        speak: { type: 'boolean', default: false },
        script: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'dynamo-endpoint': { type: 'string' },
        table: { type: 'string', default: 'lift-coach-local' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConsoleOptionsError((error as Error).message, { cause: error });
  }
  const parsed = optionsSchema.safeParse({
    locale: values.locale,
    user: values.user,
    person: values.person,
    screen: values.screen,
    timeScale: Number(values['time-scale']),
    inMemory: values['in-memory'],
    dataDir: values['data-dir'],
    speak: values.speak,
    script: values.script,
    verbose: values.verbose,
    dynamoEndpoint: values['dynamo-endpoint'],
    tableName: values.table,
    help: values.help,
    date: values.date,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConsoleOptionsError(`--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Alexa-shaped ids from the names typed on the command line, stable across runs. */
export function localUserId(name: string): string {
  return `amzn1.ask.account.LOCAL${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
}

export function localPersonId(name: string): string {
  return `amzn1.ask.person.LOCAL${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
}
