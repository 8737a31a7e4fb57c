/**
 * What the per-unit chart draws: the units with the most unfinished directives, each with its count per
 * category. Kept apart from the chart so it is tested without drawing, and so the chart module (recharts) stays
 * out of the screen's first load.
 */
import { CATEGORIES, type Category } from '../../../src/followup/categories.js';
import type { CategoryCounts } from '../../../src/followup/overview.js';
import type { NamedRow } from './breakdown-table.js';

/** Categories of directives not finished at the as-of day (cancelled ones are closed, not unfinished). */
export const OPEN_CATEGORIES: readonly Category[] = CATEGORIES.filter((c) => c !== 'done-on-time' && c !== 'done-late' && c !== 'cancelled');

/** The chart shows open categories only, or every category. */
export type ChartScope = 'open' | 'all';

/** How many units the chart shows. */
const CHART_UNITS = 10;

export type ChartDatum = { name: string } & Record<Category, number>;

/** Directives of a row that are not done and not cancelled at the as-of day. */
export function openCount(counts: CategoryCounts): number {
  let open = 0;
  for (const c of OPEN_CATEGORIES) open += counts.categories[c];
  return open;
}

/** The `limit` rows with the most open directives (ties: more directives, then the given order); rows with none drop out. */
export function topOpenRows(rows: readonly NamedRow[], limit: number = CHART_UNITS): NamedRow[] {
  return rows
    .map((row, i) => ({ row, i, open: openCount(row.counts) }))
    .filter((r) => r.open > 0)
    .sort((a, b) => b.open - a.open || b.row.counts.total - a.row.counts.total || a.i - b.i)
    .slice(0, limit)
    .map((r) => r.row);
}

/** One chart datum per row: its name and its count in every category. */
export function chartData(rows: readonly NamedRow[]): ChartDatum[] {
  return rows.map((row) => ({ name: row.name, ...row.counts.categories }));
}
