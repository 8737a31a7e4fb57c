import { describe, expect, it } from 'vitest';
import { CATEGORIES, GROUPS, type Category } from '../../../src/followup/categories.js';
import type { CategoryCounts } from '../../../src/followup/overview.js';
import { nameRows, type NamedRow } from '../../../renderer/features/overview/breakdown-table.js';
import { chartData, openCount, topOpenRows } from '../../../renderer/features/overview/chart-data.js';
import { ALL_TIME, periodOf, quickRange, withEnd } from '../../../renderer/features/overview/period-choice.js';

function counts(partial: Partial<Record<Category, number>>): CategoryCounts {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, partial[c] ?? 0])) as Record<Category, number>;
  const groups = Object.fromEntries(GROUPS.map((g) => [g, 0])) as CategoryCounts['groups'];
  return { total: Object.values(categories).reduce((a, b) => a + b, 0), categories, groups };
}

function row(key: string, partial: Partial<Record<Category, number>>): NamedRow {
  return { key, name: `Đơn vị ${key}`, counts: counts(partial) };
}

describe('overview period choices', () => {
  it('quick periods around the as-of day: month, quarter, year, all', () => {
    expect(quickRange('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quickRange('month', '2023-02-10')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(quickRange('quarter', '2024-01-01')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quickRange('quarter', '2024-06-30')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(quickRange('quarter', '2024-08-15')).toEqual({ from: '2024-07-01', to: '2024-09-30' });
    expect(quickRange('quarter', '2024-12-31')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(quickRange('year', '2019-05-05')).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(quickRange('all', '2019-05-05')).toEqual({ from: null, to: null });
  });

  it('the period handed to the overview: none for all by meeting date, due-day basis kept even for all', () => {
    expect(periodOf(ALL_TIME, '2024-04-01')).toBeNull();
    expect(periodOf({ ...ALL_TIME, basis: 'due' }, '2024-04-01')).toEqual({ from: null, to: null, basis: 'due' });
    expect(periodOf({ quick: 'quarter', from: null, to: null, basis: 'meeting' }, '2024-04-01')).toEqual({ from: '2024-04-01', to: '2024-06-30', basis: 'meeting' });
  });

  it('typing one end makes a custom period that keeps the other end shown; ends typed backwards are swapped', () => {
    const quarter = { quick: 'quarter' as const, from: null, to: null, basis: 'due' as const };
    const custom = withEnd(quarter, '2024-04-01', 'from', '2024-05-01');
    expect(custom).toEqual({ quick: 'custom', from: '2024-05-01', to: '2024-06-30', basis: 'due' });
    expect(periodOf(custom, '2030-01-01')).toEqual({ from: '2024-05-01', to: '2024-06-30', basis: 'due' });
    expect(periodOf(withEnd(custom, '2024-04-01', 'to', '2024-01-31'), '2024-04-01')).toEqual({ from: '2024-01-31', to: '2024-05-01', basis: 'due' });
    expect(periodOf(withEnd(custom, '2024-04-01', 'to', null), '2024-04-01')).toEqual({ from: '2024-05-01', to: null, basis: 'due' });
  });
});

describe('overview chart data', () => {
  it('open counts leave out done and cancelled directives', () => {
    expect(openCount(counts({ overdue: 2, 'due-soon': 1, paused: 1, ongoing: 1, 'no-deadline': 1, 'in-progress': 1, 'not-started': 1, 'done-late': 5, 'done-on-time': 7, cancelled: 3 }))).toBe(8);
  });

  it('keeps the units with the most open directives, drops those with none, ties by total then given order', () => {
    const rows = [
      row('a', { overdue: 1, 'done-on-time': 50 }),
      row('b', { overdue: 3, 'in-progress': 2 }),
      row('c', { 'done-on-time': 9 }),
      row('d', { 'due-soon': 1, 'done-late': 1 }),
      row('e', { 'not-started': 1 }),
      row('f', { paused: 5 }),
    ];
    expect(topOpenRows(rows, 3).map((r) => r.key)).toEqual(['b', 'f', 'a']);
    expect(topOpenRows(rows).map((r) => r.key)).toEqual(['b', 'f', 'a', 'd', 'e']);
    const [first] = chartData(topOpenRows(rows, 1));
    expect(first).toMatchObject({ name: 'Đơn vị b', overdue: 3, 'in-progress': 2, 'done-on-time': 0 });
  });

  it('names breakdown rows, with a label for the row of directives that name nobody and for unknown ids', () => {
    const named = nameRows(
      [
        { key: 'u1', counts: counts({ overdue: 1 }) },
        { key: null, counts: counts({ ongoing: 2 }) },
        { key: 'gone', counts: counts({ paused: 1 }) },
      ],
      (id) => (id === 'u1' ? 'Hội Cựu chiến binh tỉnh' : undefined),
      '(Chưa giao đơn vị chủ trì)',
    );
    expect(named.map((r) => [r.key, r.name])).toEqual([
      ['u1', 'Hội Cựu chiến binh tỉnh'],
      ['none', '(Chưa giao đơn vị chủ trì)'],
      ['gone', '(Không rõ tên)'],
    ]);
  });
});
