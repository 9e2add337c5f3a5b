import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Runs in a fresh `node` process (bundled to plain JavaScript by the bench, no TypeScript loader):
 * imports one Lambda bundle and answers one request, as a Lambda cold start does — the import is
 * the init phase, the first answer the first invoke. Usage: probe <bundle> <envelope.json> <result.json>
 */
const [bundlePath, envelopePath, resultPath] = process.argv.slice(2);
if (!bundlePath || !envelopePath || !resultPath) {
  process.stderr.write('usage: cold-start-probe <bundle.mjs> <envelope.json> <result.json>\n');
  process.exit(2);
}

const envelope: unknown = JSON.parse(readFileSync(envelopePath, 'utf8'));
const lambdaContext = {
  functionName: 'lift-coach-cold-start',
  functionVersion: '$LATEST',
  awsRequestId: 'cold-start-probe',
  memoryLimitInMB: '512',
  getRemainingTimeInMillis: () => 7000,
};

const started = performance.now();
const bundle = (await import(pathToFileURL(bundlePath).href)) as {
  handler: (event: unknown, context: unknown) => Promise<{ response?: { outputSpeech?: unknown } }>;
};
const imported = performance.now();
const answer = await bundle.handler(envelope, lambdaContext);
const answered = performance.now();

writeFileSync(
  resultPath,
  JSON.stringify({
    importMs: imported - started,
    firstInvokeMs: answered - imported,
    coldStartMs: answered - started,
    // performance.now() counts from the process's time origin, so this includes Node's own start.
    sinceProcessStartMs: answered,
    maxRssKb: process.resourceUsage().maxRSS,
    answered: answer?.response?.outputSpeech !== undefined,
  }),
);
// Keep-alive sockets of the SDK would hold the process open; the measurement is done.
process.exit(0);
