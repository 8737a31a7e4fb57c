import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { changeDirectiveStatus } from '../../../renderer/db/writes/follow-ups.js';
import { RegisterPage } from '../../../renderer/features/register/register-page.js';
import { NO_FILTERS, useRegisterStore } from '../../../renderer/features/register/register-state.js';
import { todayIso } from '../../../src/domain/dates.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';
import { by, seedDirective, seedMeeting, seedUnit } from '../follow-up/seed.js';

// jsdom lays nothing out: give the grid a viewport so the virtualiser renders rows (600px: about eleven rows).
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'grid' ? 600 : 0;
    },
  });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  if (clientHeight !== undefined) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

/** The text column of each rendered row, top to bottom. */
function shownTexts(): string[] {
  const grid = theGrid();
  return [...grid.querySelectorAll('[role="row"][data-directive-id]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => row.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? '');
}

// Plain selectors: role queries walk antd's whole DOM and are slow in jsdom.
function theGrid(): HTMLElement {
  const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Danh sách kết luận chỉ đạo"]');
  if (grid === null) throw new Error('no register grid');
  return grid;
}

function header(name: string): HTMLElement {
  return [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => h.textContent?.startsWith(name)) as HTMLElement;
}

function sortButton(name: string): HTMLElement {
  return header(name).querySelector('button') as HTMLElement;
}

let ids: Record<string, string> = {};

beforeEach(async () => {
  await clearDatabase();
  useRegisterStore.setState({ ...NO_FILTERS, sort: null, activeId: null });
  const unit = await seedUnit('Ban Dân vận Tỉnh ủy', 'BDV');
  const meeting = await seedMeeting('Hội nghị Ban Thường vụ', '2017-02-02');
  const a = await seedDirective(meeting, { text: 'Thi đua yêu nước năm 2017', deadline: by('2017-03-01'), leadUnitId: unit });
  const b = await seedDirective(meeting, { text: 'Kiện toàn bộ máy', deadline: { kind: 'none' } });
  const c = await seedDirective(meeting, { text: 'Đi cơ sở nắm tình hình', deadline: by('2017-06-30') });
  await changeDirectiveStatus(db, c.id, { to: 'done', date: '2017-05-01' }, todayIso());
  ids = { a: a.id, b: b.id, c: c.id };
});

describe('register', { timeout: 60_000 }, () => {
  it('sorts by a column header (aria-sort follows) and filters by category', async () => {
    renderInApp(<RegisterPage />);
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017', 'Kiện toàn bộ máy', 'Đi cơ sở nắm tình hình']));
    expect(screen.getByTestId('register-count').textContent).toBe('3 / 3 kết luận');

    const text = header('Nội dung');
    expect(text.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(sortButton('Nội dung'));
    // Vietnamese order: Đ after D and before K.
    await waitFor(() => expect(shownTexts()).toEqual(['Đi cơ sở nắm tình hình', 'Kiện toàn bộ máy', 'Thi đua yêu nước năm 2017']));
    expect(header('Nội dung').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(sortButton('Nội dung'));
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017', 'Kiện toàn bộ máy', 'Đi cơ sở nắm tình hình']));
    expect(header('Nội dung').getAttribute('aria-sort')).toBe('descending');

    // Sorting by deadline puts rows without a due day last.
    fireEvent.click(sortButton('Thời hạn'));
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017', 'Đi cơ sở nắm tình hình', 'Kiện toàn bộ máy']));
    expect(header('Nội dung').getAttribute('aria-sort')).toBe('none');

    await selectOption(screen.getByLabelText('Lọc theo phân loại'), 'Quá hạn chưa hoàn thành');
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017']));
    expect(screen.getByTestId('register-count').textContent).toBe('1 / 3 kết luận');
    // The category shows as text beside its colour.
    expect([...document.querySelectorAll('[role="gridcell"]')].some((cell) => cell.textContent === 'Quá hạn chưa hoàn thành')).toBe(true);

    await selectOption(screen.getByLabelText('Lọc theo phân loại'), 'Hoàn thành đúng hạn');
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017', 'Đi cơ sở nắm tình hình']));
  });

  it('searches without diacritics over text, meeting title and unit names', async () => {
    renderInApp(<RegisterPage />);
    await waitFor(() => expect(shownTexts()).toHaveLength(3));
    const search = screen.getByLabelText('Tìm trong sổ theo dõi');
    fireEvent.change(search, { target: { value: 'thi dua' } });
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017']));
    fireEvent.change(search, { target: { value: 'dan van' } });
    await waitFor(() => expect(shownTexts()).toEqual(['Thi đua yêu nước năm 2017']));
    fireEvent.change(search, { target: { value: 'ban thuong vu' } });
    await waitFor(() => expect(shownTexts()).toHaveLength(3));
    fireEvent.change(search, { target: { value: 'di co so' } });
    await waitFor(() => expect(shownTexts()).toEqual(['Đi cơ sở nắm tình hình']));
  });

  it('filters by a period of due days or of meeting dates', async () => {
    renderInApp(<RegisterPage />);
    await waitFor(() => expect(shownTexts()).toHaveLength(3));
    const typeDate = (label: string, value: string) => {
      const input = screen.getByLabelText(label);
      fireEvent.change(input, { target: { value } });
      fireEvent.blur(input);
    };
    typeDate('Từ ngày', '01/06/2017');
    typeDate('Đến ngày', '31/12/2017');
    // By meeting date (02/02/2017): nothing was assigned in that period.
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('0 / 3 kết luận'));
    fireEvent.click(screen.getByText('Thời hạn', { selector: '.ant-segmented-item-label' }));
    // By due day: only the directive due 30/06/2017 (the one without a deadline drops out).
    await waitFor(() => expect(shownTexts()).toEqual(['Đi cơ sở nắm tình hình']));
    typeDate('Đến ngày', '01/01/2017');
    await screen.findByText('«Từ ngày» phải trước hoặc bằng «Đến ngày».');
  });

  it('↓ moves the active row and Enter opens the follow-up drawer of that directive', async () => {
    renderInApp(<RegisterPage />);
    await waitFor(() => expect(shownTexts()).toHaveLength(3));
    const grid = theGrid();
    fireEvent.focus(grid);
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe(`register-row-${ids.a}`));
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe(`register-row-${ids.b}`));
    expect(document.getElementById(`register-row-${ids.b}`)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(grid, { key: 'End' });
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe(`register-row-${ids.c}`));
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe(`register-row-${ids.b}`));

    fireEvent.keyDown(grid, { key: 'Enter' });
    const drawer = await screen.findByTestId('follow-up-drawer');
    expect(drawer.getAttribute('data-directive-id')).toBe(ids.b);
    expect(within(drawer).getByTestId('follow-up-text').textContent).toBe('Kiện toàn bộ máy');
    expect(screen.getByText('Theo dõi kết luận số 2')).toBeTruthy();
  });
});
