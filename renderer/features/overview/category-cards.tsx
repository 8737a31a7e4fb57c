/**
 * One big number per category, each in its colour and always with its label (colour is never the only sign),
 * and the Government Office's four-way summary as a small table.
 */
import { Typography } from 'antd';
import { CATEGORIES, CATEGORY_STYLE, categoryLabel, GROUP_STYLE, type Category, type Group } from '../../../src/followup/categories.js';
import type { CategoryCounts } from '../../../src/followup/overview.js';
import { t } from '../../../src/i18n/index.js';
import { formatCount } from './format-count.js';

interface CardsProps {
  counts: CategoryCounts;
  horizonDays: number;
}

/** The label of a category card; due soon says how far ahead it looks. */
export function cardLabel(category: Category, horizonDays: number): string {
  if (category !== 'due-soon') return categoryLabel(category);
  const window = horizonDays === 0 ? t('overview.dueSoonToday') : t('overview.dueSoonHorizon', { days: horizonDays });
  return `${categoryLabel(category)} (${window})`;
}

export function CategoryCards({ counts, horizonDays }: CardsProps) {
  return (
    <section aria-label={t('overview.categories')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 12 }}>
        {CATEGORIES.map((category) => {
          const hex = CATEGORY_STYLE[category].hex;
          const label = cardLabel(category, horizonDays);
          const value = counts.categories[category];
          return (
            <li
              key={category}
              data-testid={`overview-card-${category}`}
              style={{ background: '#fff', border: '1px solid #e5e7eb', borderLeft: `6px solid ${hex}`, borderRadius: 6, padding: '10px 12px' }}
            >
              <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1.2, color: '#1f1f1f' }}>{formatCount(value)}</div>
              <div style={{ color: '#262626' }}>{label}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Cell({ group, value, label }: { group: Group; value: number; label: string }) {
  const hex = GROUP_STYLE[group].hex;
  return (
    <td data-testid={`overview-office-${group}`} style={{ padding: '8px 12px', borderTop: '1px solid #f0f0f0' }}>
      <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: hex, marginRight: 6 }} aria-hidden="true" />
      <span style={{ fontSize: 22, fontWeight: 600, marginRight: 6 }}>{formatCount(value)}</span>
      <span>{label}</span>
    </td>
  );
}

/** Done on time / done late, open within deadline / open overdue, as the Government Office reports them. */
export function OfficeSummary({ counts }: { counts: CategoryCounts }) {
  const g = counts.groups;
  const counted = g['done-on-time'] + g['done-late'] + g['open-within-deadline'] + g['open-overdue'];
  const th = { textAlign: 'left', padding: '8px 12px', fontWeight: 600, borderTop: '1px solid #f0f0f0' } as const;
  return (
    <section aria-labelledby="overview-office-title" style={{ background: '#fff', border: '1px solid #e5e7eb', borderRadius: 6, padding: 12 }}>
      <Typography.Title level={5} id="overview-office-title" style={{ marginTop: 0 }}>
        {t('overview.office')}
      </Typography.Title>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          <tr>
            <th scope="row" style={th}>
              {t('overview.office.done')}
            </th>
            <Cell group="done-on-time" value={g['done-on-time']} label={t('overview.office.onTime')} />
            <Cell group="done-late" value={g['done-late']} label={t('overview.office.late')} />
          </tr>
          <tr>
            <th scope="row" style={th}>
              {t('overview.office.open')}
            </th>
            <Cell group="open-within-deadline" value={g['open-within-deadline']} label={t('overview.office.within')} />
            <Cell group="open-overdue" value={g['open-overdue']} label={t('overview.office.overdue')} />
          </tr>
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('overview.office.total', { count: counted })}. {t('overview.office.notCounted', { count: g['not-counted'] })}
      </Typography.Paragraph>
    </section>
  );
}
