import { Typography } from 'antd';
import dayjs from 'dayjs';
import { t } from '../../src/i18n/index.js';
import { useAppStore } from '../state/store.js';

/** The visible autosave state of the open screen. */
export function SaveIndicator() {
  const status = useAppStore((s) => s.saveStatus);
  const text = (() => {
    switch (status.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('save.unsaved');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved', { time: dayjs(status.at).format('HH:mm:ss') });
      case 'invalid':
        return t('save.invalid');
      case 'failed':
        return t('save.failed', { reason: status.message });
    }
  })();
  const type = status.kind === 'failed' || status.kind === 'invalid' ? 'danger' : 'secondary';
  return (
    <Typography.Text type={type} data-testid="save-status" aria-live="polite">
      {text}
    </Typography.Text>
  );
}
