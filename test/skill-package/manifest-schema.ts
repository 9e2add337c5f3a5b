import { z } from 'zod';

// The shape of skill.json the tests hold every package to: the committed one and the deployable
// one the deploy writes (test/deploy).

const localeInfo = z.object({
  name: z.literal('Lift Coach'),
  summary: z.string().min(1).max(160),
  description: z.string().min(1).max(4000),
  examplePhrases: z.array(z.string().min(1)).min(1).max(3),
  keywords: z.array(z.string().min(1)).max(30),
});

export const manifestSchema = z.object({
  manifest: z.object({
    manifestVersion: z.literal('1.0'),
    publishingInformation: z.object({
      locales: z.record(z.string(), localeInfo),
      isAvailableWorldwide: z.boolean(),
      distributionCountries: z.array(z.string().length(2)),
      // Values of the skill manifest's category enumeration that fit a workout coach.
      category: z.enum(['EXERCISE_AND_WORKOUT', 'HEALTH_AND_FITNESS']),
      testingInstructions: z.string().min(1),
    }),
    privacyAndCompliance: z.object({
      allowsPurchases: z.boolean(),
      usesPersonalInfo: z.boolean(),
      isChildDirected: z.literal(false),
      isExportCompliant: z.boolean(),
      containsAds: z.boolean(),
    }),
    permissions: z.array(z.object({ name: z.string() })),
    events: z.object({
      endpoint: z.object({ uri: z.string() }),
      subscriptions: z.array(z.object({ eventName: z.string() })),
    }),
    apis: z.object({
      custom: z.object({
        endpoint: z.object({ uri: z.string() }),
        interfaces: z.array(z.object({ type: z.string() })),
        tasks: z.array(z.object({ name: z.string(), version: z.string() })),
      }),
    }),
  }),
});
