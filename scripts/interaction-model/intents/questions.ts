import type { IntentDefinition } from '../types';
import { directionSlot, durationSlot, exerciseSlot } from './slots';

// Questions a lifter asks between sets or out of session; the skill answers in context and the
// workout carries on.

export const howMuchWeightIntent: IntentDefinition = {
  name: 'HowMuchWeightIntent',
  samples: [
    'how much weight',
    'how much weight (should I use|do I use|is it|for this set)',
    'what weight',
    'what weight (should I use|do I use|is it|for this set)',
    "(what's|what is) the weight",
    "what's my weight for this set",
    'how heavy( should I go| is this set|)',
    'how much (should I|do I) lift',
    '(how much am I|what am I) lifting',
    "what's on the bar",
    'how much (goes|do I put) on the bar',
    'how much on the bar',
    'what (do|should) I load',
    'what plates do I need',
    'which plates( do I need|)',
    'what load',
    "what's the load",
  ],
};

export const restTimeIntent: IntentDefinition = {
  name: 'RestTimeIntent',
  samples: [
    'how long is (my|the) rest',
    'how long (do|should) I rest',
    'how long to rest',
    'how much rest( do I get| between sets|)',
    "(what's|what is) my rest( time|)",
    "what's the rest period",
    'rest time',
    'how long between sets',
    'how long do I have( left|)',
    'how much time do I have left',
    'how long left',
    'how much rest is left',
    'time left',
    'how long until (my|the) next set',
    'when is my next set',
    'when do I go again',
    'how much longer',
    'is my rest over',
    'how many (minutes|seconds) rest',
    'how much time is left',
    'how much time (is left on|left on) (my|the) (rest|timer)',
  ],
  regionalSamples: {
    'en-GB': ['how long have I got', 'how long have I got left'],
    'en-AU': ['how long have I got', 'how long have I got left'],
  },
};

export const adjustRestIntent: IntentDefinition = {
  name: 'AdjustRestIntent',
  // Every sample carries {direction}: a request without one would leave the skill guessing whether
  // the lifter wants more rest or less.
  slots: [directionSlot, durationSlot],
  samples: [
    // The answer to "Should your rests be longer or shorter?".
    '{direction}',
    'rest {direction}',
    '{direction} rest( please|)',
    'make (my|the) rest {direction}',
    'I (need|want) {direction} rest',
    'give me {direction} rest',
    '(can I|let me) rest {direction}',
    'I need to rest {direction}',
    '{direction} my rest',
    '{direction} my rest by {duration}',
    '{direction} the rest by {duration}',
    'give me {duration} {direction} rest',
    'give me {duration} {direction}',
    'I need {duration} {direction}( rest|)',
    'make my rest {duration} {direction}',
    'rest {duration} {direction}',
    '{direction} {duration} to my rest',
  ],
};

export const whyThisWeightIntent: IntentDefinition = {
  name: 'WhyThisWeightIntent',
  samples: [
    'why',
    'why (this|that) (weight|load)',
    'why (this|that) much',
    'why so (heavy|light)',
    'why is it so (heavy|light)',
    'why is the weight so (high|low)',
    'why did the weight go (up|down)',
    'why did you change the weight',
    'why are you giving me this weight',
    'how did you (pick|choose|get) (this|that) (weight|number)',
    'how did you work out the weight',
    'where does that number come from',
    'explain (the|this|that) weight',
  ],
};

export const whatsNextIntent: IntentDefinition = {
  name: 'WhatsNextIntent',
  samples: [
    "(what's|what is) next",
    'what comes next',
    "what's coming up",
    "what's after this( exercise|)",
    'what do I do next',
    "what's (my|the) next (exercise|lift)",
    'what (exercise|lift) is next',
    "what's left",
    'what else is there',
    'how many sets (left|are left|do I have left)',
    'how much is left',
    "what's remaining",
    'what do I have left',
    'where am I( in the workout|)',
    '(which|what) set am I on',
  ],
};

export const myProgressIntent: IntentDefinition = {
  name: 'MyProgressIntent',
  slots: [exerciseSlot],
  samples: [
    'my progress',
    "(what's|what is|how's|how is) my progress",
    '(show|tell) me my progress',
    'show my progress',
    'how am I (doing|progressing)',
    'how am I doing (on|with) {exercise}',
    "(how's|how is) my {exercise} (going|progressing|coming along|doing)",
    "(how's|how is) my {exercise}",
    "(what's|what is|) my progress (on|for|with) {exercise}",
    "(what's|what is) my {exercise} progress",
    '(show|tell) me my {exercise} progress',
    '(show|tell) me my progress (on|for|with) {exercise}',
    'how am I progressing (on|with) {exercise}',
    'progress on {exercise}',
    'progress report( for {exercise}|)',
    'give me a progress report',
    'how much (have I improved|has my {exercise} improved)',
    'how has my {exercise} improved',
    'am I (getting stronger|improving|making progress)',
    'am I making progress on {exercise}',
    "how's my training going",
    "(what's|what is) my estimated max (on|for) {exercise}",
    "(what's|what is) my estimated {exercise} max",
    "(what's|what is) my estimated one rep max (on|for) {exercise}",
  ],
};

export const myBestIntent: IntentDefinition = {
  name: 'MyBestIntent',
  slots: [exerciseSlot],
  samples: [
    "(what's|what is|) my best lift",
    "(what's|what is) my best",
    'my best',
    "(what's|) my personal best",
    "(what's|what is) my best (on|for) {exercise}",
    "(what's|what is|tell me|) my best {exercise}",
    "(what's|what is) my best {exercise} (lift|set|weight|ever)",
    "(what is|what's) my {exercise} best",
    "(what's|what is) my best ever {exercise}",
    "(what was|what's been|what has been) my best {exercise}",
    "(what's|what is) my {exercise} (personal best|record|p. r.)",
    "(what's|what is) my personal best (on|for) {exercise}",
    "(what's|what is) my p. r.",
    "(what's|what is) my {exercise} max",
    "(what's|what is) my max (on|for) {exercise}",
    "(what's|what is) my max",
    "(what's|what is) my( {exercise}|) one rep max",
    'how much can I {exercise}',
    "(what's|what is) the (most|heaviest) I've lifted",
    "(what's|what is) my heaviest {exercise}",
    "(what's|what is) my (top|best) set",
  ],
};

export const personalRecordsIntent: IntentDefinition = {
  name: 'PersonalRecordsIntent',
  samples: [
    '(what are|tell me|read me|list) my personal records',
    '(what are|tell me|read me|list) my (records|personal bests|bests|p. r. s.)',
    'my personal (records|bests)',
    "what's my record",
    'what records have I (set|got)',
    'have I set any records',
  ],
};

export const nutritionIntent: IntentDefinition = {
  name: 'NutritionIntent',
  samples: [
    'nutrition',
    'nutrition (tips|advice)',
    'diet( tips|)',
    'food (tips|advice)',
    'eating advice',
    'meal advice',
    'tell me about (nutrition|diet)',
    'what should I (eat|be eating)',
    'how should I eat',
    'what should I eat (to build muscle|to get stronger|after training|after a workout|before a workout)',
    'how much protein( do I need| should I eat| should I have|)',
    'what about protein',
    'how many calories (should I eat|do I need)',
    '(should I eat more|do I need to eat more)',
    'how do I eat for my goal',
  ],
};

export const benefitsIntent: IntentDefinition = {
  name: 'BenefitsIntent',
  samples: [
    'benefits',
    'tell me the benefits',
    'what are the benefits( of lifting| of strength training| of weight training| of my goal|)',
    'benefits of weight training',
    'why (lift|lift weights|should I lift weights|should I lift)',
    "what's the point of lifting",
    'what (does lifting do|will this do) for me',
    'how does this help me',
    'is lifting good for me',
    'why train for (size|strength)',
    "what's the difference between (hypertrophy|size) and strength( training|)",
    'hypertrophy (versus|or) strength',
    'should I train for size or strength',
    'what is (hypertrophy|hypertrophy training|strength training)',
  ],
};

export const safetyIntent: IntentDefinition = {
  name: 'SafetyIntent',
  samples: [
    'safety( tips|)',
    'lifting safety',
    'is this safe',
    'how do I (stay safe|lift safely)',
    'how (do|can) I (avoid|prevent) (injury|getting hurt)',
    'injury prevention',
    '(should I warm up|do I need to warm up)',
    'how do I warm up',
    'warm up tips',
    'what about (form|warming up)',
    '(form tips|tips for good form)',
    'how much recovery do I need',
    'how many rest days( do I need|)',
    'how important is rest',
    'should I (get a trainer|use a spotter)',
    'do I need a spotter',
    'what (if|should I do if) (something|it) hurts',
  ],
};

export const deleteDataIntent: IntentDefinition = {
  name: 'DeleteDataIntent',
  // The skill asks "are you sure?" itself and reads Yes or No, so no dialog model is needed here.
  samples: [
    '(delete|erase|wipe|clear|remove) (my|all my) data',
    '(delete|erase|wipe|clear) my (history|workout history|information)',
    '(delete|erase) everything',
    'reset (my data|everything|my profile)',
    'delete my (profile|account)',
    'start over from scratch',
    'forget (me|everything about me|my data)',
    '(I want to|please) delete my data',
  ],
};

export const questionIntents: readonly IntentDefinition[] = [
  howMuchWeightIntent,
  restTimeIntent,
  adjustRestIntent,
  whyThisWeightIntent,
  whatsNextIntent,
  myProgressIntent,
  myBestIntent,
  personalRecordsIntent,
  nutritionIntent,
  benefitsIntent,
  safetyIntent,
  deleteDataIntent,
];
