/**
 * One big number per category, each in its colour and always with its label (colour is never the only sign),
 * and the Government Office's four-way summary as a small table.
 */
import { Typography } from 'antd';
import { CATEGORIES, CATEGORY_STYLE, categoryLabel, GROUP_STYLE, horizonPhrase, type Category, type Group } from '../../../src/followup/categories.js';
import type { CategoryCounts } from '../../../src/followup/overview.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { CategorySwatch } from '../follow-up/category-tag.js';
import { formatCount } from './format-count.js';

interface CardsProps {
  counts: CategoryCounts;
  horizonDays: number;
}

/** The label of a category card; due soon says how far ahead it looks. */
function cardLabel(category: Category, horizonDays: number): string {
  return category === 'due-soon' ? `${categoryLabel(category)} (${horizonPhrase(horizonDays)})` : categoryLabel(category);
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
      <CategorySwatch hex={hex} gap={6} />
      <span style={{ fontSize: 22, fontWeight: 600, marginRight: 6 }}>{formatCount(value)}</span>
      <span>{label}</span>
    </td>
  );
}

/** The summary's two rows (done, open), each with its two groups. */
const OFFICE_ROWS: readonly { heading: MessageKey; cells: readonly (readonly [Group, MessageKey])[] }[] = [
  {
    heading: 'overview.office.done',
    cells: [
      ['done-on-time', 'overview.office.onTime'],
      ['done-late', 'overview.office.late'],
    ],
  },
  {
    heading: 'overview.office.open',
    cells: [
      ['open-within-deadline', 'overview.office.within'],
      ['open-overdue', 'overview.office.overdue'],
    ],
  },
];

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
          {OFFICE_ROWS.map((row) => (
            <tr key={row.heading}>
              <th scope="row" style={th}>
                {t(row.heading)}
              </th>
              {row.cells.map(([group, label]) => (
                <Cell key={group} group={group} value={g[group]} label={t(label)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('overview.office.total', { count: counted })}. {t('overview.office.notCounted', { count: g['not-counted'] })}
      </Typography.Paragraph>
    </section>
  );
}
