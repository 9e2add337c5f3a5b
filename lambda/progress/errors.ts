/** A stream record the progress Lambda could not apply; it is reported in `batchItemFailures`. */
export class ProgressError extends Error {
  override name = 'ProgressError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
