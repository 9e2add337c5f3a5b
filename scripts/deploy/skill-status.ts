import { commands } from './commands';
import { DeployStop, executeOrStop, parseJson, type RunContext } from './context';

type BuildStatus = 'FAILED' | 'IN_PROGRESS' | 'SUCCEEDED';

interface LastUpdate {
  status?: BuildStatus;
  errors?: { message: string }[];
}

/** The body of `ask smapi get-skill-status` (ask-smapi-model's v1.skill.SkillStatus, the fields read). */
interface SkillStatus {
  manifest?: { lastUpdateRequest?: LastUpdate };
  interactionModel?: Record<string, { lastUpdateRequest?: LastUpdate }>;
}

/** Alexa built the model and refused it: the package must be deployed again once it is fixed. */
export class ModelBuildFailed extends DeployStop {
  constructor(failures: string[]) {
    super(
      `The interaction model failed to build:\n    ${failures.join('\n    ')}\n  Fix it in scripts/interaction-model, run \`npm run generate:model\`, then deploy again.`,
    );
  }
}

export const pollIntervalMs = 5_000;
export const maxPolls = 120; // ten minutes: a model of five locales usually builds in one or two

/** Reads the status; polls after the first are not shown, only how long the wait has been. */
async function readStatus(
  context: RunContext,
  resource: 'manifest' | 'interactionModel',
  poll = 0,
): Promise<SkillStatus> {
  const command = commands.skillStatus(context.options, context.skillId as string, resource);
  const what = `Reading the skill's ${resource === 'manifest' ? 'manifest' : 'interaction model'} status`;
  if (poll > 0 && poll % 6 === 0)
    context.tools.say(`  … still waiting (${(poll * pollIntervalMs) / 1000} s)`);
  const quiet: RunContext = poll === 0 ? context : { ...context, tools: { ...context.tools, say: () => {} } };
  const result = await executeOrStop(quiet, command, what);
  return parseJson<SkillStatus>(result, 'ask smapi get-skill-status');
}

/** Waits until creating or updating the manifest is over; stops with Alexa's words when it failed. */
export async function waitForManifest(context: RunContext): Promise<void> {
  for (let poll = 0; poll < maxPolls; poll += 1) {
    const update = (await readStatus(context, 'manifest', poll)).manifest?.lastUpdateRequest;
    if (update?.status === 'SUCCEEDED') return;
    if (update?.status === 'FAILED') {
      throw new DeployStop(`Alexa could not save the skill's manifest: ${messages(update)}`);
    }
    await context.tools.sleep(pollIntervalMs);
  }
  throw new DeployStop('The skill was still being created after ten minutes; run again to keep waiting.');
}

/** Per locale, the model build failures Alexa reports (empty when none failed). */
export function modelFailures(status: SkillStatus): string[] {
  return Object.entries(status.interactionModel ?? {})
    .filter(([, model]) => model.lastUpdateRequest?.status === 'FAILED')
    .map(([locale, model]) => `${locale}: ${messages(model.lastUpdateRequest)}`);
}

/** After `ask deploy` failed: Alexa's own reason when a model build is what failed. */
export async function modelFailuresAfterDeploy(context: RunContext): Promise<string[]> {
  try {
    return modelFailures(await readStatus(context, 'interactionModel'));
  } catch {
    return [];
  }
}

/** Waits until every locale's interaction model is built; stops with Alexa's message when one failed. */
export async function waitForModels(context: RunContext): Promise<void> {
  for (let poll = 0; poll < maxPolls; poll += 1) {
    const status = await readStatus(context, 'interactionModel', poll);
    const failures = modelFailures(status);
    if (failures.length > 0) {
      throw new ModelBuildFailed(failures);
    }
    const models = status.interactionModel ?? {};
    const built = context.locales.every(
      (locale) => models[locale]?.lastUpdateRequest?.status === 'SUCCEEDED',
    );
    if (built) return;
    await context.tools.sleep(pollIntervalMs);
  }
  throw new DeployStop(
    'The interaction models were still building after ten minutes; run again to keep waiting.',
  );
}

function messages(update: LastUpdate | undefined): string {
  const said = (update?.errors ?? []).map((error) => error.message).join(' ');
  return said === '' ? "no reason given (see the developer console's Build tab)" : said;
}
