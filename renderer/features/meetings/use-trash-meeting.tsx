import { App } from 'antd';
import { useCallback } from 'react';
import type { Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { useUndoToast } from '../../components/undo-toast.js';
import { db } from '../../db/instance.js';
import { restoreMeeting, trashMeeting } from '../../db/writes/meetings.js';

/**
 * Moves a meeting to the trash and offers undo in the toast. No confirmation: nothing is lost (the trash keeps
 * the meeting whole), and one click back is quicker than a question every time.
 */
export function useTrashMeeting(): (id: Id, title: string) => Promise<boolean> {
  const { message } = App.useApp();
  const showUndo = useUndoToast();
  return useCallback(
    async (id: Id, title: string) => {
      try {
        await trashMeeting(db, id);
      } catch (error) {
        reportError(error);
        return false;
      }
      showUndo(t('meetings.trashed', { title }), async () => {
        await restoreMeeting(db, id);
        void message.success(t('meetings.restored', { title }));
      });
      return true;
    },
    [message, showUndo],
  );
}
