/**
 * The overview's counts per lead unit or per leader as a sortable table: the name, the total, one column per
 * category (its colour beside its label) and the Government Office's "open, within deadline". Rows start in the
 * overview's order (most overdue first); any column header sorts.
 */
import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { CATEGORIES, CATEGORY_STYLE, categoryLabel, GROUP_STYLE } from '../../../src/followup/categories.js';
import type { BreakdownRow, CategoryCounts } from '../../../src/followup/overview.js';
import { t } from '../../../src/i18n/index.js';
import { compareVietnamese } from '../../../src/text/collate.js';
import { CategorySwatch } from '../follow-up/category-tag.js';
import { formatCount } from './format-count.js';

export interface NamedRow {
  /** Row key for React; 'none' for the row of directives that name no unit or leader. */
  key: string;
  name: string;
  counts: CategoryCounts;
}

/** Gives each breakdown row its display name (the none row gets `noneLabel`; an id `nameOf` cannot name, '' or undefined, a placeholder). */
export function nameRows(rows: readonly BreakdownRow[], nameOf: (id: string) => string | undefined, noneLabel: string): NamedRow[] {
  return rows.map((row) => ({
    key: row.key ?? 'none',
    name: row.key === null ? noneLabel : nameOf(row.key) || t('overview.unknownName'),
    counts: row.counts,
  }));
}

const PAGE_SIZE = 10;

interface Props {
  title: string;
  nameTitle: string;
  rows: readonly NamedRow[];
  testId: string;
}

export function BreakdownTable({ title, nameTitle, rows, testId }: Props) {
  const columns = useMemo<TableColumnsType<NamedRow>>(
    () => [
      {
        key: 'name',
        title: nameTitle,
        dataIndex: 'name',
        width: 240,
        sorter: (a, b) => compareVietnamese(a.name, b.name),
        sortDirections: ['ascend', 'descend'],
      },
      {
        key: 'total',
        title: t('overview.col.total'),
        align: 'right',
        width: 90,
        sorter: (a, b) => a.counts.total - b.counts.total,
        render: (_, row) => formatCount(row.counts.total),
      },
      ...CATEGORIES.map((category) => ({
        key: category,
        title: (
          <span>
            <CategorySwatch hex={CATEGORY_STYLE[category].hex} gap={4} />
            {categoryLabel(category)}
          </span>
        ),
        align: 'right' as const,
        width: 110,
        sorter: (a: NamedRow, b: NamedRow) => a.counts.categories[category] - b.counts.categories[category],
        render: (_: unknown, row: NamedRow) => formatCount(row.counts.categories[category]),
      })),
      {
        key: 'open-within-deadline',
        title: (
          <span>
            <CategorySwatch hex={GROUP_STYLE['open-within-deadline'].hex} gap={4} />
            {t('overview.col.within')}
          </span>
        ),
        align: 'right',
        width: 110,
        sorter: (a, b) => a.counts.groups['open-within-deadline'] - b.counts.groups['open-within-deadline'],
        render: (_, row) => formatCount(row.counts.groups['open-within-deadline']),
      },
    ],
    [nameTitle],
  );
  return (
    // Scrolls sideways inside its own box on narrow windows. No fixed column: antd then measures every column's
    // width after each render, which forced a layout of the whole screen on every change of the period.
    <section aria-label={title} data-testid={testId} style={{ overflowX: 'auto' }}>
      <Table<NamedRow>
        size="small"
        title={() => <strong>{title}</strong>}
        columns={columns}
        dataSource={rows as NamedRow[]}
        rowKey="key"
        pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
        sortDirections={['descend', 'ascend']}
        showSorterTooltip={false}
      />
    </section>
  );
}
