import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Goal, Level, Unit } from '../lambda/rules';
import { repositoryRoot } from './interaction-model';
import { simulateCoaching } from './simulate-coaching';
import { liftChart, liftTable } from './simulate-report';
import { startSimulationStack } from './simulate-stack';

// `npm run simulate -- --goal both --level intermediate --weeks 12 [--unit lb] [--stuck] [--seed N]
//  [--out chart.svg] [--dynamo-endpoint URL]`: weeks of workouts said to the BUILT skill
// (dist/skill), with the progress Lambda (dist/progress) fed by the stream, on DynamoDB Local.

const { values } = parseArgs({
  options: {
    goal: { type: 'string', default: 'both' },
    level: { type: 'string', default: 'intermediate' },
    weeks: { type: 'string', default: '12' },
    unit: { type: 'string', default: 'kg' },
    seed: { type: 'string', default: '12' },
    stuck: { type: 'boolean', default: false },
    transcript: { type: 'boolean', default: false },
    out: { type: 'string' },
    'dynamo-endpoint': { type: 'string' },
  },
});
const goals = ['hypertrophy', 'strength', 'both'];
const levels = ['beginner', 'intermediate', 'advanced'];
if (!goals.includes(values.goal) || !levels.includes(values.level) || !['kg', 'lb'].includes(values.unit)) {
  console.error('Use --goal hypertrophy|strength|both --level beginner|intermediate|advanced --unit kg|lb');
  process.exit(2);
}
const weeks = Number(values.weeks);
if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
  console.error('--weeks must be a whole number from 1 to 104');
  process.exit(2);
}
const outDir = join(repositoryRoot, 'dist', 'simulate');
mkdirSync(outDir, { recursive: true });
const logFile = join(outDir, 'lambda.log');
const started = performance.now();
const stack = await startSimulationStack({
  ...(values['dynamo-endpoint'] ? { dynamoEndpoint: values['dynamo-endpoint'] } : {}),
  tableName: `lift-coach-simulation-${Date.now()}`,
  logFile,
});
let run: Awaited<ReturnType<typeof simulateCoaching>>;
try {
  run = await simulateCoaching(stack, {
    goal: values.goal as Goal,
    level: values.level as Level,
    unit: values.unit as Unit,
    weeks,
    seed: Number(values.seed) || 12,
    ...(values.stuck ? { growthPerSession: 0, trueShareOfStated: 0.95 } : {}),
  });
} catch (error) {
  await stack.stop();
  console.error(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  console.error(`The Lambdas' log lines: ${logFile}`);
  process.exit(1);
}
await stack.stop();
const title = `${values.goal} · ${values.level} · ${values.unit} · ${weeks} weeks${values.stuck ? ' · stuck lifter' : ''}`;
console.log(title);
if (values.transcript) console.log(run.transcript.join('\n'));
console.log(liftTable(run.rows));
const out = values.out ?? join(outDir, `${values.goal}-${values.level}${values.stuck ? '-stuck' : ''}.svg`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, liftChart(run.rows, title));
console.log(
  `\n${run.workouts} workouts, ${run.turns} turns through dist/skill and dist/progress in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`Chart: ${out}`);
console.log(`The Lambdas' log lines: ${logFile}`);
