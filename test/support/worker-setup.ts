import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, inject } from 'vitest';
import { useLocalAwsEnvironment } from '../../local/aws-local';
import { captureLambdaLogs } from '../../local/log-capture';

// Workers may start before the global setup changed the parent's environment; the endpoint it
// provides is the one source of truth.
useLocalAwsEnvironment(inject('dynamoEndpoint'));

/**
 * The Lambdas' structured log lines (WARN and up in tests) would bury the test report, so they go
 * to `.local-data/test-lambda.log`; a failed test prints the lines it produced under its failure.
 * Tests that check logs spy on `process.stdout.write` themselves and still see every line.
 */
const testLambdaLogFile = fileURLToPath(new URL('../../.local-data/test-lambda.log', import.meta.url));
mkdirSync(dirname(testLambdaLogFile), { recursive: true });

/** At most this many of a failed test's log lines are shown (the file has them all). */
const shownLinesPerFailure = 40;

let linesOfThisTest: string[] = [];
const capture = captureLambdaLogs({
  logFile: testLambdaLogFile,
  onLine: (line) => linesOfThisTest.push(line),
});
const writeToTerminal = process.stderr.write.bind(process.stderr);

beforeEach((context) => {
  linesOfThisTest = [];
  capture.takeErrors(); // only the console counts logged errors; here they would only pile up
  context.onTestFailed(() => {
    const shown = linesOfThisTest.slice(-shownLinesPerFailure);
    if (shown.length === 0) return;
    writeToTerminal(
      `\nLambda log lines of "${context.task.name}" (all in ${join('.local-data', 'test-lambda.log')}):\n${shown.join('')}`,
    );
  });
});
