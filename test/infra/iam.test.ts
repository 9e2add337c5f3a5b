import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamListingAction } from '../../infra/progress-function';
import { tableAccess } from '../../infra/table-access';
import {
  actionsSentBy,
  actionsSentByFiles,
  sourceFilesUnder,
  UnknownCommandError,
} from './dynamodb-commands';
import { logicalIdOf, type SynthesizedLiftCoach, synthesizeLiftCoach } from './lift-coach-fixture';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

let lift: SynthesizedLiftCoach;
let tableArn: unknown;
let streamArn: unknown;

beforeAll(() => {
  lift = synthesizeLiftCoach({
    skillId: 'amzn1.ask.skill.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    alarmEmail: 'coach@example.com',
  });
  const tableId = logicalIdOf(lift.stack, lift.stack.table);
  tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
  streamArn = { 'Fn::GetAtt': [tableId, 'StreamArn'] };
});

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every statement of every identity policy in the stack, with the roles it is attached to. */
function allStatements(): { roles: string[]; statement: Statement }[] {
  const policies = lift.template.findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((policy) =>
    (policy.Properties.PolicyDocument.Statement as Statement[]).map((statement) => ({
      roles: (policy.Properties.Roles as { Ref: string }[]).map((role) => role.Ref),
      statement,
    })),
  );
}

function statementsOf(which: 'skill' | 'progress'): Statement[] {
  const role = lift.stack[which].function.role;
  if (role === undefined) throw new Error(`The ${which} function has no role`);
  const roleId = logicalIdOf(lift.stack, role);
  return allStatements()
    .filter(({ roles }) => roles.includes(roleId))
    .map(({ statement }) => statement);
}

/** The actions a role may call on one resource. */
function actionsOn(statements: Statement[], resource: unknown): string[] {
  return statements
    .filter((statement) => statement.Effect === 'Allow')
    .filter((statement) =>
      asList(statement.Resource).some((r) => JSON.stringify(r) === JSON.stringify(resource)),
    )
    .flatMap((statement) => asList(statement.Action))
    .sort();
}

describe('IAM of the stack', () => {
  it('never grants a wildcard action (no dynamodb:*, no *)', () => {
    const actions = allStatements().flatMap(({ statement }) => asList(statement.Action));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });

  it('grants Resource "*" only for dynamodb:ListStreams to the progress function, which stream polling needs', () => {
    const starred = allStatements().filter(({ statement }) => asList(statement.Resource).includes('*'));
    const progressRole = logicalIdOf(lift.stack, lift.stack.progress.function.role as never);
    expect(starred).toEqual([
      { roles: [progressRole], statement: { Effect: 'Allow', Action: streamListingAction, Resource: '*' } },
    ]);
  });

  it('gives each function a role of its own that only Lambda can assume and no managed policy', () => {
    const roles = Object.values(lift.template.findResources('AWS::IAM::Role'));
    const lambdaRoles = roles.filter((role) =>
      JSON.stringify(role.Properties.AssumeRolePolicyDocument).includes('lambda.amazonaws.com'),
    );
    expect(lambdaRoles).toHaveLength(2);
    for (const role of lambdaRoles) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
      ]);
    }
  });

  it.each(['skill', 'progress'] as const)(
    'lets the %s function write logs only to its own log group',
    (which) => {
      const logGroupId = logicalIdOf(lift.stack, lift.stack[which].function.logGroup as never);
      const logStatements = statementsOf(which).filter((statement) =>
        asList(statement.Action).some((action) => action.startsWith('logs:')),
      );
      expect(logStatements).toEqual([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
        },
      ]);
    },
  );
});

describe('the skill function', () => {
  it('may call exactly its DynamoDB item actions, on this table only', () => {
    const statements = statementsOf('skill');
    expect(actionsOn(statements, tableArn)).toEqual([...tableAccess.skill.actions].sort());
    const dynamoActions = statements
      .flatMap((s) => asList(s.Action))
      .filter((a) => a.startsWith('dynamodb:'));
    expect(dynamoActions.sort()).toEqual([...tableAccess.skill.actions].sort());
  });

  it('cannot read the stream or touch the failure queue', () => {
    const actions = statementsOf('skill').flatMap((statement) => asList(statement.Action));
    const streamOrQueue = /^(sqs:|dynamodb:(ListStreams|DescribeStream|GetRecords|GetShardIterator)$)/;
    expect(actions.filter((action) => streamOrQueue.test(action))).toEqual([]);
  });
});

describe('the progress function', () => {
  it('may call exactly its DynamoDB item actions on this table', () => {
    expect(actionsOn(statementsOf('progress'), tableArn)).toEqual([...tableAccess.progress.actions].sort());
  });

  it("reads this table's stream and nothing else's", () => {
    expect(actionsOn(statementsOf('progress'), streamArn)).toEqual(
      expect.arrayContaining(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator']),
    );
    const streamActions = statementsOf('progress').filter((statement) =>
      asList(statement.Action).some((action) => /DescribeStream|GetRecords|GetShardIterator/.test(action)),
    );
    for (const statement of streamActions) expect(statement.Resource).toEqual(streamArn);
  });

  it('may send to its failure queue only', () => {
    const queueArn = { 'Fn::GetAtt': [logicalIdOf(lift.stack, lift.stack.progress.failureQueue), 'Arn'] };
    const sqs = statementsOf('progress').filter((s) => asList(s.Action).some((a) => a.startsWith('sqs:')));
    expect(sqs).toEqual([
      {
        Effect: 'Allow',
        Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
        Resource: queueArn,
      },
    ]);
  });
});

describe('the granted actions follow the code', () => {
  const storeFolder = join(process.cwd(), 'lambda', 'store');
  const storeFilesOf = (which: 'skill' | 'progress') =>
    tableAccess[which].storeFiles.map((file) => join(storeFolder, file));

  it.each(['skill', 'progress'] as const)(
    'the %s function is granted exactly what its store calls and its own code send',
    (which) => {
      const ownCode = sourceFilesUnder(join(process.cwd(), 'lambda', which));
      const needed = actionsSentByFiles([...storeFilesOf(which), ...ownCode]);
      expect([...needed].sort()).toEqual([...tableAccess[which].actions].sort());
    },
  );

  it('every store file that sends a command belongs to a function', () => {
    const assigned = new Set([...storeFilesOf('skill'), ...storeFilesOf('progress')]);
    const sending = sourceFilesUnder(storeFolder).filter((file) => actionsSentByFiles([file]).size > 0);
    expect(sending.length).toBeGreaterThan(0);
    expect(sending.filter((file) => !assigned.has(file))).toEqual([]);
  });

  it('reads transactions item by item, and refuses commands it cannot map', () => {
    const transaction = `await client.send(new TransactWriteCommand({ TransactItems: [
      { ConditionCheck: { Key } }, { Put: { Item } }, { Update: { Key } } ] }));`;
    expect([...actionsSentBy(transaction, 'example.ts')].sort()).toEqual([
      'dynamodb:ConditionCheckItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect([
      ...actionsSentBy('for await (const page of paginateQuery({ client }, input)) {}', 'example.ts'),
    ]).toEqual(['dynamodb:Query']);
    expect(() => actionsSentBy('new ExecuteStatementCommand({})', 'example.ts')).toThrow(UnknownCommandError);
  });
});
