import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildLiftCoachApp } from '../../infra/lift-coach-app';
import { synthesizeLiftCoach, testSkillId } from './lift-coach-fixture';

/** Every acknowledged finding in a construct tree, as `<pack>::<rule>` → reasons. */
function acknowledgments(root: IConstruct): { id: string; reason: string; path: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id,
          reason,
          path: construct.node.path,
        })),
      ),
  );
}

// A synth with both packs takes 10-20 s alone and over 30 s on a busy two-core machine.
describe('cdk-nag (AwsSolutions and Serverless packs)', { timeout: 120_000 }, () => {
  const outdirs: string[] = [];
  afterAll(() => {
    for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
  });

  it.each([
    ['without', { skillId: testSkillId }],
    ['with', { skillId: testSkillId, alarmEmail: 'coach@example.com' }],
  ])('find nothing unacknowledged in the stack %s an alarm e-mail', (_case, context) => {
    // Synthesizing runs both packs and throws "Validation failed" on any unacknowledged finding.
    const { stack } = synthesizeLiftCoach(context);
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('stop the synth on a resource that breaks their rules, and name only that resource', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'lift-coach-nag-'));
    outdirs.push(outdir);
    const app = new App({ outdir, context: { skillId: testSkillId } });
    const stack = buildLiftCoachApp(app);
    new Queue(stack, 'UncheckedQueue');
    // CDK prints the report to stderr as well; the file below is what this test reads.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => app.synth()).toThrow(/validation-report\.json/);
    } finally {
      printed.mockRestore();
    }
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: {
        violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
      }[];
    };
    const violations = report.pluginReports.flatMap((plugin) => plugin.violations);
    expect(violations.map((violation) => violation.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS4', 'Serverless-SQSRedrivePolicy']),
    );
    const paths = new Set(violations.flatMap((v) => v.violatingConstructs.map((c) => c.constructPath)));
    expect([...paths]).toEqual(['LiftCoach/UncheckedQueue/Resource']);
  });

  it('every acknowledgment names its pack and rule and gives a reason specific to it', () => {
    const { app } = synthesizeLiftCoach({ skillId: testSkillId, alarmEmail: 'coach@example.com' });
    const found = acknowledgments(app);
    expect(found.length).toBeGreaterThan(0);
    for (const { id, reason, path } of found) {
      expect(id, path).toMatch(/^(AwsSolutions::AwsSolutions|Serverless::Serverless)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(60);
      expect(reason, `${id} at ${path}`).not.toMatch(/^(n\/a|none|not needed|ok|todo|false positive)\b/i);
    }
    // One reason per rule and resource: a reason copied across different rules explains neither.
    const reasons = found.map(({ reason, path }) => `${path}:${reason}`);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('acknowledge no rule on the whole stack or app, only on the resource it is about', () => {
    const { app, stack } = synthesizeLiftCoach({ skillId: testSkillId, alarmEmail: 'coach@example.com' });
    const broad = acknowledgments(app).filter(({ path }) => path === '' || path === stack.node.path);
    expect(broad).toEqual([]);
  });
});
