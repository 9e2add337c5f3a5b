import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commands, type DeployOptions } from './commands';
import { DeployStop, type DeployTools, execute, lastWords, type RunContext } from './context';
import { loadState } from './deploy-run';
import { commandLine } from './runner';
import { statesPath } from './state';

/** Typed to delete the skill; anything else keeps it (a skill id, once deleted, never comes back). */
export const skillDeletionPhrase = 'delete lift coach';

// cdk destroy synthesizes the app, which needs a well-formed id and the built bundles even when no
// skill is remembered any more; the stack's name alone decides what is deleted.
const placeholderSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface DestroyTools extends DeployTools {
  /** Asks the person a question and returns the line they typed. */
  ask: (question: string) => Promise<string>;
}

/**
 * `npm run destroy`: deletes the stack (the table is retained by its own policy), then, after the
 * typed phrase, the skill. Returns the process exit code.
 */
export async function runDestroy(
  options: DeployOptions,
  regionFlag: boolean,
  tools: DestroyTools,
): Promise<number> {
  const state = loadState(tools, options.askProfile);
  if (!state) return 1;
  const stack = state.progress.stack;
  const region = regionFlag ? options.region : (stack?.region ?? options.region);
  const withRegion: DeployOptions = { ...options, region };
  const skillId = state.skillId;
  const context: RunContext = { options: withRegion, tools, state, resuming: false, locales: [], skillId };
  const build = commands.build();
  const destroy = commands.destroyStack(withRegion, skillId ?? placeholderSkillId);
  const needsBuild = !['dist/skill/index.mjs', 'dist/progress/index.mjs'].every((file) =>
    existsSync(join(tools.root, file)),
  );

  if (options.dryRun) {
    tools.say('Dry run: nothing is changed and nothing is called. `npm run destroy` would run:');
    if (needsBuild) tools.say(`  $ ${commandLine(build)}    (cdk needs the bundles to read the app)`);
    tools.say(`  $ ${commandLine(destroy)}`);
    tools.say(
      skillId
        ? `  then, only after you type "${skillDeletionPhrase}":\n  $ ${commandLine(commands.deleteSkill(options, skillId))}`
        : `  no skill is remembered in ${statesPath}, so no skill would be deleted`,
    );
    return 0;
  }

  try {
    tools.say(`Deleting the LiftCoach stack in ${region}`);
    if (needsBuild) await mustSucceed(context, build, 'npm run build');
    await mustSucceed(context, destroy, 'cdk destroy');
    state.forgetStack();
    tools.say(tableKeptNotice(stack?.tableName, region, options.profile));
  } catch (error) {
    if (!(error instanceof DeployStop)) throw error;
    tools.say(`\n✗ ${error.message}\nThe skill was left as it is.`);
    return 1;
  }

  if (!skillId) {
    tools.say(`No skill is remembered in ${statesPath}: no skill to delete.`);
    return 0;
  }
  const answer = await tools.ask(
    `\nDelete the Alexa skill ${skillId} too? Its interaction models and test enablement go with it, and its id ` +
      `cannot be reused. Type "${skillDeletionPhrase}" to delete it, anything else keeps it: `,
  );
  if (answer.trim().toLowerCase() !== skillDeletionPhrase) {
    tools.say(`Kept the skill ${skillId}; the next \`npm run deploy\` uses it again.`);
    return 0;
  }
  const deleted = await execute(context, commands.deleteSkill(options, skillId));
  if (deleted.exitCode !== 0) {
    tools.say(`\n✗ Deleting the skill failed; it is still remembered in ${statesPath}.${lastWords(deleted)}`);
    return 1;
  }
  state.forgetSkill();
  tools.say(`Deleted the skill ${skillId}; the next \`npm run deploy\` creates a new one.`);
  return 0;
}

async function mustSucceed(context: RunContext, command: Parameters<typeof execute>[1], what: string) {
  const result = await execute(context, command);
  if (result.exitCode !== 0) {
    throw new DeployStop(`${what} failed (exit code ${result.exitCode}).${lastWords(result)}`);
  }
}

function tableKeptNotice(tableName: string | undefined, region: string, profile: string | undefined): string {
  const table = tableName ?? '<TableName output of the stack>';
  const flags = `--region ${region}${profile ? ` --profile ${profile}` : ''}`;
  return [
    `Stack deleted. The table ${table} is retained on purpose (it holds every lifter's history) and keeps`,
    'its deletion protection. To delete it on purpose, back it up if you may want it again, then:',
    `  aws dynamodb create-backup --table-name ${table} --backup-name lift-coach-final ${flags}   # optional`,
    `  aws dynamodb update-table --table-name ${table} --no-deletion-protection-enabled ${flags}`,
    `  aws dynamodb delete-table --table-name ${table} ${flags}`,
  ].join('\n');
}
