/**
 * The deadline of a directive: first its kind (no deadline, a date, a quarter, a half-year, a year, ongoing),
 * then the inputs that kind needs. The input edits a draft, because a half-filled deadline ("Ngày" chosen, no
 * date yet) is a normal moment of typing; `deadlineFromDraft` says whether the draft is a complete Deadline.
 */
import { InputNumber, Select, Space, Typography } from 'antd';
import type { IsoDate } from '../../src/domain/dates.js';
import { DEADLINE_KINDS, formatDeadline, type Deadline, type DeadlineKind } from '../../src/domain/deadline.js';
import { t, type MessageKey } from '../../src/i18n/index.js';
import { DateInput } from './date-input.js';

export interface DeadlineDraft {
  kind: DeadlineKind;
  date: IsoDate | null;
  year: number | null;
  quarter: 1 | 2 | 3 | 4;
  half: 1 | 2;
}

export type DraftResult = { ok: true; deadline: Deadline } | { ok: false; message: string };

/** A draft showing an existing deadline; `defaultYear` fills the year when the kind is changed later. */
export function draftFromDeadline(deadline: Deadline, defaultYear: number): DeadlineDraft {
  const draft: DeadlineDraft = { kind: deadline.kind, date: null, year: defaultYear, quarter: 1, half: 1 };
  switch (deadline.kind) {
    case 'date':
      return { ...draft, date: deadline.date };
    case 'quarter':
      return { ...draft, year: deadline.year, quarter: deadline.quarter };
    case 'half':
      return { ...draft, year: deadline.year, half: deadline.half };
    case 'year':
      return { ...draft, year: deadline.year };
    default:
      return draft;
  }
}

/** The Deadline a draft stands for, or what is missing. */
export function deadlineFromDraft(draft: DeadlineDraft): DraftResult {
  const year = draft.year;
  const yearOk = year !== null && Number.isInteger(year) && year >= 1900 && year <= 2200;
  switch (draft.kind) {
    case 'none':
      return { ok: true, deadline: { kind: 'none' } };
    case 'ongoing':
      return { ok: true, deadline: { kind: 'ongoing' } };
    case 'date':
      return draft.date === null ? { ok: false, message: t('deadline.needDate') } : { ok: true, deadline: { kind: 'date', date: draft.date } };
    case 'quarter':
      return yearOk ? { ok: true, deadline: { kind: 'quarter', year, quarter: draft.quarter } } : { ok: false, message: t('deadline.needYear') };
    case 'half':
      return yearOk ? { ok: true, deadline: { kind: 'half', year, half: draft.half } } : { ok: false, message: t('deadline.needYear') };
    case 'year':
      return yearOk ? { ok: true, deadline: { kind: 'year', year } } : { ok: false, message: t('deadline.needYear') };
  }
}

const KIND_LABEL: Record<DeadlineKind, MessageKey> = {
  none: 'deadline.kind.none',
  date: 'deadline.kind.date',
  quarter: 'deadline.kind.quarter',
  half: 'deadline.kind.half',
  year: 'deadline.kind.year',
  ongoing: 'deadline.kind.ongoing',
};
const QUARTERS = [
  { value: 1, label: 'I' },
  { value: 2, label: 'II' },
  { value: 3, label: 'III' },
  { value: 4, label: 'IV' },
] as const;

interface Props {
  id?: string;
  value: DeadlineDraft;
  onChange: (draft: DeadlineDraft) => void;
  /** A message to show under the inputs (an incomplete draft, a deadline before the meeting). */
  error?: string | null;
}

export function DeadlineInput({ id, value, onChange, error }: Props) {
  const result = deadlineFromDraft(value);
  const preview = result.ok ? formatDeadline(result.deadline) : '';
  const year = (
    <InputNumber
      aria-label={t('deadline.year')}
      min={1900}
      max={2200}
      precision={0}
      value={value.year}
      onChange={(next) => onChange({ ...value, year: typeof next === 'number' ? next : null })}
      style={{ width: 110 }}
    />
  );
  return (
    <div>
      <Space wrap>
        <Select
          id={id}
          aria-label={t('deadline.kind')}
          value={value.kind}
          style={{ width: 170 }}
          options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }))}
          onChange={(kind: DeadlineKind) => onChange({ ...value, kind })}
        />
        {value.kind === 'date' && (
          <div style={{ width: 180 }}>
            <DateInput aria-label={t('deadline.date')} label="deadline.date" value={value.date} onChange={(date) => onChange({ ...value, date })} />
          </div>
        )}
        {value.kind === 'quarter' && (
          <>
            <Select
              aria-label={t('deadline.quarter')}
              value={value.quarter}
              style={{ width: 90 }}
              options={QUARTERS.map((q) => ({ value: q.value, label: `${t('deadline.kind.quarter')} ${q.label}` }))}
              onChange={(quarter: 1 | 2 | 3 | 4) => onChange({ ...value, quarter })}
            />
            {year}
          </>
        )}
        {value.kind === 'half' && (
          <>
            <Select
              aria-label={t('deadline.half')}
              value={value.half}
              style={{ width: 170 }}
              options={[
                { value: 1, label: t('deadline.half.1') },
                { value: 2, label: t('deadline.half.2') },
              ]}
              onChange={(half: 1 | 2) => onChange({ ...value, half })}
            />
            {year}
          </>
        )}
        {value.kind === 'year' && year}
      </Space>
      {error !== undefined && error !== null ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
          {error}
        </Typography.Text>
      ) : (
        preview !== '' && (
          <Typography.Text type="secondary" style={{ display: 'block' }} data-testid="deadline-preview">
            {t('deadline.preview', { text: preview })}
          </Typography.Text>
        )
      )}
    </div>
  );
}
