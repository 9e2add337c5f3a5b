import type { IntentDefinition } from '../types';

// Alexa trains these itself; only Help gets a few extra phrasings, which is common practice.
export const builtInIntents: readonly IntentDefinition[] = [
  {
    name: 'AMAZON.HelpIntent',
    samples: ['what can I (say|ask)', 'what can you do', 'how does this work', 'how do I use this'],
  },
  { name: 'AMAZON.StopIntent', samples: [] },
  { name: 'AMAZON.CancelIntent', samples: [] },
  { name: 'AMAZON.FallbackIntent', samples: [] },
  { name: 'AMAZON.NavigateHomeIntent', samples: [] },
  { name: 'AMAZON.YesIntent', samples: [] },
  { name: 'AMAZON.NoIntent', samples: [] },
  { name: 'AMAZON.RepeatIntent', samples: [] },
  { name: 'AMAZON.PauseIntent', samples: [] },
  { name: 'AMAZON.ResumeIntent', samples: [] },
];
