import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildLiftCoachApp } from '../../infra/lift-coach-app';
import type { LiftCoachStack } from '../../infra/lift-coach-stack';

/** A syntactically valid skill id; the stack treats it like a real one. */
export const testSkillId = 'amzn1.ask.skill.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

export interface SynthesizedLiftCoach {
  app: App;
  stack: LiftCoachStack;
  /** Synthesizing runs the cdk-nag packs: it throws on any unacknowledged finding. */
  template: Template;
}

/**
 * The app exactly as `infra/app.ts` builds it (cdk-nag included), from the bundles `npm run build`
 * wrote, with the given context values.
 */
export function synthesizeLiftCoach(
  context: Record<string, string> = { skillId: testSkillId },
): SynthesizedLiftCoach {
  const app = new App({ context });
  const stack = buildLiftCoachApp(app);
  return { app, stack, template: Template.fromStack(stack) };
}

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

/** The one resource of a type, failing loudly when there is not exactly one. */
export function onlyResource(
  template: Template,
  type: string,
): { id: string; properties: Record<string, unknown> } {
  const found = Object.entries(template.findResources(type) as Resources);
  if (found.length !== 1) {
    throw new Error(`Expected exactly one ${type}, found ${found.length}`);
  }
  const [id, resource] = found[0] as [string, Resources[string]];
  return { id, properties: resource.Properties };
}

/** The logical id of the stack's resource made by a construct (e.g. `stack.skill.function`). */
export function logicalIdOf(stack: LiftCoachStack, construct: { node: { defaultChild?: unknown } }): string {
  const child = construct.node.defaultChild;
  if (child === undefined) throw new Error('The construct has no CloudFormation resource');
  return stack.getLogicalId(child as Parameters<LiftCoachStack['getLogicalId']>[0]);
}
