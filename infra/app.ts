import { App } from 'aws-cdk-lib';
import { LiftCoachStack } from './lift-coach-stack';

const app = new App();
const skillId = app.node.tryGetContext('skillId');
if (typeof skillId !== 'string' || !/^amzn1\.ask\.skill\.[0-9a-f-]{36}$/.test(skillId)) {
  throw new Error('Pass the Alexa skill id: npx cdk synth -c skillId=amzn1.ask.skill.<id>');
}
new LiftCoachStack(app, 'LiftCoach', { skillId });
