import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { captureLambdaLogs } from '../../local/log-capture';

describe('the console log capture', () => {
  it('moves the Lambdas’ JSON log lines to a file and lets everything else through', () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'lift-coach-logs-')), 'lambda.log');
    const terminal: string[] = [];
    const realWrite = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      terminal.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    const capture = captureLambdaLogs({ logFile });
    try {
      const logger = new Logger({ serviceName: 'lift-coach-skill', logLevel: 'INFO' });
      logger.info('Turn');
      process.stdout.write('Alexa: Welcome back.\n');
      logger.error('Unhandled error in a turn', { error: 'boom' });
    } finally {
      capture.restore();
      process.stdout.write = realWrite;
    }
    expect(terminal).toEqual(['Alexa: Welcome back.\n']);
    const lines = readFileSync(logFile, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(['Turn', 'Unhandled error in a turn']);
    expect(capture.takeErrors()).toMatchObject([{ level: 'ERROR', message: 'Unhandled error in a turn' }]);
  });

  it('reports ERROR entries once, with their service', () => {
    const capture = captureLambdaLogs({});
    try {
      new Logger({ serviceName: 'lift-coach-progress' }).error('Set could not be applied');
      expect(capture.takeErrors()).toEqual([
        { level: 'ERROR', service: 'lift-coach-progress', message: 'Set could not be applied' },
      ]);
      expect(capture.takeErrors()).toEqual([]);
    } finally {
      capture.restore();
    }
  });
});
