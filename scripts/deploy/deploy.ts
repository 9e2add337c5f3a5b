import { runDeploy } from './deploy-run';
import { parseDeployOptions, usage } from './options';
import { processRunner } from './runner';

// `npm run deploy [-- flags]`: from a clone to a skill you can talk to. See docs/deploy.md.
const parsed = parseDeployOptions(process.argv.slice(2), process.env);
if (parsed.ok === 'help') {
  console.log(`npm run deploy -- [flags]\n${usage}`);
} else if (!parsed.ok) {
  console.error(parsed.error);
  process.exitCode = 2;
} else {
  const root = process.cwd();
  process.exitCode = await runDeploy(parsed.options, {
    root,
    run: processRunner(root),
    say: (line) => console.log(line),
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    env: process.env,
    nodeVersion: process.versions.node,
  });
}
