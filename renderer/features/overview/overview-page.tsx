/**
 * The leaders' overview: how the directives stand at an as-of day (today by default) over a period, as big
 * numbers per category, the Government Office's summary, a chart and tables per lead unit and per leader, and
 * the overdue and due-soon lists one click away from their meetings. Everything is computed here from local data
 * (src/followup/overview.ts): nothing is stored, nothing needs the network.
 */
import { Spin, Typography } from 'antd';
import { memo, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { formatViDate, type IsoDate } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import type { Overview } from '../../../src/followup/overview.js';
import { t } from '../../../src/i18n/index.js';
import { personName, unitName } from '../../data/directory.js';
import { useFollowUpData, useHorizonDays, useToday } from '../../data/follow-up-data.js';
import { BreakdownTable, nameRows } from './breakdown-table.js';
import { CategoryCards, OfficeSummary } from './category-cards.js';
import { OverviewToolbar } from './overview-toolbar.js';
import { ALL_TIME, periodOf, type PeriodChoice } from './period-choice.js';
import { UnitChartSection } from './unit-chart-section.js';
import { UrgentList } from './urgent-list.js';
import { useCompleteMark, useOverview, useReadyMark } from './use-overview.js';

export function OverviewPage() {
  const data = useFollowUpData();
  const horizonDays = useHorizonDays();
  const today = useToday();
  // null follows today (also across midnight while the app stays open); a typed day stays put.
  const [chosenDay, setChosenDay] = useState<IsoDate | null>(null);
  const [choice, setChoice] = useState<PeriodChoice>(ALL_TIME);
  const asOf = chosenDay ?? today;
  const period = periodOf(choice, asOf);
  const overview = useOverview(data?.prepared, asOf, horizonDays, period);
  useReadyMark(overview !== undefined);
  // The lists, the chart and the tables follow the counts in a second, interruptible render: the big numbers
  // show first (and at once after each change of day or period), the rest a moment later without blocking input.
  const later = useDeferredValue(overview ?? null, null);
  useCompleteMark(later !== null && later === overview);
  const stale = later !== overview;

  const unitRows = useMemo(() => (later === null || data === undefined ? [] : nameRows(later.byLeadUnit, (id) => unitName(data, id), t('overview.noUnit'))), [later, data]);
  const leaderRows = useMemo(() => (later === null || data === undefined ? [] : nameRows(later.byLeader, (id) => personName(data, id), t('overview.noLeader'))), [later, data]);
  const textOf = useCallback((id: Id) => data?.directiveById.get(id)?.text ?? '', [data]);
  const unitNameOf = useCallback((id: Id | null) => (data === undefined ? '' : unitName(data, id)), [data]);

  return (
    <div data-testid="overview-page" data-ready={overview === undefined ? 'false' : 'true'} style={{ display: 'flex', flexDirection: 'column', gap: 16, maxWidth: 1400 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('overview.title')}
      </Typography.Title>
      <OverviewToolbar asOf={asOf} today={today} onAsOf={(day) => setChosenDay(day === today ? null : day)} choice={choice} onChoice={setChoice} />
      {overview === undefined ? (
        <Spin tip={t('common.loading')} />
      ) : (
        <>
          <Typography.Paragraph data-testid="overview-summary" style={{ margin: 0, fontSize: 15 }}>
            {summaryText(overview, period, asOf)}
          </Typography.Paragraph>
          {overview.totals.total === 0 && <Typography.Paragraph type="secondary">{t('overview.empty')}</Typography.Paragraph>}
          <CategoryCards counts={overview.totals} horizonDays={horizonDays} />
          <div style={GRID2}>
            <OfficeSummary counts={overview.totals} />
            {later !== null && (
              <Later stale={stale}>
                <MemoChart rows={unitRows} />
              </Later>
            )}
          </div>
          {later === null ? (
            <Spin />
          ) : (
            <Later stale={stale}>
              <div style={GRID2}>
                <MemoUrgentList
                  testId="overview-overdue"
                  title={t('overview.overdueList', { count: later.overdue.length })}
                  empty={t('overview.overdueEmpty')}
                  items={later.overdue}
                  overdue
                  textOf={textOf}
                  unitNameOf={unitNameOf}
                />
                <MemoUrgentList
                  testId="overview-due-soon"
                  title={t('overview.dueSoonList', { count: later.dueSoon.length })}
                  empty={t('overview.dueSoonEmpty')}
                  items={later.dueSoon}
                  overdue={false}
                  textOf={textOf}
                  unitNameOf={unitNameOf}
                />
              </div>
              <MemoTable testId="overview-by-unit" title={t('overview.byUnit')} nameTitle={t('overview.col.unit')} rows={unitRows} />
              <MemoTable testId="overview-by-leader" title={t('overview.byLeader')} nameTitle={t('overview.col.leader')} rows={leaderRows} />
            </Later>
          )}
        </>
      )}
    </div>
  );
}

const GRID2 = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16, alignItems: 'start' } as const;

// Memoised so that the urgent render after a change (new counts) does not redraw them with their old props.
const MemoChart = memo(UnitChartSection);
const MemoUrgentList = memo(UrgentList);
const MemoTable = memo(BreakdownTable);

/** Dims the parts that still show the previous day or period while their new render is under way. */
function Later({ stale, children }: { stale: boolean; children: ReactNode }) {
  return <div aria-busy={stale} style={{ display: 'flex', flexDirection: 'column', gap: 16, opacity: stale ? 0.6 : 1, transition: 'opacity 0.2s' }}>{children}</div>;
}

function summaryText(overview: Overview, period: ReturnType<typeof periodOf>, asOf: IsoDate): string {
  const total = overview.totals.total;
  if (period === null) return t('overview.summary', { total, asOf: formatViDate(asOf) });
  if (period.from === null && period.to === null) return t('overview.summaryDueAll', { total, asOf: formatViDate(asOf) });
  const open = t('overview.openEnd');
  return t('overview.summaryPeriod', {
    total,
    basis: t(period.basis === 'meeting' ? 'overview.summaryBasis.meeting' : 'overview.summaryBasis.due'),
    from: period.from === null ? open : formatViDate(period.from),
    to: period.to === null ? open : formatViDate(period.to),
    asOf: formatViDate(asOf),
  });
}
