import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import * as z from 'zod';
import { repositoryRoot } from './interaction-model';

/**
 * Loads a built Lambda bundle (`dist/<name>/index.mjs`) and calls its `handler` the way the Lambda
 * runtime does: one event, a context object, an awaited result.
 */
export class SkillRuntimeError extends Error {
  override name = 'SkillRuntimeError';
}

export type LambdaHandler<Event = unknown, Result = unknown> = (
  event: Event,
  context: unknown,
) => Promise<Result>;

export function bundlePath(name: 'skill' | 'progress', root = repositoryRoot): string {
  return join(root, 'dist', name, 'index.mjs');
}

/** Imports the bundle; set TABLE_NAME, SKILL_ID and the AWS environment first (read at load). */
export async function loadBundleHandler<Event, Result>(
  name: 'skill' | 'progress',
  root = repositoryRoot,
): Promise<LambdaHandler<Event, Result>> {
  const path = bundlePath(name, root);
  if (!existsSync(path)) {
    throw new SkillRuntimeError(`${path} is missing: run \`npm run build\` first (npm start does).`);
  }
  const module = (await import(pathToFileURL(path).href)) as { handler?: unknown };
  if (typeof module.handler !== 'function') {
    throw new SkillRuntimeError(`${path} does not export a handler function`);
  }
  return module.handler as LambdaHandler<Event, Result>;
}

/** Enough of the Lambda context for powertools and ask-sdk; the deadline matches the skill's 8 s. */
export function lambdaContext(functionName: string, timeoutMs = 8_000) {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

const speechSchema = z.union([
  z.object({ type: z.literal('SSML'), ssml: z.string() }),
  z.object({ type: z.literal('PlainText'), text: z.string() }),
]);

/** What Alexa itself would refuse to play; checked before the console trusts a response. */
export const responseEnvelopeSchema = z.object({
  version: z.string(),
  sessionAttributes: z.record(z.string(), z.unknown()).optional(),
  response: z.object({
    outputSpeech: speechSchema.optional(),
    reprompt: z.object({ outputSpeech: speechSchema.optional() }).optional(),
    card: z.object({ type: z.string() }).passthrough().optional(),
    directives: z.array(z.object({ type: z.string() }).passthrough()).optional(),
    shouldEndSession: z.boolean().nullable().optional(),
  }),
});

export async function invokeSkill(
  handler: LambdaHandler<RequestEnvelope, ResponseEnvelope>,
  envelope: RequestEnvelope,
): Promise<{ ok: true; response: ResponseEnvelope } | { ok: false; error: string }> {
  let result: unknown;
  try {
    result = await handler(envelope, lambdaContext('lift-coach-skill'));
  } catch (error) {
    return { ok: false, error: `the skill threw: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (envelope.request.type === 'SessionEndedRequest' && (result === undefined || result === null)) {
    return { ok: true, response: { version: '1.0', response: {} } };
  }
  const parsed = responseEnvelopeSchema.safeParse(result);
  if (!parsed.success)
    return { ok: false, error: `the skill answered something Alexa cannot play: ${parsed.error.message}` };
  return { ok: true, response: result as ResponseEnvelope };
}
