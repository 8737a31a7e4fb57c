import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES, categoryLabel } from '../../../src/followup/categories.js';
import { db } from '../../../renderer/db/instance.js';
import { OverviewPage } from '../../../renderer/features/overview/overview-page.js';
import { useAppStore } from '../../../renderer/state/store.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { COUNTS_FIRST, COUNTS_SECOND, D, directives, M1, M2, meetings, people, units } from './overview-fixture.js';

beforeAll(() => {
  // Only the clock's date is fixed (today = 01/04/2024); timers stay real for antd and Dexie.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 3, 1, 9, 0, 0));
});
afterAll(() => {
  vi.useRealTimers();
});

beforeEach(async () => {
  await clearDatabase();
  await db.transaction('rw', [db.units, db.people, db.meetings, db.directives], async () => {
    await db.units.bulkAdd(units);
    await db.people.bulkAdd(people);
    await db.meetings.bulkAdd(meetings);
    await db.directives.bulkAdd(directives);
  });
});

async function renderOverview() {
  const view = renderInApp(<OverviewPage />);
  const page = await screen.findByTestId('overview-page');
  await waitFor(() => expect(page.getAttribute('data-ready')).toBe('true'));
  // The shared live data may still hold the emptied database of the previous test for a moment; then the lists
  // and tables follow the counts in a second render.
  await waitFor(() => expect(screen.getByTestId('overview-summary').textContent).toBe('14 nội dung chỉ đạo, tính đến ngày 01/04/2024'));
  await waitFor(() => expect(tableRows('overview-by-unit')).toHaveLength(3));
  return { view, page };
}

function cardValue(category: string): string {
  const card = screen.getByTestId(`overview-card-${category}`);
  return card.firstElementChild?.textContent ?? '';
}

function cardCounts(): Record<string, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, Number(cardValue(c))]));
}

function officeCell(group: string): string {
  return screen.getByTestId(`overview-office-${group}`).textContent ?? '';
}

function tableRows(testId: string): string[][] {
  const table = screen.getByTestId(testId);
  return [...table.querySelectorAll('tbody tr.ant-table-row')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

function listEntries(testId: string): HTMLAnchorElement[] {
  return [...screen.getByTestId(testId).querySelectorAll<HTMLAnchorElement>('li a')];
}

async function typeDate(label: string, value: string): Promise<void> {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.mouseDown(field);
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('overview screen', { timeout: 60_000 }, () => {
  it('counts every category at today (01/04/2024), each card with its label, and the Government Office summary', async () => {
    await renderOverview();
    expect(cardCounts()).toEqual(COUNTS_FIRST);
    for (const category of CATEGORIES) {
      expect(screen.getByTestId(`overview-card-${category}`).textContent).toContain(categoryLabel(category));
    }
    expect(screen.getByTestId('overview-card-due-soon').textContent).toContain('Sắp đến hạn (trong 7 ngày tới)');
    expect(screen.getByTestId('overview-summary').textContent).toBe('14 nội dung chỉ đạo, tính đến ngày 01/04/2024');
    // The as-of field shows today.
    expect((screen.getByRole('textbox', { name: 'Tính đến ngày' }) as HTMLInputElement).value).toBe('01/04/2024');

    expect(officeCell('done-on-time')).toBe('1Đúng hạn');
    expect(officeCell('done-late')).toBe('1Quá hạn');
    expect(officeCell('open-within-deadline')).toBe('6Trong hạn');
    expect(officeCell('open-overdue')).toBe('3Quá hạn');
    expect(screen.getByText(/Tổng số tính hạn: 11\. Không tính hạn \(thường xuyên, không có thời hạn, đã hủy\): 3/)).toBeTruthy();
  });

  it('tables per lead unit and per leader, most overdue first, sortable by any column', async () => {
    await renderOverview();
    // name, total, then the categories in order (overdue, due soon, in progress, not started, paused, ongoing,
    // no deadline, done late, done on time, cancelled), then "open, within deadline".
    expect(tableRows('overview-by-unit')).toEqual([
      ['Hội Nông dân tỉnh', '6', '2', '1', '0', '1', '0', '0', '1', '0', '0', '1', '2'],
      ['Ban Dân vận Tỉnh ủy', '7', '1', '1', '2', '0', '1', '0', '0', '1', '1', '0', '4'],
      ['(Chưa giao đơn vị chủ trì)', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '0'],
    ]);
    const byLeader = tableRows('overview-by-leader');
    expect(byLeader.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Trần Văn Bình', '2', '2'],
      ['(Không ghi lãnh đạo)', '9', '1'],
      ['Lê Thị Hoa', '3', '0'],
    ]);
    expect(byLeader[2]!.slice(3, 6)).toEqual(['1', '1', '1']);

    const unitTable = screen.getByTestId('overview-by-unit');
    fireEvent.click(within(unitTable).getByText('Tổng số'));
    await waitFor(() => expect(tableRows('overview-by-unit').map((r) => r[0])).toEqual(['Ban Dân vận Tỉnh ủy', 'Hội Nông dân tỉnh', '(Chưa giao đơn vị chủ trì)']));
    fireEvent.click(within(unitTable).getByText('Tổng số'));
    await waitFor(() => expect(tableRows('overview-by-unit').map((r) => r[1])).toEqual(['1', '6', '7']));
    fireEvent.click(within(unitTable).getByText('Đơn vị chủ trì'));
    await waitFor(() => {
      const names = tableRows('overview-by-unit').map((r) => r[0]);
      expect(names.indexOf('Ban Dân vận Tỉnh ủy')).toBeLessThan(names.indexOf('Hội Nông dân tỉnh'));
    });
  });

  it('overdue list most days late first, due-soon list soonest first, each entry a link that opens its meeting at the directive', async () => {
    await renderOverview();
    const overdue = listEntries('overview-overdue');
    expect(overdue.map((a) => a.querySelector('.ant-tag')?.textContent)).toEqual(['Quá hạn 60 ngày', 'Quá hạn 12 ngày', 'Quá hạn 7 ngày']);
    expect(overdue.map((a) => a.getAttribute('href'))).toEqual([
      `#/meetings/${M1.id}/directives/${D.d1.id}`,
      `#/meetings/${M1.id}/directives/${D.d2.id}`,
      `#/meetings/${M2.id}/directives/${D.d13.id}`,
    ]);
    expect(overdue[1]!.textContent).toContain('Kết luận số 2: Tổng kết phong trào thi đua yêu nước');
    expect(overdue[1]!.textContent).toContain('Hạn 20/03/2024 · Hội Nông dân tỉnh · Họp giao ban quý I, ngày 10/01/2024');
    expect(screen.getByText('Quá hạn chưa hoàn thành (3)')).toBeTruthy();

    const soon = listEntries('overview-due-soon');
    expect(soon.map((a) => a.querySelector('.ant-tag')?.textContent)).toEqual(['Còn 2 ngày', 'Còn 7 ngày']);
    expect(soon.map((a) => a.getAttribute('href'))).toEqual([`#/meetings/${M1.id}/directives/${D.d3.id}`, `#/meetings/${M1.id}/directives/${D.d4.id}`]);

    act(() => useAppStore.getState().navigate({ name: 'overview' }));
    fireEvent.click(overdue[1]!);
    expect(useAppStore.getState().route).toEqual({ name: 'meeting', id: M1.id, directiveId: D.d2.id });
  });

  it('a later as-of day recounts: due-soon work turns overdue, work done since counts as done, a newer meeting joins', async () => {
    await renderOverview();
    await typeDate('Tính đến ngày', '20/05/2024');
    await waitFor(() => expect(cardCounts()).toEqual(COUNTS_SECOND));
    expect(screen.getByTestId('overview-summary').textContent).toBe('15 nội dung chỉ đạo, tính đến ngày 20/05/2024');
    await waitFor(() => expect(listEntries('overview-overdue').map((a) => a.querySelector('.ant-tag')?.textContent)).toEqual([
      'Quá hạn 109 ngày',
      'Quá hạn 61 ngày',
      'Quá hạn 56 ngày',
      'Quá hạn 47 ngày',
      'Quá hạn 42 ngày',
      'Quá hạn 10 ngày',
    ]));
    expect(screen.getByTestId('overview-due-soon').textContent).toContain('Không có việc sắp đến hạn.');
  });

  it('a period by meeting date counts what was assigned in it, by due day what fell due in it', async () => {
    await renderOverview();
    // Quý này at 01/04/2024 is quý II/2024; its only meeting (01/05) is after the as-of day.
    fireEvent.click(screen.getByText('Quý này'));
    await waitFor(() => expect(screen.getByTestId('overview-summary').textContent).toBe('0 nội dung chỉ đạo giao trong kỳ 01/04/2024 – 30/06/2024, tính đến ngày 01/04/2024'));
    expect((screen.getByRole('textbox', { name: 'Từ ngày' }) as HTMLInputElement).value).toBe('01/04/2024');
    expect((screen.getByRole('textbox', { name: 'Đến ngày' }) as HTMLInputElement).value).toBe('30/06/2024');

    fireEvent.click(screen.getByText('Đến hạn trong kỳ'));
    // Due in quý II: d3, d4 (due soon), d9 (paused), d10 (quarter), d11 and d14 (in progress), d12 (cancelled).
    await waitFor(() => expect(screen.getByTestId('overview-summary').textContent).toBe('7 nội dung chỉ đạo đến hạn trong kỳ 01/04/2024 – 30/06/2024, tính đến ngày 01/04/2024'));
    expect(cardCounts()).toMatchObject({ overdue: 0, 'due-soon': 2, paused: 1, 'not-started': 1, 'in-progress': 2, cancelled: 1, 'done-on-time': 0 });

    fireEvent.click(screen.getByText('Năm nay'));
    // Due in 2024: the twelve directives with a due day (the cancelled d12 among them, counted as cancelled).
    await waitFor(() => expect(screen.getByTestId('overview-summary').textContent).toMatch(/^12 nội dung chỉ đạo đến hạn trong kỳ 01\/01\/2024 – 31\/12\/2024/));

    fireEvent.click(screen.getByText('Giao trong kỳ'));
    fireEvent.click(screen.getByText('Tất cả'));
    await waitFor(() => expect(screen.getByTestId('overview-summary').textContent).toBe('14 nội dung chỉ đạo, tính đến ngày 01/04/2024'));
  });
});
