import type { DeployOptions } from './commands';
import { DeployStop, type DeployTools, type RunContext } from './context';
import { commandLine } from './runner';
import { packageLocales } from './skill-package';
import { DeployState, statesPath, UnreadableState } from './state';
import { deploySteps, type PlanValues } from './steps';

/** `npm run deploy`: every step in order; returns the process exit code. */
export async function runDeploy(options: DeployOptions, tools: DeployTools): Promise<number> {
  const state = loadState(tools, options.askProfile);
  if (!state) return 1;
  const context: RunContext = {
    options,
    tools,
    state,
    resuming: state.progress.runFinished === false,
    locales: packageLocales(tools.root),
  };
  if (options.dryRun) {
    printPlan(context);
    return 0;
  }
  if (context.resuming) {
    tools.say(
      `Resuming the deploy that stopped at "${state.progress.stoppedAt ?? 'the start'}": what it finished, unchanged since, is not repeated.`,
    );
  }
  state.update({ runFinished: false });
  for (const [index, step] of deploySteps.entries()) {
    tools.say(`\n[${index + 1}/${deploySteps.length}] ${step.title}`);
    state.update({ stoppedAt: step.title });
    try {
      await step.run(context);
    } catch (error) {
      if (!(error instanceof DeployStop)) throw error;
      tools.say(`\n✗ ${error.message}\n`);
      tools.say(
        'Fix that and run `npm run deploy` again: it resumes here, and what finished is not repeated.',
      );
      return 1;
    }
  }
  state.update({ runFinished: true, stoppedAt: undefined });
  printHowToTalk(context);
  return 0;
}

function printPlan(context: RunContext): void {
  const { options, state, tools } = context;
  const values: PlanValues = {
    skillId: state.skillId ?? '$SKILL_ID',
    account: '$AWS_ACCOUNT',
    functionArn: state.progress.stack?.functionArn ?? '$SKILL_FUNCTION_ARN',
  };
  tools.say(
    `Dry run: nothing is changed and nothing is called. \`npm run deploy\` with these flags would run, from the repository root` +
      ` (AWS profile ${options.profile ?? 'from the environment'}, ASK CLI profile ${options.askProfile}, region ${options.region}):`,
  );
  for (const [index, step] of deploySteps.entries()) {
    tools.say(`\n[${index + 1}/${deploySteps.length}] ${step.title}`);
    for (const line of step.plan(context, values)) {
      tools.say(typeof line === 'string' ? `  ${line}` : `  $ ${commandLine(line)}`);
    }
  }
  const learned = [
    ...(state.skillId ? [] : [`$SKILL_ID comes from create-skill-for-vendor and is kept in ${statesPath}`]),
    ...(state.progress.stack ? [] : ["$SKILL_FUNCTION_ARN is the stack's SkillFunctionArn output"]),
  ];
  if (learned.length > 0) tools.say(`\n${learned.join('; ')}.`);
}

function printHowToTalk(context: RunContext): void {
  const { options, tools } = context;
  const skillId = context.skillId as string;
  const consoleLocale = 'en_US';
  const lines = [
    '',
    'Lift Coach is deployed and enabled for testing on your Amazon account.',
    `  skill ${skillId}`,
    `  function ${context.functionArn} (${options.region})`,
    'Talk to it:',
    `  - in this terminal: npx ask dialog --skill-id ${skillId} --locale en-US --profile ${options.askProfile}, then type "open lift coach"`,
    `  - in the developer console: https://developer.amazon.com/alexa/console/ask/test/${skillId}/development/${consoleLocale}/`,
    '  - on an Echo signed in to the same Amazon account: "Alexa, open lift coach"',
    ...(options.alarmEmail
      ? [`Confirm the alarm subscription in the e-mail AWS sent to ${options.alarmEmail}.`]
      : []),
    'To update after a change, run `npm run deploy` again; to take it down, `npm run destroy`.',
  ];
  for (const line of lines) tools.say(line);
}

/** The remembered state, or undefined (said why) when the file is there but unreadable. */
export function loadState(tools: DeployTools, askProfile: string): DeployState | undefined {
  try {
    return DeployState.load(tools.root, askProfile);
  } catch (error) {
    if (!(error instanceof UnreadableState)) throw error;
    tools.say(`✗ ${error.message}`);
    return undefined;
  }
}
