/**
 * Filters of the register: status and category (several at once), lead unit, leader, meeting, and a period
 * applied to the meeting date or to the due day. Lists offer only what the register holds, searched without
 * diacritics; "(không ghi)" picks directives that name no unit or leader.
 */
import { Button, Segmented, Select, Space, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatViDate } from '../../../src/domain/dates.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus, type Id } from '../../../src/domain/types.js';
import { CATEGORIES, categoryLabel, statusLabel, type Category } from '../../../src/followup/categories.js';
import type { PeriodBasis } from '../../../src/followup/overview.js';
import type { RegisterRow } from '../../../src/followup/register-rows.js';
import { t } from '../../../src/i18n/index.js';
import { compareVietnamese, comparePersonNames } from '../../../src/text/collate.js';
import { foldForSearch } from '../../../src/text/fold.js';
import { DateInput } from '../../components/date-input.js';
import { ANY, hasFilters, pickFilterFields, useRegisterStore, type RegisterFilters } from './register-state.js';

const NONE_VALUE = '__none__';

interface Option {
  value: string;
  label: string;
}

/** Distinct values of a row field as options, sorted, with "(không ghi)" first when some rows name none. */
function optionsOf(rows: readonly RegisterRow[], id: (r: RegisterRow) => Id | null, name: (r: RegisterRow) => string, compare: (a: string, b: string) => number): Option[] {
  const names = new Map<Id, string>();
  let none = false;
  for (const row of rows) {
    const key = id(row);
    if (key === null) none = true;
    else if (!names.has(key)) names.set(key, name(row));
  }
  const list = [...names].map(([value, label]) => ({ value, label })).sort((a, b) => compare(a.label, b.label));
  return none ? [{ value: NONE_VALUE, label: t('register.filter.none') }, ...list] : list;
}

const fromValue = (value: Id | null | undefined): string | undefined => (value === ANY ? undefined : value === null ? NONE_VALUE : value);
const toValue = (value: string | undefined): Id | null | undefined => (value === undefined ? ANY : value === NONE_VALUE ? null : value);
const filterOption = (input: string, option?: Option): boolean => option !== undefined && foldForSearch(option.label).includes(foldForSearch(input));

/** Memoised: the register re-renders on every keystroke in its search box; the filters need not. */
export const RegisterFiltersBar = memo(function RegisterFiltersBar({ rows }: { rows: readonly RegisterRow[] }) {
  // Not the text: typing in the search box must not redraw the filter controls.
  const fields = useRegisterStore(useShallow(pickFilterFields));
  const set = useRegisterStore((s) => s.setFilters);
  const units = useMemo(() => optionsOf(rows, (r) => r.leadUnitId, (r) => r.leadUnitName, compareVietnamese), [rows]);
  const leaders = useMemo(() => optionsOf(rows, (r) => r.leaderPersonId, (r) => r.leaderName, comparePersonNames), [rows]);
  const meetings = useMemo(() => {
    const seen = new Map<Id, Option>();
    // Rows come newest meeting first, so the list does too.
    for (const row of rows) if (!seen.has(row.meetingId)) seen.set(row.meetingId, { value: row.meetingId, label: `${row.meetingTitle} (${formatViDate(row.meetingDate)})` });
    return [...seen.values()];
  }, [rows]);
  const periodWrong = fields.from !== null && fields.to !== null && fields.from > fields.to;

  return (
    <Space wrap size={[8, 8]} style={{ width: '100%' }}>
      <Select<DirectiveStatus[]>
        mode="multiple"
        aria-label={t('register.filter.status')}
        placeholder={t('register.filter.statusPlaceholder')}
        value={fields.statuses}
        onChange={(statuses) => set({ statuses })}
        options={DIRECTIVE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        style={{ minWidth: 170 }}
        maxTagCount="responsive"
        allowClear
      />
      <Select<Category[]>
        mode="multiple"
        aria-label={t('register.filter.category')}
        placeholder={t('register.filter.categoryPlaceholder')}
        value={fields.categories}
        onChange={(categories) => set({ categories })}
        options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
        style={{ minWidth: 200 }}
        maxTagCount="responsive"
        allowClear
      />
      <SingleFilter label="register.filter.leadUnit" placeholder="register.filter.leadUnitPlaceholder" options={units} value={fields.leadUnitId} onChange={(leadUnitId) => set({ leadUnitId })} />
      <SingleFilter
        label="register.filter.leader"
        placeholder="register.filter.leaderPlaceholder"
        options={leaders}
        value={fields.leaderPersonId}
        onChange={(leaderPersonId) => set({ leaderPersonId })}
      />
      <SingleFilter
        label="register.filter.meeting"
        placeholder="register.filter.meetingPlaceholder"
        options={meetings}
        value={fields.meetingId}
        onChange={(meetingId) => set({ meetingId: meetingId ?? ANY })}
        width={260}
      />
      <Space size={4} align="center">
        <div style={{ width: 160 }}>
          <DateInput aria-label={t('register.filter.from')} label="register.filter.from" value={fields.from} onChange={(from) => set({ from })} />
        </div>
        <span aria-hidden="true">–</span>
        <div style={{ width: 160 }}>
          <DateInput aria-label={t('register.filter.to')} label="register.filter.to" value={fields.to} onChange={(to) => set({ to })} />
        </div>
        <Segmented<PeriodBasis>
          aria-label={t('register.filter.basis')}
          value={fields.basis}
          onChange={(basis) => set({ basis })}
          options={[
            { value: 'meeting', label: t('register.filter.basisMeeting') },
            { value: 'due', label: t('register.filter.basisDue') },
          ]}
        />
      </Space>
      <ClearButton />
      {periodWrong && (
        <Typography.Text type="danger" role="alert">
          {t('register.filter.periodOrder')}
        </Typography.Text>
      )}
    </Space>
  );
});

/** "Bỏ lọc", shown while any filter or search text is set (its own component: the text changes per keystroke). */
function ClearButton() {
  const shown = useRegisterStore((s) => s.text !== '' || hasFilters(s));
  const clear = useRegisterStore((s) => s.clearFilters);
  return shown ? <Button onClick={clear}>{t('register.filter.clear')}</Button> : null;
}

interface SingleProps {
  label: Parameters<typeof t>[0];
  placeholder: Parameters<typeof t>[0];
  options: Option[];
  value: RegisterFilters['leadUnitId'];
  onChange: (value: Id | null | undefined) => void;
  width?: number;
}

function SingleFilter({ label, placeholder, options, value, onChange, width = 190 }: SingleProps) {
  return (
    <Select<string, Option>
      aria-label={t(label)}
      placeholder={t(placeholder)}
      value={fromValue(value)}
      onChange={(next) => onChange(toValue(next))}
      options={options}
      showSearch={{ filterOption }}
      allowClear
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}
