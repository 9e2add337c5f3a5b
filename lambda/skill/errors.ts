/** A failure inside the skill that is not the user's doing (configuration, an unexpected state). */
export class SkillError extends Error {
  override name = 'SkillError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
