import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Goal, Level, Unit } from '../lambda/rules';
import { repositoryRoot } from './interaction-model';
import { simulateCoaching } from './simulate-coaching';
import { liftChart, liftTable } from './simulate-report';

// `npm run simulate -- --goal both --level intermediate --weeks 12 [--unit lb] [--stuck]`

const { values } = parseArgs({
  options: {
    goal: { type: 'string', default: 'both' },
    level: { type: 'string', default: 'intermediate' },
    weeks: { type: 'string', default: '12' },
    unit: { type: 'string', default: 'kg' },
    seed: { type: 'string', default: '12' },
    stuck: { type: 'boolean', default: false },
    out: { type: 'string' },
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
const rows = simulateCoaching({
  goal: values.goal as Goal,
  level: values.level as Level,
  unit: values.unit as Unit,
  weeks,
  seed: Number(values.seed) || 12,
  ...(values.stuck ? { growthPerSession: 0, trueShareOfStated: 0.95 } : {}),
});
const title = `${values.goal} · ${values.level} · ${weeks} weeks${values.stuck ? ' · stuck lifter' : ''}`;
console.log(title);
console.log(liftTable(rows));
const out =
  values.out ??
  join(
    repositoryRoot,
    'dist',
    'simulate',
    `${values.goal}-${values.level}${values.stuck ? '-stuck' : ''}.svg`,
  );
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, liftChart(rows, title));
console.log(`\nChart: ${out}`);
