import type { IntentDefinition } from '../types';
import { exerciseSlot, repsSlot, unitSlot, weightSlot } from './slots';

// Answers to "Which lift was that?" and the words a lifter uses to take back a mis-heard set.

export const nameExerciseIntent: IntentDefinition = {
  name: 'NameExerciseIntent',
  slots: [exerciseSlot],
  samples: [
    '{exercise}',
    '{exercise} please',
    '(it was|that was|it was the|that was the|the lift was|that one was) {exercise}',
    '(it was|that was|I did|I was doing|it was on|that was on|on) {exercise}',
    '(the exercise was|the lift was|I was on|it was a set of|that was a set of) {exercise}',
  ],
};

export const undoSetIntent: IntentDefinition = {
  name: 'UndoSetIntent',
  samples: [
    'undo',
    'undo (that|it|that set|the last set|my last set|the last one)',
    '(delete|remove|cancel|erase) (that|that set|the last set|my last set|the last one)',
    'scratch that',
    'scratch (that set|the last set|my last set)',
    'forget (that|that set|the last set)',
    "(don't|do not) log that",
    'take (that|it) back',
    "(that's|that is|that was) (wrong|a mistake|not right)",
    'you got that wrong',
    'that set was wrong',
  ],
};

export const correctSetIntent: IntentDefinition = {
  name: 'CorrectSetIntent',
  slots: [repsSlot, weightSlot, unitSlot],
  samples: [
    "(that was wrong|that's wrong|that is wrong|that was a mistake|no|sorry|correction|actually|wait|oops) (I did|I got|it was|that was|make it|make that) {reps}( reps|)",
    "(that was wrong|that's wrong|no|sorry|correction|actually) (I did|I got|it was|that was) {reps}( reps|) (at|with) {weight}( {unit}|)",
    '(make that|make it|change that to|change it to|correct that to|correct it to) {reps}( reps|)',
    '(make that|make it|change that to|change it to) {reps}( reps|) (at|with) {weight}( {unit}|)',
    'I meant {reps}( reps|)',
    'I meant {reps}( reps|) (at|with) {weight}( {unit}|)',
    'it was {reps} reps not',
    'I actually did {reps}( reps|)',
  ],
};

export const correctionIntents: readonly IntentDefinition[] = [
  nameExerciseIntent,
  undoSetIntent,
  correctSetIntent,
];
