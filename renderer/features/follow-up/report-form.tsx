/**
 * A progress report: date, what was done, who reported, and optionally how far along (a whole percent 0-100).
 * The same form adds a report and corrects one. Input that the write rejects (a percent of 150, a date before the
 * meeting or after today) leaves the database untouched and the message stays under the form.
 */
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Directive, FollowUp } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { DateInput } from '../../components/date-input.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { addProgressReport, updateProgressReport } from '../../db/writes/follow-ups.js';

interface Props {
  directive: Directive;
  today: IsoDate;
  /** The report being corrected; absent to add a new one. */
  editing?: FollowUp;
  onDone?: () => void;
}

/** The percent as typed: empty is "not given", a number is passed on for the schema to check its range. */
function parsePercent(typed: string): { ok: true; value: number | null } | { ok: false } {
  const text = typed.trim().replace(',', '.').replace(/%$/, '').trim();
  if (text === '') return { ok: true, value: null };
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return { ok: false };
  return { ok: true, value: Number(text) };
}

export function ReportForm({ directive, today, editing, onDone }: Props) {
  const { message } = App.useApp();
  const [date, setDate] = useState<IsoDate | null>(editing?.date ?? today);
  const [text, setText] = useState(editing?.text ?? '');
  const [reporter, setReporter] = useState(editing?.reporter ?? '');
  const [percent, setPercent] = useState(editing?.percent === null || editing === undefined ? '' : String(editing.percent));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `report-${editing?.id ?? directive.id}`;

  async function submit(): Promise<void> {
    const parsed = parsePercent(percent);
    if (!parsed.ok) {
      setError(t('followUp.percentNotNumber'));
      return;
    }
    const report = { date: date ?? '', text, reporter, percent: parsed.value };
    setBusy(true);
    try {
      if (editing === undefined) {
        await addProgressReport(db, directive.id, report, today);
        void message.success(t('followUp.reportAdded'));
        setText('');
        setPercent('');
        setDate(today);
      } else {
        await updateProgressReport(db, editing.id, report, today);
        void message.success(t('followUp.reportSaved'));
      }
      setError(null);
      onDone?.();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()} aria-label={editing === undefined ? t('followUp.reportSection') : t('followUp.saveReport')}>
      <Space align="start" wrap style={{ width: '100%' }}>
        <Form.Item label={t('followUp.reportDate')} htmlFor={`${id}-date`} style={{ marginBottom: 8, width: 170 }}>
          <DateInput id={`${id}-date`} aria-label={t('followUp.reportDate')} label="followup.field.reportDate" value={date} onChange={setDate} />
        </Form.Item>
        <Form.Item label={t('followUp.percentField')} htmlFor={`${id}-percent`} style={{ marginBottom: 8, width: 170 }}>
          <Input
            id={`${id}-percent`}
            inputMode="numeric"
            placeholder={t('followUp.percentPlaceholder')}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('followUp.reporter')} htmlFor={`${id}-reporter`} style={{ marginBottom: 8, width: 220 }}>
          <Input id={`${id}-reporter`} value={reporter} onChange={(e) => setReporter(e.target.value)} />
        </Form.Item>
      </Space>
      <Form.Item label={t('followUp.reportText')} htmlFor={`${id}-text`} style={{ marginBottom: 8 }}>
        <Input.TextArea id={`${id}-text`} value={text} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(e) => setText(e.target.value)} />
      </Form.Item>
      <Space>
        <Button type={editing === undefined ? 'default' : 'primary'} loading={busy} onClick={() => void submit()}>
          {editing === undefined ? t('followUp.addReport') : t('followUp.saveReport')}
        </Button>
        {editing !== undefined && <Button onClick={onDone}>{t('action.cancel')}</Button>}
      </Space>
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </Form>
  );
}
