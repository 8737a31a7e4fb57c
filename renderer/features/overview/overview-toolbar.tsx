/**
 * The overview's controls: the as-of day, the period (quick choices or two typed dates) and what the period
 * applies to (meeting date: "giao trong kỳ", due day: "đến hạn trong kỳ").
 */
import { Radio } from 'antd';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { PeriodBasis } from '../../../src/followup/overview.js';
import { t } from '../../../src/i18n/index.js';
import { DateInput } from '../../components/date-input.js';
import { choiceRange, QUICK_PERIODS, withEnd, type PeriodChoice, type QuickPeriod } from './period-choice.js';

interface Props {
  asOf: IsoDate;
  today: IsoDate;
  onAsOf: (day: IsoDate) => void;
  choice: PeriodChoice;
  onChoice: (choice: PeriodChoice) => void;
}

const label = { display: 'flex', flexDirection: 'column', gap: 2, fontSize: 13, color: '#595959' } as const;

export function OverviewToolbar({ asOf, today, onAsOf, choice, onChoice }: Props) {
  const range = choiceRange(choice, asOf);
  const quickOptions = [...QUICK_PERIODS, ...(choice.quick === 'custom' ? (['custom'] as const) : [])].map((value) => ({
    value,
    label: t(`overview.quick.${value}`),
  }));
  return (
    <div role="group" aria-label={t('overview.period')} style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end' }}>
      <div style={{ ...label, width: 150 }}>
        <label htmlFor="overview-as-of">{t('overview.asOf')}</label>
        <DateInput
          id="overview-as-of"
          value={asOf}
          // Clearing the day means "today" again: the overview always needs one.
          onChange={(day) => onAsOf(day ?? today)}
          label="overview.asOfField"
          allowClear={false}
        />
      </div>
      <div style={label}>
        <span id="overview-quick-label">{t('overview.period')}</span>
        {/* Buttons rather than a segmented control: its sliding marker measured the layout on every click. */}
        <Radio.Group
          aria-labelledby="overview-quick-label"
          optionType="button"
          value={choice.quick}
          options={quickOptions}
          onChange={(event) => {
            const quick = event.target.value as QuickPeriod;
            onChoice(quick === 'custom' ? choice : { ...choice, quick, from: null, to: null });
          }}
        />
      </div>
      <div style={{ ...label, width: 140 }}>
        <label htmlFor="overview-from">{t('overview.periodFrom')}</label>
        <DateInput id="overview-from" value={range.from} onChange={(day) => onChoice(withEnd(choice, asOf, 'from', day))} label="overview.periodFromField" />
      </div>
      <div style={{ ...label, width: 140 }}>
        <label htmlFor="overview-to">{t('overview.periodTo')}</label>
        <DateInput id="overview-to" value={range.to} onChange={(day) => onChoice(withEnd(choice, asOf, 'to', day))} label="overview.periodToField" />
      </div>
      <div style={label}>
        <span id="overview-basis-label">{t('overview.basis')}</span>
        <Radio.Group
          aria-labelledby="overview-basis-label"
          optionType="button"
          value={choice.basis}
          onChange={(event) => onChoice({ ...choice, basis: event.target.value as PeriodBasis })}
          options={[
            { value: 'meeting', label: t('overview.basis.meeting') },
            { value: 'due', label: t('overview.basis.due') },
          ]}
        />
      </div>
    </div>
  );
}
