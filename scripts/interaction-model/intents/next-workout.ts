import type { IntentDefinition } from '../types';

// "When is my next workout?": answered from today's planning rules until training days exist.

export const nextWorkoutIntent: IntentDefinition = {
  name: 'NextWorkoutIntent',
  samples: [
    "(when is|when's) my next workout",
    "(when is|when's) my next (session|training day|training session)",
    'when (do|should) I (train|work out|lift) next',
    'when do I train again',
    'when should I come back',
    "(what's|what is) my next workout",
    'what is next time',
  ],
};
