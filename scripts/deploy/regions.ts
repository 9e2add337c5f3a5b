/**
 * Where Alexa calls the skill from. Alexa sends each request from the Alexa region of the
 * person's account (North America, Europe, Far East) to that region's endpoint when the manifest
 * names one, else to the default endpoint; the AWS Region nearest each Alexa region is the one
 * the ASK CLI itself deploys to (NA us-east-1, EU eu-west-1, FE us-west-2). A Lambda function can
 * be an Alexa skill's endpoint only in the Regions that offer the Alexa Skills Kit trigger.
 */
export const alexaRegions = {
  NA: { name: 'North America', awsRegion: 'us-east-1' },
  EU: { name: 'Europe', awsRegion: 'eu-west-1' },
  FE: { name: 'the Far East', awsRegion: 'us-west-2' },
} as const;

export type AlexaRegion = keyof typeof alexaRegions;

/** The Alexa region that serves each of Lift Coach's locales (India is served from Europe). */
export const localeAlexaRegion: Record<string, AlexaRegion> = {
  'en-US': 'NA',
  'en-CA': 'NA',
  'en-GB': 'EU',
  'en-IN': 'EU',
  'en-AU': 'FE',
};

/** AWS Regions whose Lambda functions Alexa can invoke, and the Alexa region each is closest to. */
export const alexaLambdaRegions: Record<string, AlexaRegion> = {
  'us-east-1': 'NA',
  'eu-west-1': 'EU',
  'us-west-2': 'FE',
  'ap-northeast-1': 'FE',
};

export type RegionFit =
  | { ok: true; near: string[]; far: string[]; explanation: string }
  | { ok: false; explanation: string };

/**
 * Whether Alexa can call a function in this Region for these locales, and which locales are
 * served from across an ocean (they work through the default endpoint, a little slower per turn).
 */
export function regionFit(awsRegion: string, locales: readonly string[]): RegionFit {
  const home = alexaLambdaRegions[awsRegion];
  const fitting = [...new Set(locales.map((locale) => localeAlexaRegion[locale]))]
    .filter((region): region is AlexaRegion => region !== undefined)
    .map((region) => `${alexaRegions[region].awsRegion} for ${localesOf(region, locales).join(' and ')}`);
  if (home === undefined) {
    return {
      ok: false,
      explanation:
        `Alexa cannot call a Lambda function in ${awsRegion}: the Alexa Skills Kit trigger exists only in ` +
        `${Object.keys(alexaLambdaRegions).join(', ')}. Deploy with --region set to the one nearest your ` +
        `lifters: ${fitting.join('; ')}.`,
    };
  }
  const near = locales.filter((locale) => localeAlexaRegion[locale] === home);
  const far = locales.filter((locale) => localeAlexaRegion[locale] !== home);
  const elsewhere = [...new Set(far.map((locale) => localeAlexaRegion[locale] as AlexaRegion))].map(
    (region) => `--region ${alexaRegions[region].awsRegion} (${localesOf(region, far).join(', ')})`,
  );
  const explanation =
    far.length === 0
      ? `${awsRegion} is where Alexa serves ${near.join(', ')} from.`
      : `${awsRegion} is where Alexa serves ${near.length > 0 ? near.join(', ') : 'none of the locales'} from; ` +
        `${far.join(', ')} reach it through the default endpoint from another Alexa region, which works but ` +
        `adds a round trip across the ocean to every turn. If most lifters are there, deploy with ` +
        `${elsewhere.join(' or ')} instead (docs/deploy.md: Regions).`;
  return { ok: true, near, far, explanation };
}

function localesOf(region: AlexaRegion, locales: readonly string[]): string[] {
  return locales.filter((locale) => localeAlexaRegion[locale] === region);
}
