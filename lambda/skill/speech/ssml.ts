/** Text that goes inside SSML: XML's special characters escaped, so user or catalog words never break it. */
export function escapeSsml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Alexa's longest allowed pause. */
export const maxBreakSeconds = 10;

export function pause(seconds: number): string {
  const clamped = Math.min(maxBreakSeconds, Math.max(0, seconds));
  return Number.isInteger(clamped)
    ? `<break time="${clamped}s"/>`
    : `<break time="${Math.round(clamped * 1000)}ms"/>`;
}
