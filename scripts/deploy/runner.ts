import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';

/** One external command: the program, its arguments, and what it needs beyond the parent's environment. */
export interface Command {
  program: 'ask' | 'aws' | 'cdk' | 'npm';
  args: string[];
  /** Folder to run in, relative to the project root (the root when absent). */
  cwd?: string;
  env?: Record<string, string>;
  /** Long commands (build, cdk deploy, ask deploy) show their progress as it happens. */
  stream?: boolean;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The program is not installed (the spawn failed with ENOENT). */
  notFound?: boolean;
}

/** Runs commands; the deploy never reaches the outside world any other way, so tests replay it. */
export type CommandRunner = (command: Command) => Promise<CommandResult>;

/** The command as a person would type it (values with spaces or quotes single-quoted). */
export function commandLine(command: Command): string {
  const quote = (word: string) =>
    /^[\w@%+=:,./$-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
  const env = Object.entries(command.env ?? {}).map(([key, value]) => `${key}=${quote(value)}`);
  const where = command.cwd ? [`(cd ${quote(command.cwd)} &&`] : [];
  const line = [...where, ...env, command.program, ...command.args.map(quote)].join(' ');
  return command.cwd ? `${line})` : line;
}

/**
 * Spawns the program from node_modules/.bin or else the PATH, captures
 * both streams and, for streamed commands, echoes them as they come.
 */
export function processRunner(projectRoot: string): CommandRunner {
  return (command) =>
    new Promise((resolve) => {
      const child = spawn(command.program, command.args, {
        cwd: command.cwd ? `${projectRoot}/${command.cwd}` : projectRoot,
        // The ASK CLI and the CDK CLI are dev dependencies; found even when not run through npm.
        env: {
          ...process.env,
          PATH: `${projectRoot}/node_modules/.bin${delimiter}${process.env.PATH ?? ''}`,
          ...command.env,
        },
        stdio: ['inherit', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk;
        if (command.stream) process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk;
        if (command.stream) process.stderr.write(chunk);
      });
      child.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ exitCode: 127, stdout, stderr: error.message, notFound: error.code === 'ENOENT' }),
      );
      child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
    });
}
