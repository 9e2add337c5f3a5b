import type { DeployOptions } from './commands';
import { type Command, type CommandResult, type CommandRunner, commandLine } from './runner';
import type { DeployState } from './state';

/** A reason to stop that the person can act on; the message says what is wrong and the fix. */
export class DeployStop extends Error {
  override readonly name = 'DeployStop';
}

export interface DeployTools {
  /** The repository root: every path the deploy reads or writes is under it. */
  root: string;
  run: CommandRunner;
  say: (line: string) => void;
  sleep: (milliseconds: number) => Promise<void>;
  env: Record<string, string | undefined>;
  nodeVersion: string;
}

/** What one run knows so far; later steps read what earlier ones found. */
export interface RunContext {
  options: DeployOptions;
  tools: DeployTools;
  state: DeployState;
  /** The previous run stopped part-way: steps it finished with the same inputs are not repeated. */
  resuming: boolean;
  locales: string[];
  account?: string;
  bootstrapped?: boolean;
  skillId?: string;
  functionArn?: string;
}

/** Runs a command and shows it first, so the person sees exactly what is done in their accounts. */
export async function execute(context: RunContext, command: Command): Promise<CommandResult> {
  context.tools.say(`  $ ${commandLine(command)}`);
  return context.tools.run(command);
}

/** Runs a command that must succeed; on failure, stops with what it printed last. */
export async function executeOrStop(
  context: RunContext,
  command: Command,
  what: string,
): Promise<CommandResult> {
  const result = await execute(context, command);
  if (result.notFound) {
    throw new DeployStop(`${what} failed: \`${command.program}\` is not installed or not on the PATH.`);
  }
  if (result.exitCode !== 0) {
    throw new DeployStop(`${what} failed (exit code ${result.exitCode}).${lastWords(result)}`);
  }
  return result;
}

/** The end of what a failed command said, where tools put their reason. */
export function lastWords(result: CommandResult): string {
  const text = `${result.stderr}\n${result.stdout}`.trim();
  if (text === '') return '';
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return `\n    ${lines.slice(-8).join('\n    ')}`;
}

/** Parses a command's JSON output, or stops saying which command printed something else. */
export function parseJson<T>(result: CommandResult, what: string): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new DeployStop(`${what} printed something that is not JSON:${lastWords(result)}`);
  }
}
