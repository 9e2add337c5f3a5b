/**
 * One way to cut both typed text and model samples into words, so "What's my workout?" and the
 * sample "what's my workout" meet as the same tokens.
 */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[-_/]/g, ' ')
      // A period survives only inside a number ("102.5"); other punctuation goes.
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .replace(/[^a-z0-9'.\s]/g, ' ')
      .split(/\s+/)
      .map((token) => token.replace(/^'+|'+$/g, ''))
      .filter((token) => token.length > 0)
  );
}

export type SamplePart = { literal: string } | { slot: string };

/** A sample like "I did {reps} at {weight}" → literal words and slot names (case kept). */
export function sampleParts(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  for (const piece of sample.split(/(\{[^{}]+\})/)) {
    const slot = /^\{([^{}]+)\}$/.exec(piece);
    if (slot?.[1]) parts.push({ slot: slot[1].trim() });
    else for (const literal of tokenize(piece)) parts.push({ literal });
  }
  return parts;
}
