/**
 * DynamoDB Local keeps one set of tables per access key and region unless it runs with
 * `-sharedDb`. Every local client (skill, progress, poller, tests, console, bench) uses these,
 * and the launcher also passes `-sharedDb`, so tables never seem to vanish between clients.
 * DynamoDB Local 3 accepts only letters and digits in an access key id.
 */
export const localRegion = 'us-east-1';
export const localCredentials = { accessKeyId: 'liftcoachlocal', secretAccessKey: 'liftcoachlocal' };

/** Points the AWS SDK (anything created after this call) at a local DynamoDB endpoint. */
export function useLocalAwsEnvironment(endpoint: string): void {
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoint;
  process.env.AWS_REGION = localRegion;
  process.env.AWS_ACCESS_KEY_ID = localCredentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = localCredentials.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  // Locally this is Node 20; the SDK's notice about its future Node 22 floor is known (pinned SDK).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
