import type { IntentDefinition, SlotDefinition } from '../types';

// Training days ("I train on Monday, Wednesday and Friday", "three days a week", "add Saturday",
// "I can't train tomorrow") and the workout reminder ("remind me to train at six pm").

/** Multiple values: "Monday, Wednesday and Friday" arrives as one List slot where Alexa offers it. */
const daysSlot: SlotDefinition = { name: 'days', type: 'AMAZON.DayOfWeek', multipleValues: true };
// en-IN has no multiple-value slots: a list of up to three days is heard in three slots there.
const dayTwoSlot: SlotDefinition = { name: 'dayTwo', type: 'AMAZON.DayOfWeek' };
const dayThreeSlot: SlotDefinition = { name: 'dayThree', type: 'AMAZON.DayOfWeek' };
const daySlots = [daysSlot, dayTwoSlot, dayThreeSlot];
const countSlot: SlotDefinition = { name: 'count', type: 'AMAZON.NUMBER' };
const dateSlot: SlotDefinition = { name: 'date', type: 'AMAZON.DATE' };
const timeSlot: SlotDefinition = { name: 'time', type: 'AMAZON.TIME' };

export const setTrainingDaysIntent: IntentDefinition = {
  name: 'SetTrainingDaysIntent',
  slots: daySlots,
  samples: [
    'I (train|work out|lift|go to the gym) on {days}',
    'I (usually|normally) train on {days}',
    'my training days are {days}',
    'my (workout|gym) days are {days}',
    'I (want to|can|like to) train on {days}',
    '(set|change) my training days to {days}',
    'plan my workouts (on|for) {days}',
    'I train on {days} and {dayTwo}',
    'I train on {days} {dayTwo} and {dayThree}',
    'my training days are {days} {dayTwo} and {dayThree}',
  ],
};

export const trainingDaysPerWeekIntent: IntentDefinition = {
  name: 'TrainingDaysPerWeekIntent',
  slots: [countSlot],
  samples: [
    '{count} days (a|per) week',
    'I (train|work out|lift|go to the gym) {count} (days|times) (a|per) week',
    'I (can|want to) train {count} (days|times) a week',
    '(plan|make it) {count} days a week',
  ],
};

export const addTrainingDayIntent: IntentDefinition = {
  name: 'AddTrainingDayIntent',
  slots: daySlots,
  samples: [
    'add {days}',
    'add {days} to my (training|workout|gym) days',
    '(put|schedule) a workout on {days}',
    'I want to train on {days} as well',
    'add {days} as (a|another) training day',
    'I (can also|also|now also) train on {days}',
    'I also want to train on {days}',
    'train on {days} too',
    'add {days} and {dayTwo}',
    'add {days} {dayTwo} and {dayThree}',
  ],
};

export const removeTrainingDayIntent: IntentDefinition = {
  name: 'RemoveTrainingDayIntent',
  slots: daySlots,
  samples: [
    "I (don't|can't) train on {days} (any more|anymore)",
    'I (no longer|can no longer) train on {days}',
    'remove {days}',
    'remove {days} from my (training|workout) days',
    'take {days} off my (training|workout) days',
    'drop {days}',
    '(drop|take out) {days} from my (training|workout) days',
    'remove {days} and {dayTwo}',
    'remove {days} {dayTwo} and {dayThree}',
  ],
};

export const cantTrainIntent: IntentDefinition = {
  name: 'CantTrainIntent',
  slots: [dateSlot],
  samples: [
    "I (can't|cannot|won't be able to) (train|work out|lift|make it) {date}",
    "I (can't|cannot) train on {date}",
    'skip my workout {date}',
    'no workout for me {date}',
    "I'm busy {date}",
    'I need a day off {date}',
  ],
};

export const setReminderIntent: IntentDefinition = {
  name: 'SetReminderIntent',
  slots: [timeSlot],
  samples: [
    'remind me to (train|work out|lift|exercise) at {time}',
    'remind me (to train|to work out|) on my training days at {time}',
    'set a (workout|training) reminder (for|at) {time}',
    'remind me (about|of) my workouts at {time}',
    'give me a (workout|training) reminder at {time}',
    'remind me to (train|work out)',
    'set a (workout|training) reminder',
  ],
};

export const moveReminderIntent: IntentDefinition = {
  name: 'MoveReminderIntent',
  slots: [timeSlot],
  samples: [
    '(move|change|set) my (workout|training|) reminder to {time}',
    '(move|change) the reminder to {time}',
    'make my reminder {time}',
    'remind me at {time} instead',
    'push my reminder (back|) to {time}',
  ],
};

export const cancelRemindersIntent: IntentDefinition = {
  name: 'CancelRemindersIntent',
  samples: [
    '(cancel|delete|stop|remove|turn off) my (workout|training) (reminder|reminders)',
    'stop reminding me (to train|to work out|)',
    "don't remind me (any more|anymore)",
    'no more (workout|training) reminders',
  ],
};

export const trainingDayIntents: readonly IntentDefinition[] = [
  setTrainingDaysIntent,
  trainingDaysPerWeekIntent,
  addTrainingDayIntent,
  removeTrainingDayIntent,
  cantTrainIntent,
  setReminderIntent,
  moveReminderIntent,
  cancelRemindersIntent,
];
