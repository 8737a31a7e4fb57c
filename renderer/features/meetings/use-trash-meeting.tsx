import { App, Button } from 'antd';
import { useCallback } from 'react';
import type { Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { restoreMeeting, trashMeeting } from '../../db/writes/meetings.js';

const UNDO_SECONDS = 8;

/**
 * Moves a meeting to the trash and offers undo in the toast. No confirmation: nothing is lost (the trash keeps
 * the meeting whole), and one click back is quicker than a question every time.
 */
export function useTrashMeeting(): (id: Id, title: string) => Promise<boolean> {
  const { message } = App.useApp();
  return useCallback(
    async (id: Id, title: string) => {
      try {
        await trashMeeting(db, id);
      } catch (error) {
        reportError(error);
        return false;
      }
      const key = `trash-${id}`;
      const undo = async () => {
        message.destroy(key);
        try {
          await restoreMeeting(db, id);
          void message.success(t('meetings.restored', { title }));
        } catch (error) {
          reportError(error);
        }
      };
      void message.open({
        key,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <span>
            {t('meetings.trashed', { title })}{' '}
            <Button type="link" size="small" onClick={() => void undo()}>
              {t('action.undo')}
            </Button>
          </span>
        ),
      });
      return true;
    },
    [message],
  );
}
