import { all, isIntent, pendingIs } from '../guards';
import { describeError, logger } from '../logging';
import { deleteStoredReminder } from '../reminders';
import { ask, tell } from '../reply';
import { defineHandler } from './define';

/** "Delete my data" asks first: it cannot be undone. */
export const deleteData = defineHandler('DeleteData', isIntent('DeleteDataIntent'), (input, turn) =>
  ask(
    input,
    turn.speaker.fixed('general.deleteConfirm'),
    turn.speaker.fixed('general.deleteConfirmReprompt'),
    {
      pending: { kind: 'confirm-delete' },
    },
  ),
);

export const confirmDelete = defineHandler(
  'ConfirmDelete',
  all(isIntent('AMAZON.YesIntent'), pendingIs('confirm-delete')),
  async (input, turn) => {
    await deleteStoredReminder(input, turn);
    try {
      const { deletedItems } = await turn.store.deleteUser(turn.userKey, { accountId: turn.accountId });
      logger.info('User data deleted on request', { user: turn.userHash, deletedItems });
      return tell(input, turn.speaker.fixed('general.deleted'));
    } catch (error) {
      logger.error('User data could not be deleted', { user: turn.userHash, ...describeError(error) });
      return tell(input, turn.speaker.fixed('general.deleteFailed'));
    }
  },
);

export const keepData = defineHandler(
  'KeepData',
  all(isIntent('AMAZON.NoIntent'), pendingIs('confirm-delete')),
  (input, turn) =>
    ask(input, turn.speaker.fixed('general.deleteKept'), turn.speaker.fixed('general.whatNowReprompt')),
);
