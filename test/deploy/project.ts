import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DeployOptions } from '../../scripts/deploy/commands';
import type { DeployTools } from '../../scripts/deploy/context';
import { runDeploy } from '../../scripts/deploy/deploy-run';
import type { DeployProgress } from '../../scripts/deploy/state';
import { RecordedRunner, type Rule } from './recorded-runner';

const repository = process.cwd();
const made: string[] = [];

afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A clone of what the deploy reads: the committed skill package and the stack's inputs. */
export function cloneProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'lift-coach-deploy-'));
  made.push(root);
  cpSync(join(repository, 'skill-package'), join(root, 'skill-package'), { recursive: true });
  mkdirSync(join(root, 'infra'));
  writeFileSync(join(root, 'infra', 'app.ts'), '// the CDK app\n');
  writeFileSync(join(root, 'cdk.json'), readFileSync(join(repository, 'cdk.json')));
  return root;
}

export const defaultOptions: DeployOptions = {
  askProfile: 'default',
  region: 'us-east-1',
  stage: 'development',
  dryRun: false,
};

export interface Run {
  exitCode: number;
  runner: RecordedRunner;
  output: string;
}

/** One `npm run deploy` in the clone, against the given world. */
export async function deploy(
  root: string,
  rules: Rule[],
  options: Partial<DeployOptions> = {},
): Promise<Run> {
  const runner = new RecordedRunner(root, rules);
  const said: string[] = [];
  const exitCode = await runDeploy({ ...defaultOptions, ...options }, tools(root, runner, said));
  return { exitCode, runner, output: said.join('\n') };
}

export function tools(root: string, runner: RecordedRunner, said: string[]): DeployTools {
  return {
    root,
    run: runner.run,
    say: (line) => said.push(line),
    sleep: async () => {},
    env: {},
    nodeVersion: '20.19.2',
  };
}

export interface StatesFile {
  askcliStatesVersion: string;
  profiles: Record<string, { skillId?: string }>;
  liftCoachDeploy: Record<string, DeployProgress>;
}

export function readStates(root: string): StatesFile {
  return JSON.parse(readFileSync(join(root, '.ask/ask-states.json'), 'utf8'));
}
