import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { median } from './stats';

export class ColdStartError extends Error {
  override name = 'ColdStartError';
}

const probeResultSchema = z.object({
  importMs: z.number(),
  firstInvokeMs: z.number(),
  coldStartMs: z.number(),
  sinceProcessStartMs: z.number(),
  maxRssKb: z.number(),
  answered: z.literal(true),
});

export type ColdStartRun = z.infer<typeof probeResultSchema>;

export interface ColdStartSubject {
  name: string;
  bundle: string;
}

export interface ColdStartSummary {
  name: string;
  runs: number;
  /** Medians over the runs: import (init) + first answer = cold start. */
  importMs: number;
  firstInvokeMs: number;
  coldStartMs: number;
  sinceProcessStartMs: number;
  maxRssMb: number;
}

export interface ColdStartOptions {
  probe: string;
  envelope: unknown;
  /** The environment the function gets (table, skill id, endpoint), nothing else of ours. */
  environment: Record<string, string>;
  runs: number;
  workFolder: string;
}

/**
 * Runs each subject `runs` times, alternating between them so that a slow moment of the machine
 * hits both sides rather than one.
 */
export async function measureColdStarts(
  subjects: readonly ColdStartSubject[],
  options: ColdStartOptions,
): Promise<ColdStartSummary[]> {
  const envelopePath = join(options.workFolder, 'cold-start-envelope.json');
  await writeFile(envelopePath, JSON.stringify(options.envelope));
  const runs = new Map<string, ColdStartRun[]>(subjects.map((subject) => [subject.name, []]));
  for (let round = 0; round < options.runs; round += 1) {
    for (const subject of subjects) {
      const resultPath = join(options.workFolder, `cold-start-${subject.name}-${round}.json`);
      runs.get(subject.name)?.push(await runProbe(subject, envelopePath, resultPath, options));
    }
  }
  return subjects.map((subject) => summarize(subject.name, runs.get(subject.name) ?? []));
}

function summarize(name: string, runs: readonly ColdStartRun[]): ColdStartSummary {
  return {
    name,
    runs: runs.length,
    importMs: median(runs.map((run) => run.importMs)),
    firstInvokeMs: median(runs.map((run) => run.firstInvokeMs)),
    coldStartMs: median(runs.map((run) => run.coldStartMs)),
    sinceProcessStartMs: median(runs.map((run) => run.sinceProcessStartMs)),
    maxRssMb: median(runs.map((run) => run.maxRssKb / 1024)),
  };
}

async function runProbe(
  subject: ColdStartSubject,
  envelopePath: string,
  resultPath: string,
  options: ColdStartOptions,
): Promise<ColdStartRun> {
  const child = spawn(process.execPath, [options.probe, subject.bundle, envelopePath, resultPath], {
    env: options.environment,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    throw new ColdStartError(
      `${subject.name} cold start exited with ${code}: ${errors.join('').slice(-2000)}`,
    );
  }
  const parsed = probeResultSchema.safeParse(JSON.parse(await readFile(resultPath, 'utf8')));
  if (!parsed.success) {
    throw new ColdStartError(`${subject.name} did not answer the LaunchRequest: ${parsed.error.message}`);
  }
  return parsed.data;
}
