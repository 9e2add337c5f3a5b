/**
 * What a listener hears from an SSML string, as plain text for the console: tags dropped,
 * `<sub alias>` spoken as its alias, pauses shown as "…", sounds as "[sound]".
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<sub\b[^>]*\balias\s*=\s*(["'])(.*?)\1[^>]*>.*?<\/sub>/gs, ' $2 ')
    .replace(/<break\b[^>]*\btime\s*=\s*["'](\d+(?:\.\d+)?)(ms|s)["'][^>]*\/?>/g, (_match, amount, unit) =>
      Number(amount) * (unit === 's' ? 1000 : 1) >= 1000 ? ' … ' : ' ',
    )
    .replace(/<audio\b[^>]*\/?>(?:.*?<\/audio>)?/gs, ' [sound] ')
    .replace(/<\/?(?:p|s)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => entities[name] ?? '')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
