/**
 * A toast that confirms a removal and offers to take it back ("Đã xóa kết luận số 3 — Hoàn tác"). Removal is
 * immediate and undo restores the removed records, so the user is never asked "are you sure?".
 */
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { t } from '../../src/i18n/index.js';
import { reportError } from './report-error.js';

const UNDO_SECONDS = 10;
let counter = 0;

/** Returns a function that shows the toast; `undo` runs at most once. */
export function useUndoToast(): (text: string, undo: () => Promise<void>) => void {
  const { message } = App.useApp();
  return useCallback(
    (text: string, undo: () => Promise<void>) => {
      counter += 1;
      const key = `undo-${counter}`;
      let used = false;
      void message.open({
        key,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <span>
            {text} —{' '}
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={async () => {
                if (used) return;
                used = true;
                message.destroy(key);
                try {
                  await undo();
                } catch (error) {
                  reportError(error);
                }
              }}
            >
              {t('action.undo')}
            </Button>
          </span>
        ),
      });
    },
    [message],
  );
}
