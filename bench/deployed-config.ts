/**
 * What the stack deploys that changes the figures: the environment Node starts with (source maps)
 * and the memory each function is deployed with, read from the stack's own constants so the cost
 * figure follows a change of configuration. Falls back to 512 MB (and says so) when a constant is
 * not exported.
 */
export interface LambdaMemory {
  skill: number;
  progress: number;
  source: string;
}

const fallbackMb = 512;

function numberExport(module: Record<string, unknown>, names: readonly string[]): number | undefined {
  for (const name of names) {
    const value = module[name];
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}

export async function readLambdaMemory(): Promise<LambdaMemory> {
  const sources: string[] = [];
  const skillModule = (await import('../infra/skill-function').catch(() => ({}))) as Record<string, unknown>;
  const progressModule = (await import('../infra/progress-function').catch(() => ({}))) as Record<
    string,
    unknown
  >;
  const skill = numberExport(skillModule, ['SKILL_MEMORY_MB', 'skillMemoryMb']);
  const progress = numberExport(progressModule, ['PROGRESS_MEMORY_MB', 'progressMemoryMb']);
  sources.push(skill ? 'skill: infra/skill-function.ts' : `skill: assumed ${fallbackMb} MB`);
  sources.push(progress ? 'progress: infra/progress-function.ts' : `progress: assumed ${fallbackMb} MB`);
  return { skill: skill ?? fallbackMb, progress: progress ?? fallbackMb, source: sources.join(', ') };
}

/** NODE_OPTIONS and the like that the stack sets on both functions, so cold starts run as deployed. */
export async function readDeployedNodeEnvironment(): Promise<Record<string, string>> {
  const defaults = (await import('../infra/lambda-defaults').catch(() => ({}))) as Record<string, unknown>;
  const environment = defaults.sourceMapsEnvironment;
  if (!environment || typeof environment !== 'object') return {};
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
