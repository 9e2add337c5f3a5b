/**
 * Why a synth or deploy cannot go ahead (missing skill id, unbuilt bundles). The app prints the
 * message alone, without a stack trace, because the person reading it only needs the fix.
 */
export class DeployConfigError extends Error {
  override readonly name = 'DeployConfigError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
