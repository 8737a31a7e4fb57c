/**
 * In a plain browser without permission for desktop notifications, the bridge hands reminders to the page
 * instead (inAppNotifications); this banner shows them, and a click reports back through the bridge exactly as a
 * click on a desktop notification would, so one handler opens what the reminder is about.
 */
import { Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { notificationRequestSchema, type NotificationRequest } from '../../../src/ipc/contract.js';
import { t } from '../../../src/i18n/index.js';
import { IN_APP_NOTIFICATION, inAppNotifications, reportInAppNotificationClick } from '../../platform/browser-bridge.js';

export function ReminderBanner() {
  const [notice, setNotice] = useState<NotificationRequest | null>(null);

  useEffect(() => {
    const onNotice = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      // A new notice with a tag replaces the one shown, as desktop notifications with a tag do.
      const parsed = notificationRequestSchema.safeParse(detail);
      if (parsed.success) setNotice(parsed.data);
    };
    inAppNotifications.addEventListener(IN_APP_NOTIFICATION, onNotice);
    return () => inAppNotifications.removeEventListener(IN_APP_NOTIFICATION, onNotice);
  }, []);

  if (notice === null) return null;
  const open = () => {
    setNotice(null);
    reportInAppNotificationClick(notice.tag);
  };
  return (
    <div
      role="alert"
      aria-label={t('reminders.bannerLabel')}
      data-testid="reminder-banner"
      style={{
        position: 'fixed',
        bottom: 16,
        right: 16,
        zIndex: 1100,
        width: 420,
        maxWidth: 'calc(100vw - 32px)',
        padding: '12px 16px',
        background: '#fffbe6',
        border: '1px solid #d48806',
        borderRadius: 8,
        boxShadow: '0 6px 16px rgba(0, 0, 0, 0.12)',
      }}
    >
      <div onClick={open} style={{ cursor: 'pointer' }}>
        <Typography.Text strong style={{ display: 'block' }}>
          {notice.title}
        </Typography.Text>
        {notice.body !== '' && <Typography.Text style={{ display: 'block', marginTop: 4 }}>{notice.body}</Typography.Text>}
      </div>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 8 }}>
        <Button size="small" onClick={() => setNotice(null)}>
          {t('action.close')}
        </Button>
        <Button size="small" type="primary" onClick={open}>
          {t('reminders.open')}
        </Button>
      </div>
    </div>
  );
}
