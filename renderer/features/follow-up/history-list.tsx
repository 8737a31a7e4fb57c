/**
 * The history of one directive, newest first: progress reports and changes of status in one list. Reports can
 * be corrected or deleted (with undo); status entries are the audit trail and stay as written.
 */
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate, type IsoDate } from '../../../src/domain/dates.js';
import type { Directive, FollowUp } from '../../../src/domain/types.js';
import { statusLabel } from '../../../src/followup/categories.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { useUndoToast } from '../../components/undo-toast.js';
import { db } from '../../db/instance.js';
import { deleteProgressReport, restoreProgressReport } from '../../db/writes/follow-ups.js';
import { ReportForm } from './report-form.js';

interface Props {
  directive: Directive;
  entries: readonly FollowUp[];
  today: IsoDate;
}

export function HistoryList({ directive, entries, today }: Props) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const showUndo = useUndoToast();

  async function remove(entry: FollowUp): Promise<void> {
    try {
      const removed = await deleteProgressReport(db, entry.id);
      showUndo(t('followUp.reportDeleted', { date: formatViDate(entry.date) }), () => restoreProgressReport(db, removed));
    } catch (error) {
      reportError(error);
    }
  }

  if (entries.length === 0) return <Typography.Text type="secondary">{t('followUp.historyEmpty')}</Typography.Text>;
  return (
    <ol aria-label={t('followUp.history')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((entry) => (
        <li key={entry.id} data-testid="history-entry" data-kind={entry.kind} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          {editingId === entry.id ? (
            <ReportForm directive={directive} today={today} editing={entry} onDone={() => setEditingId(null)} />
          ) : (
            <Entry entry={entry} onEdit={() => setEditingId(entry.id)} onDelete={() => void remove(entry)} />
          )}
        </li>
      ))}
    </ol>
  );
}

function Entry({ entry, onEdit, onDelete }: { entry: FollowUp; onEdit: () => void; onDelete: () => void }) {
  const date = formatViDate(entry.date);
  const heading =
    entry.kind === 'status' && entry.statusFrom !== null && entry.statusTo !== null
      ? t('followUp.entryStatus', { from: statusLabel(entry.statusFrom), to: statusLabel(entry.statusTo) })
      : t('followUp.entryReport');
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '90px 1fr auto', gap: 8 }}>
      <Typography.Text data-testid="history-date">{date}</Typography.Text>
      <div>
        <Typography.Text strong data-testid="history-heading">
          {heading}
        </Typography.Text>
        {entry.kind === 'report' && entry.percent !== null && (
          <Typography.Text data-testid="history-percent"> — {t('followUp.entryPercent', { percent: entry.percent })}</Typography.Text>
        )}
        {entry.text !== '' && (
          <div data-testid="history-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.text}
          </div>
        )}
        {entry.reporter !== '' && <Typography.Text type="secondary">{t('followUp.entryReporter', { name: entry.reporter })}</Typography.Text>}
      </div>
      {entry.kind === 'report' && (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Button size="small" type="text" aria-label={t('followUp.editReport', { date })} onClick={onEdit}>
            {t('action.edit')}
          </Button>
          <Button size="small" type="text" danger aria-label={t('followUp.deleteReport', { date })} onClick={onDelete}>
            {t('action.delete')}
          </Button>
        </span>
      )}
    </div>
  );
}
