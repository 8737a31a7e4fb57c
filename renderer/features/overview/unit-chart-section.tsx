/**
 * The chart block of the overview: a title, a choice between unfinished directives and all of them, and the
 * chart itself, whose module (with recharts) is fetched only when the block first shows, so the counts are on
 * screen before the chart library has loaded.
 */
import { Radio, Spin, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { CATEGORIES, type Category } from '../../../src/followup/categories.js';
import { t } from '../../../src/i18n/index.js';
import type { NamedRow } from './breakdown-table.js';
import { chartData, OPEN_CATEGORIES, topOpenRows, type ChartScope } from './chart-data.js';

const CategoryChart = lazy(() => import('./category-chart.js').then((m) => ({ default: m.CategoryChart })));

/** The categories drawn for each choice; built once, so the chart gets the same array on every render. */
const SCOPE_CATEGORIES: Readonly<Record<ChartScope, readonly Category[]>> = {
  open: OPEN_CATEGORIES,
  all: CATEGORIES.filter((c) => c !== 'cancelled'),
};

export function UnitChartSection({ rows }: { rows: readonly NamedRow[] }) {
  const [scope, setScope] = useState<ChartScope>('open');
  const top = useMemo(() => topOpenRows(rows), [rows]);
  const data = useMemo(() => chartData(top), [top]);
  const categories = SCOPE_CATEGORIES[scope];
  return (
    <section aria-labelledby="overview-chart-title" style={{ background: '#fff', border: '1px solid #e5e7eb', borderRadius: 6, padding: 12 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={5} id="overview-chart-title" style={{ marginTop: 0 }}>
          {t('overview.chart')}
        </Typography.Title>
        <Radio.Group
          size="small"
          optionType="button"
          value={scope}
          onChange={(event) => setScope(event.target.value as ChartScope)}
          options={[
            { value: 'open', label: t('overview.chartOpen') },
            { value: 'all', label: t('overview.chartAll') },
          ]}
        />
      </div>
      {top.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('overview.chartEmpty')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('overview.chartHint', { count: top.length })}
          </Typography.Paragraph>
          <Suspense fallback={<Spin tip={t('overview.chartLoading')} />}>
            <CategoryChart data={data} categories={categories} label={t('overview.chartLabel', { count: top.length })} />
          </Suspense>
        </>
      )}
    </section>
  );
}
