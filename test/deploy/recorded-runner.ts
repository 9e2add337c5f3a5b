import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type Command,
  type CommandResult,
  type CommandRunner,
  commandLine,
} from '../../scripts/deploy/runner';

/** What a canned command answers, and what it leaves on disk (the build's bundles, cdk's outputs). */
export interface Reply {
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  notFound?: boolean;
  writes?: Record<string, string>;
}

/** A command line pattern and its replies in order; the last one repeats (status polls). */
export type Rule = [pattern: RegExp, replies: Reply | Reply[]];

/**
 * Stands in for ask, aws, cdk and npm: records every command with its arguments and replays canned
 * output. The first rule matching the command line answers; a command no rule expects fails the test.
 */
export class RecordedRunner {
  readonly calls: Command[] = [];
  private readonly served = new Map<Rule, number>();

  constructor(
    private readonly root: string,
    private readonly rules: Rule[],
  ) {}

  readonly run: CommandRunner = async (command) => {
    this.calls.push(command);
    const line = commandLine(command);
    const rule = this.rules.find(([pattern]) => pattern.test(line));
    if (!rule) throw new Error(`unexpected command: ${line}`);
    const replies = Array.isArray(rule[1]) ? rule[1] : [rule[1]];
    const count = this.served.get(rule) ?? 0;
    this.served.set(rule, count + 1);
    const reply = replies[Math.min(count, replies.length - 1)] as Reply;
    for (const [path, content] of Object.entries(reply.writes ?? {})) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
    const result: CommandResult = {
      exitCode: reply.exitCode ?? 0,
      stdout: reply.stdout ?? '',
      stderr: reply.stderr ?? '',
    };
    return reply.notFound ? { ...result, exitCode: 127, notFound: true } : result;
  };

  /** Every command as typed, in order. */
  lines(): string[] {
    return this.calls.map(commandLine);
  }

  /** Just program and subcommand, e.g. "ask smapi create-skill-for-vendor", to read a run's shape. */
  shape(): string[] {
    return this.calls.map((call) => {
      const words = [call.program, ...call.args];
      const end =
        (call.program === 'ask' && call.args[0] === 'smapi') ||
        (call.program !== 'cdk' && call.program !== 'ask')
          ? 3
          : 2;
      const resource = call.args.includes('--resource')
        ? ` ${call.args[call.args.indexOf('--resource') + 1]}`
        : '';
      return `${words.slice(0, end).join(' ')}${resource}`;
    });
  }
}
