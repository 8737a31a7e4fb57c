/**
 * The "Nhắc việc" tab of the settings: daily reminders on or off, and how many days ahead a directive counts as
 * due soon (0-365; used by the register, the overview and the reminders alike). Checked before it is stored.
 */
import { Alert, App, Button, Form, Input, Switch, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import { t } from '../../../src/i18n/index.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { saveReminderSettings, useReminderSettings, type ReminderSettings } from '../reminders/reminder-settings.js';

export function ReminderSettingsTab() {
  const settings = useReminderSettings();
  if (settings === undefined) return null;
  return <ReminderSettingsForm initial={settings} />;
}

/** A whole number typed in the box, or NaN for anything else (the schema then gives the message). */
function typedDays(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function ReminderSettingsForm({ initial }: { initial: ReminderSettings }) {
  const { message } = App.useApp();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [days, setDays] = useState(String(initial.horizonDays));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    try {
      await saveReminderSettings(db, { enabled, horizonDays: typedDays(days) });
      setError(null);
      void message.success(t('reminders.saved'));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form layout="vertical" style={{ maxWidth: 640 }} onSubmitCapture={(e) => e.preventDefault()}>
      <Typography.Paragraph type="secondary">{t('reminders.settingsIntro')}</Typography.Paragraph>
      <Form.Item label={t('reminders.enabled')} htmlFor="reminders-enabled">
        <Switch id="reminders-enabled" aria-label={t('reminders.enabled')} checked={enabled} onChange={setEnabled} />
      </Form.Item>
      <Form.Item label={t('reminders.horizon')} htmlFor="reminders-horizon" help={t('reminders.horizonHelp')}>
        <Input id="reminders-horizon" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" loading={busy} onClick={() => void save()}>
          {t('action.save')}
        </Button>
      </Form.Item>
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {initial.lastRun === null ? t('reminders.neverRun') : t('reminders.lastRun', { date: formatViDate(initial.lastRun) })}
      </Typography.Paragraph>
    </Form>
  );
}
