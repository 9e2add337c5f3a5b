import { App } from 'aws-cdk-lib';
import { DeployConfigError } from './deploy-error';
import { buildLiftCoachApp } from './lift-coach-app';

const app = new App();
try {
  buildLiftCoachApp(app);
  app.synth();
} catch (error) {
  if (!(error instanceof DeployConfigError)) {
    throw error;
  }
  // A usage mistake, not a bug: the fix alone is what the person needs to read.
  console.error(`\n${error.message}\n`);
  process.exitCode = 1;
}
