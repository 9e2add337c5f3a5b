import * as z from 'zod';

/**
 * The create-timer body the Alexa Timers API accepts (POST /v1/alerts/timers), checked the way the
 * service checks it so a skill that sends something Alexa would refuse sees a 400 here too.
 */
const localizedText = z.object({ locale: z.string().min(2), text: z.string().min(1) });

const announceOperation = z.object({
  type: z.literal('ANNOUNCE'),
  textToAnnounce: z.array(localizedText).min(1),
});

const launchTaskOperation = z.object({
  type: z.literal('LAUNCH_TASK'),
  // Alexa fills "%s" with "continue with <skill name>"; the service refuses a confirm text without it.
  textToConfirm: z
    .array(localizedText.refine((entry) => entry.text.includes('%s'), 'textToConfirm text needs a %s'))
    .min(1),
  task: z.object({
    name: z.string().min(1),
    version: z.string().min(1),
    input: z.record(z.string(), z.unknown()).optional(),
  }),
});

const notifyOnlyOperation = z.object({ type: z.literal('NOTIFY_ONLY') });

export const timerOperationSchema = z.discriminatedUnion('type', [
  announceOperation,
  launchTaskOperation,
  notifyOnlyOperation,
]);

export const createTimerRequestSchema = z.object({
  duration: z.string().min(3),
  timerLabel: z.string().max(256).optional(),
  creationBehavior: z.object({
    displayExperience: z.object({ visibility: z.enum(['VISIBLE', 'HIDDEN']) }),
  }),
  triggeringBehavior: z.object({
    operation: timerOperationSchema,
    notificationConfig: z.object({ playAudible: z.boolean() }),
  }),
});

export type TimerOperation = z.infer<typeof timerOperationSchema>;
export type CreateTimerRequest = z.infer<typeof createTimerRequestSchema>;
