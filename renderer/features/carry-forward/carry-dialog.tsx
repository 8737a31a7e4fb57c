/**
 * Confirms carrying one open directive into the meeting being written: the new text (prefilled "Tiếp tục thực
 * hiện: ...") and a new deadline, which may not fall before this meeting.
 */
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Directive, Meeting } from '../../../src/domain/types.js';
import { deadlineBeforeMeetingMessage } from '../../../src/followup/status.js';
import { t } from '../../../src/i18n/index.js';
import { DeadlineInput, deadlineFromDraft, type DeadlineDraft } from '../../components/deadline-input.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { carriedText, carryIntoMeeting, type CarryResult } from './carry-into-meeting.js';

interface Props {
  directive: Directive;
  meeting: Pick<Meeting, 'id' | 'date'>;
  today: IsoDate;
  onClose: (result: CarryResult | null) => void;
}

export function CarryDialog({ directive, meeting, today, onClose }: Props) {
  const [text, setText] = useState(() => carriedText(directive));
  const [draft, setDraft] = useState<DeadlineDraft>({ kind: 'date', date: null, year: Number(meeting.date.slice(0, 4)), quarter: 1, half: 1 });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = deadlineFromDraft(draft);
  const deadlineError = parsed.ok ? deadlineBeforeMeetingMessage(parsed.deadline, meeting.date) : null;

  async function submit(): Promise<void> {
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setBusy(true);
    try {
      onClose(await carryIntoMeeting(db, { fromDirectiveId: directive.id, toMeetingId: meeting.id, text, deadline: parsed.deadline, today }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('carry.bringTitle')}
      okText={t('carry.bring')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item label={t('carry.newText')} htmlFor="carry-text">
          <Input.TextArea id="carry-text" value={text} autoSize={{ minRows: 3, maxRows: 10 }} onChange={(e) => setText(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('carry.newDeadline')} htmlFor="carry-deadline">
          <DeadlineInput id="carry-deadline" value={draft} onChange={setDraft} error={deadlineError} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
