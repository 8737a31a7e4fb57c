/**
 * Settings: document settings per issuing body, and reminders. Each tab lives in its own file.
 */
import { Tabs, Typography } from 'antd';
import { t } from '../../../src/i18n/index.js';
import { DocumentSettingsTab } from './document-settings-tab.js';
import { ReminderSettingsTab } from './reminder-settings-tab.js';

export function SettingsPage() {
  return (
    <>
      <Typography.Title level={3}>{t('nav.settings')}</Typography.Title>
      <Tabs
        items={[
          { key: 'documents', label: t('settings.documentsTab'), children: <DocumentSettingsTab /> },
          { key: 'reminders', label: t('settings.remindersTab'), children: <ReminderSettingsTab /> },
        ]}
      />
    </>
  );
}
