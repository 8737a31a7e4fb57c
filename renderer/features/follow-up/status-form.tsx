/**
 * Changing a directive's status: only the changes TRANSITIONS allows are offered (plus correcting the date of a
 * done directive or the reason of a cancelled one). Done asks for the completion date, cancelled for a reason.
 * The write checks everything again (dates against the meeting and today) and either stores the change with its
 * history entry or stores nothing; its Vietnamese message is shown under the form.
 */
import { Alert, App, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Directive, DirectiveStatus } from '../../../src/domain/types.js';
import { statusLabel } from '../../../src/followup/categories.js';
import { TRANSITIONS } from '../../../src/followup/status.js';
import { t } from '../../../src/i18n/index.js';
import { DateInput } from '../../components/date-input.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { changeDirectiveStatus } from '../../db/writes/follow-ups.js';

interface Props {
  directive: Directive;
  today: IsoDate;
}

/**
 * Options offered from the current status: the allowed changes, and the current one when it can be corrected,
 * labelled as the correction it is (the date of a done directive, the reason of a cancelled one).
 */
function statusOptions(from: DirectiveStatus): { value: DirectiveStatus; label: string }[] {
  const options = TRANSITIONS[from].map((s) => ({ value: s, label: statusLabel(s) }));
  if (from === 'done') options.push({ value: from, label: t('followUp.correct.done') });
  if (from === 'cancelled') options.push({ value: from, label: t('followUp.correct.cancelled') });
  return options;
}

export function StatusForm({ directive, today }: Props) {
  const { message } = App.useApp();
  const [to, setTo] = useState<DirectiveStatus | null>(null);
  const [date, setDate] = useState<IsoDate | null>(today);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `status-${directive.id}`;

  function choose(next: DirectiveStatus): void {
    setTo(next);
    setError(null);
    // Correcting a done directive starts from its stored completion date; a new change from today.
    setDate(next === 'done' && directive.status === 'done' ? directive.completedOn : today);
    setReason(next === 'cancelled' && directive.status === 'cancelled' ? directive.cancelReason : '');
  }

  async function submit(): Promise<void> {
    if (to === null) return;
    setBusy(true);
    try {
      await changeDirectiveStatus(db, directive.id, { to, date: date ?? '', cancelReason: reason, text: note }, today);
      void message.success(t('followUp.statusChanged', { status: statusLabel(to) }));
      setTo(null);
      setNote('');
      setReason('');
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} aria-label={t('followUp.statusSection')}>
      <Form.Item label={t('followUp.newStatus')} htmlFor={`${id}-to`} style={{ marginBottom: 8 }}>
        <Select<DirectiveStatus>
          id={`${id}-to`}
          aria-label={t('followUp.newStatus')}
          placeholder={t('followUp.chooseStatus')}
          value={to ?? undefined}
          onChange={choose}
          options={statusOptions(directive.status)}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {to !== null && (
        <>
          <Form.Item label={t(to === 'done' ? 'followUp.completedOnField' : 'followUp.statusDate')} htmlFor={`${id}-date`} style={{ marginBottom: 8 }}>
            <DateInput
              id={`${id}-date`}
              aria-label={t(to === 'done' ? 'followUp.completedOnField' : 'followUp.statusDate')}
              label={to === 'done' ? 'followup.field.completedOn' : 'followup.field.statusDate'}
              value={date}
              onChange={setDate}
            />
          </Form.Item>
          {to === 'cancelled' && (
            <Form.Item label={t('followUp.cancelReasonField')} htmlFor={`${id}-reason`} style={{ marginBottom: 8 }}>
              <Input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Form.Item>
          )}
          <Form.Item label={t('followUp.note')} htmlFor={`${id}-note`} style={{ marginBottom: 8 }}>
            <Input.TextArea id={`${id}-note`} value={note} autoSize={{ minRows: 1, maxRows: 4 }} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
          <Space>
            <Button type="primary" loading={busy} onClick={() => void submit()}>
              {t('followUp.changeStatus')}
            </Button>
            <Button onClick={() => setTo(null)}>{t('action.cancel')}</Button>
          </Space>
        </>
      )}
      {error !== null && <Alert type="error" role="alert" showIcon title={error} style={{ marginTop: 8 }} />}
    </Form>
  );
}
