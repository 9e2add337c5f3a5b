import type { RequestHandler } from 'ask-sdk-core';
import { adjustRest } from './adjust-rest';
import {
  fallback,
  fallbackIntent,
  help,
  noInWorkout,
  noToOffer,
  repeat,
  stop,
  unexpectedRequest,
  yesNoOutOfContext,
} from './built-ins';
import { noToLoad, yesToLoad } from './confirm-load';
import { correctSet, undoSet } from './corrections';
import { confirmDelete, deleteData, keepData } from './delete-data';
import { confirmFreeSet } from './free-set';
import { launch } from './launch';
import { myBest, myProgress } from './lift-questions';
import { logFailedSetIntent, logSetIntent } from './log-set';
import { nameExercise } from './name-exercise';
import { nextSetIntent, resumeTask, yesToReady } from './next-set';
import { setEquipment, setGoal, setLevel, setUnits } from './onboarding';
import { nextWorkout, personalRecords } from './progress-questions';
import { benefits, howMuchWeight, nutrition, restTime, safety, whatsNext, whyThisWeight } from './questions';
import { cancelReminders, reminderConsentAnswer, setReminder } from './reminders';
import { screenTouch } from './screen-touch';
import { sessionEnded } from './session-ended';
import { setMax } from './set-max';
import { skillDisabled, skillPermissions } from './skill-events';
import { readyToStart, startWorkoutIntent, yesToStart } from './start-workout';
import { systemException } from './system-exception';
import { timerConsentAnswer } from './timer-consent';
import { todaysWorkout, yesToWorkoutOffer } from './todays-workout';
import {
  addTrainingDays,
  cantTrain,
  removeTrainingDays,
  setTrainingDays,
  trainingDaysPerWeek,
} from './training-days';
import {
  endWorkoutIntent,
  noToEnd,
  rateSet,
  skipExercise,
  workoutIntentWithoutWorkout,
  yesToEnd,
  yesToWrapUp,
} from './workout-control';

/**
 * The one ordered list: events first, then answers to what was just asked (yes/no in context),
 * then one handler per intent, and the catch-alls last (the first handler that can, handles).
 */
export const requestHandlers: (RequestHandler & { name: string })[] = [
  // Requests that are not spoken turns.
  skillDisabled,
  skillPermissions,
  sessionEnded,
  systemException,
  reminderConsentAnswer,
  timerConsentAnswer,
  resumeTask,
  launch,
  // Touches on the screen, each answered by the code of the words it stands for.
  screenTouch,
  // Yes and No read in the context of the last question.
  confirmDelete,
  keepData,
  confirmFreeSet,
  yesToLoad,
  noToLoad,
  yesToWorkoutOffer,
  yesToStart,
  readyToStart,
  yesToReady,
  yesToWrapUp,
  yesToEnd,
  noToEnd,
  noToOffer,
  noInWorkout,
  // Profile.
  setGoal,
  setLevel,
  setUnits,
  setEquipment,
  setMax,
  // Training days and the workout reminder.
  setTrainingDays,
  trainingDaysPerWeek,
  addTrainingDays,
  removeTrainingDays,
  cantTrain,
  setReminder,
  cancelReminders,
  // The workout.
  todaysWorkout,
  startWorkoutIntent,
  logSetIntent,
  logFailedSetIntent,
  // Naming the lift of a set heard without one; taking a mis-heard set back.
  nameExercise,
  undoSet,
  correctSet,
  workoutIntentWithoutWorkout,
  rateSet,
  nextSetIntent,
  skipExercise,
  adjustRest,
  endWorkoutIntent,
  // Questions, answered in context.
  howMuchWeight,
  restTime,
  whyThisWeight,
  whatsNext,
  myBest,
  myProgress,
  personalRecords,
  nextWorkout,
  nutrition,
  benefits,
  safety,
  deleteData,
  // Built-ins.
  help,
  repeat,
  stop,
  yesNoOutOfContext,
  // Catch-alls: words the model could not place, any other intent, then any other request type.
  fallbackIntent,
  fallback,
  unexpectedRequest,
];
