import type { events } from 'ask-sdk-model';
import { emptyProfile } from '../../store';
import { isRequest } from '../guards';
import { logger } from '../logging';
import { deleteStoredReminder } from '../reminders';
import { silent } from '../reply';
import { timersPermissionScope } from '../rest';
import { saveChanges } from '../save';
import { defineHandler } from './define';

/** The lifter disabled the skill: everything stored about them goes. */
export const skillDisabled = defineHandler(
  'SkillDisabled',
  isRequest('AlexaSkillEvent.SkillDisabled'),
  async (input, turn) => {
    await deleteStoredReminder(input, turn);
    // The account disabled the skill: its own items and those of every person recognised in it.
    const { deletedItems } = await turn.store.deleteUser(turn.accountId, { includeLinkedPeople: true });
    logger.info('User data deleted after the skill was disabled', { user: turn.userHash, deletedItems });
    return silent(input);
  },
);

/** Permissions changed in the Alexa app: remember whether rest timers are allowed. */
export const skillPermissions = defineHandler(
  'SkillPermissions',
  isRequest('AlexaSkillEvent.SkillPermissionAccepted', 'AlexaSkillEvent.SkillPermissionChanged'),
  async (input, turn) => {
    const request = input.requestEnvelope.request as
      | events.skillevents.PermissionAcceptedRequest
      | events.skillevents.PermissionChangedRequest;
    const scopes = [
      ...(request.body?.acceptedPermissions ?? []),
      ...(request.body?.acceptedPersonPermissions ?? []),
    ].map((permission) => permission.scope);
    const granted = scopes.includes(timersPermissionScope);
    const { profile } = await turn.user();
    const current = profile ?? emptyProfile(turn.now, turn.locale);
    const timerConsent = granted ? 'granted' : 'denied';
    if (current.timerConsent !== timerConsent) {
      await saveChanges(turn, { profile: { ...current, timerConsent } });
    }
    logger.info('Timer permission updated', { user: turn.userHash, timerConsent });
    return silent(input);
  },
);
