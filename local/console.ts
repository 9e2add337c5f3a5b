// `npm start` entry. The AWS SDK warns about its future Node floor when it is first imported,
// which is before any other module could say the notice is known, so this is set first.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

await import('./console-main');

export {};
