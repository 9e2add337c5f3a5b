import { createInterface } from 'node:readline/promises';
import { runDestroy } from './destroy-run';
import { parseDeployOptions, usage } from './options';
import { processRunner } from './runner';

// `npm run destroy [-- flags]`: the stack, then (typed confirmation) the skill. See docs/deploy.md.
const parsed = parseDeployOptions(process.argv.slice(2), process.env);
if (parsed.ok === 'help') {
  console.log(`npm run destroy -- [flags]\n${usage}`);
} else if (!parsed.ok) {
  console.error(parsed.error);
  process.exitCode = 2;
} else {
  const root = process.cwd();
  process.exitCode = await runDestroy(parsed.options, parsed.regionFlag, {
    root,
    run: processRunner(root),
    say: (line) => console.log(line),
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    env: process.env,
    nodeVersion: process.versions.node,
    ask: async (question) => {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await prompt.question(question);
      } finally {
        prompt.close();
      }
    },
  });
}
