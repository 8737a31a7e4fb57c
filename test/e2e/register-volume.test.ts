import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Directive, Meeting, Unit } from '../../src/domain/types.js';
import { appForFile } from './app-for-file.js';
import { putRecords } from './meetings-support.js';
import { directiveRecord, meetingRecord, pageDay, setRemindersLastRun, unitRecord, waitForStartupReminders } from './fixtures/follow-up-records.js';
import { until } from './fixtures/ui.js';

const MEETINGS = 250;
const PER_MEETING = 20;
const TOTAL = MEETINGS * PER_MEETING;
// None of these contain "thi" and "dua" together, with or without diacritics: only the thi đua rows match.
const PHRASES = [
  'Kiện toàn tổ chức bộ máy',
  'Tăng cường công tác dân vận',
  'Rà soát quy hoạch cán bộ',
  'Đẩy mạnh cải cách hành chính',
  'Nâng cao chất lượng sinh hoạt chi bộ',
];
const UNIT_NAMES = ['Ban Dân vận Tỉnh ủy', 'Hội Nông dân tỉnh', 'Sở Nội vụ', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Tỉnh đoàn'];

function dataset(): { units: Unit[]; meetings: Meeting[]; directives: Directive[]; thiDua: Set<string> } {
  const units = UNIT_NAMES.map((name, i) => unitRecord(`unit-${i}`, name));
  const meetings: Meeting[] = [];
  const directives: Directive[] = [];
  const thiDua = new Set<string>();
  for (let m = 0; m < MEETINGS; m += 1) {
    const year = 2015 + Math.floor(m / 25);
    const month = (m % 12) + 1;
    const day = 1 + (m % 25);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    meetings.push(meetingRecord(`meeting-${m}`, `Hội nghị giao ban tháng ${month}/${year}`, date, 'unit-0'));
    for (let k = 0; k < PER_MEETING; k += 1) {
      const i = m * PER_MEETING + k;
      const text = i % 50 === 7 ? `Phát động phong trào thi đua yêu nước, đợt ${i}` : `${PHRASES[i % PHRASES.length]}, việc ${i}`;
      if (i % 50 === 7) thiDua.add(`d-${i}`);
      directives.push(directiveRecord(`d-${i}`, `meeting-${m}`, k + 1, text, { kind: 'date', date: `${year}-12-31` }, `unit-${i % units.length}`));
    }
  }
  return { units, meetings, directives, thiDua };
}

const GRID = '[data-testid="register-grid"]';

async function renderedRows(page: Page): Promise<Array<{ id: string; index: number; text: string }>> {
  return page.locator(`${GRID} [role="row"][data-directive-id]`).evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-directive-id') ?? '',
      index: Number(row.getAttribute('aria-rowindex')),
      text: row.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? '',
    })),
  );
}

const activeDescendant = (page: Page) => page.locator(GRID).getAttribute('aria-activedescendant');

const app = appForFile();

describe('register with 5,000 directives', () => {
  it('renders only the rows in view, narrows on "thi dua" without diacritics, and moves the active row by keyboard', async () => {
    const { page, context, errors } = await app.openPage();
    await waitForStartupReminders(page);
    const data = dataset();
    await putRecords(page, 'units', data.units);
    await putRecords(page, 'meetings', data.meetings);
    await putRecords(page, 'directives', data.directives);
    await setRemindersLastRun(page, await pageDay(page));
    await page.evaluate(() => {
      location.hash = '#/register';
    });
    await page.reload();

    const count = page.getByTestId('register-count');
    await until(page, () => count.textContent(), (t) => t === '5.000 / 5.000 kết luận', 'count of all rows');
    expect(await page.locator(GRID).getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const first = await renderedRows(page);
    // Virtualised: a screenful plus a few, not 5,000.
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(60);
    // Natural order: newest meeting first, by number.
    const newest = [...data.meetings].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!.id.replace('meeting-', '');
    const [top, second] = [`d-${Number(newest) * PER_MEETING}`, `d-${Number(newest) * PER_MEETING + 1}`];
    expect(first.slice(0, 2).map((r) => r.id)).toEqual([top, second]);

    // Keyboard: focus lands on the first row, ↓ moves to the second, End to the last (scrolled into view), Enter opens it.
    await page.locator(GRID).focus();
    await until(page, () => activeDescendant(page), (id) => id === `register-row-${top}`, 'first row active on focus');
    await page.keyboard.press('ArrowDown');
    await until(page, () => activeDescendant(page), (id) => id === `register-row-${second}`, 'second row active');
    expect(await page.locator(`#register-row-${second}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('PageDown');
    const paged = await activeDescendant(page);
    expect(paged).not.toBe(`register-row-${second}`);
    expect(await page.locator(`[id="${paged}"]`).isVisible()).toBe(true);
    await page.keyboard.press('End');
    await until(page, () => activeDescendant(page), (id) => id === 'register-row-d-19', 'last row active');
    const last = page.locator('#register-row-d-19');
    expect(await last.getAttribute('aria-rowindex')).toBe(String(TOTAL + 1));
    expect(await last.isVisible()).toBe(true);
    expect((await renderedRows(page)).length).toBeLessThan(60);
    await page.keyboard.press('Enter');
    await page.getByTestId('follow-up-drawer').waitFor();
    expect(await page.getByTestId('follow-up-text').textContent()).toBe(data.directives.find((d) => d.id === 'd-19')?.text);
    await page.keyboard.press('Escape');
    await page.getByTestId('follow-up-drawer').waitFor({ state: 'detached' });

    // Search typed letter by letter, without diacritics.
    const measuresBefore = await page.evaluate(() => performance.getEntriesByName('register:query', 'measure').length);
    await page.keyboard.press('Control+f');
    expect(await page.getByLabel('Tìm trong sổ theo dõi').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('thi dua');
    await until(page, () => count.textContent(), (t) => t === `${data.thiDua.size} / 5.000 kết luận`, 'count after search');
    const hits = await renderedRows(page);
    expect(hits.length).toBeGreaterThan(5);
    for (const row of hits) {
      expect(data.thiDua.has(row.id)).toBe(true);
      expect(row.text).toContain('thi đua');
    }
    // The queries were measured as 'register:query' (read by the benchmark).
    const durations = await page.evaluate(
      (before) =>
        performance
          .getEntriesByName('register:query', 'measure')
          .slice(before)
          .map((m) => m.duration),
      measuresBefore,
    );
    // Keystrokes that arrive while a render is under way are handled together: at least one query each burst.
    expect(durations.length).toBeGreaterThan(0);
    console.info(`register:query while typing "thi dua" over ${TOTAL} rows (ms): ${durations.map((d) => d.toFixed(1)).join(', ')}`);

    // ↓ from the search box goes to the results.
    await page.keyboard.press('ArrowDown');
    await until(page, () => activeDescendant(page), (id) => id !== null && data.thiDua.has(id.replace('register-row-', '')), 'a thi đua row active');
    expect(errors).toEqual([]);
    await context.close();
  });
});
