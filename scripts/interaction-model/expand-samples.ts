// Writing every phrasing out by hand hides the pattern and invites near-duplicates, so samples are
// written as small patterns: "(what's|what is) my workout( today|)" expands to four samples.
// Alternations do not nest; an empty branch makes the group optional.

const alternation = /\(([^()]*)\)/;

export function expandSample(pattern: string): string[] {
  const match = alternation.exec(pattern);
  if (!match) return [collapseSpaces(pattern)];
  const before = pattern.slice(0, match.index);
  const after = pattern.slice(match.index + match[0].length);
  const branches = (match[1] ?? '').split('|');
  return branches.flatMap((branch) => expandSample(`${before}${branch}${after}`));
}

/** Expands every pattern and drops repeats, keeping first-seen order. */
export function expandSamples(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expandSample))];
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
