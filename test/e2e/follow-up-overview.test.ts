/**
 * The product owner's journey: a directive past its deadline is counted overdue in the overview; the secretary
 * finds it in the register, marks it done today in its follow-up drawer; the overview then counts it as done late
 * and the overdue count drops by one.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile } from './app-for-file.js';
import { putRecords, readStore } from './meetings-support.js';
import { directiveRecord, meetingRecord, pageDay, setRemindersLastRun, unitRecord, waitForStartupReminders } from './fixtures/follow-up-records.js';
import { choose, until } from './fixtures/ui.js';

const app = appForFile();

const card = (page: Page, category: string) => page.getByTestId(`overview-card-${category}`);

async function cardCount(page: Page, category: string): Promise<number> {
  return Number(await card(page, category).locator('div').first().textContent());
}

async function openOverview(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
  await page.locator('[data-testid="overview-page"][data-ready="true"]').waitFor();
}

describe('follow-up journey', () => {
  it('an overdue directive marked done today in the register shows in the overview as done late, one fewer overdue', async () => {
    const { page, context, errors } = await app.openPage();
    await waitForStartupReminders(page);
    const today = await pageDay(page);
    await putRecords(page, 'units', [unitRecord('u-1', 'Ban Tuyên giáo Tỉnh ủy')]);
    await putRecords(page, 'meetings', [meetingRecord('m-1', 'Hội nghị sơ kết công tác tuyên giáo', await pageDay(page, -60), 'u-1')]);
    await putRecords(page, 'directives', [
      directiveRecord('d-1', 'm-1', 1, 'Tổng kết phong trào thi đua yêu nước', { kind: 'date', date: await pageDay(page, -10) }, 'u-1'),
      directiveRecord('d-2', 'm-1', 2, 'Kiện toàn đội ngũ báo cáo viên', { kind: 'date', date: await pageDay(page, -5) }, 'u-1'),
      directiveRecord('d-3', 'm-1', 3, 'Xây dựng kế hoạch tuyên truyền năm sau', { kind: 'date', date: await pageDay(page, 60) }, 'u-1'),
    ]);
    await setRemindersLastRun(page, today);
    await page.reload();

    // Before: two overdue, none done late; the directive is in the overdue list.
    await openOverview(page);
    await until(page, () => cardCount(page, 'overdue'), (n) => n === 2, 'overdue count before');
    expect(await card(page, 'overdue').textContent()).toContain('Quá hạn chưa hoàn thành');
    expect(await cardCount(page, 'done-late')).toBe(0);
    const overdueList = page.getByTestId('overview-overdue');
    await overdueList.getByText('Tổng kết phong trào thi đua yêu nước').waitFor();
    expect(await overdueList.getByRole('link', { name: /Tổng kết phong trào thi đua/ }).textContent()).toContain('Quá hạn 10 ngày');

    // In the register: find it without diacritics, open its follow-up with Enter, mark it done today.
    await page.getByRole('navigation').getByText('Sổ theo dõi', { exact: true }).click();
    const search = page.getByLabel('Tìm trong sổ theo dõi');
    await search.waitFor();
    const row = page.locator('#register-row-d-1');
    await row.waitFor();
    expect(await row.locator('[data-category]').textContent()).toBe('Quá hạn chưa hoàn thành');
    await search.fill('tong ket thi dua');
    await until(page, () => page.getByTestId('register-count').textContent(), (t) => t === '1 / 3 kết luận', 'register narrowed');
    await search.press('ArrowDown');
    await until(page, () => page.getByTestId('register-grid').getAttribute('aria-activedescendant'), (id) => id === 'register-row-d-1', 'row active');
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('follow-up-drawer');
    await drawer.waitFor();
    expect(await drawer.getByTestId('follow-up-text').textContent()).toBe('Tổng kết phong trào thi đua yêu nước');

    await choose(page, page.getByLabel('Trạng thái mới'), '', 'Hoàn thành');
    const completed = page.getByLabel('Ngày hoàn thành');
    await completed.waitFor();
    // The completion date starts as today.
    expect(await completed.inputValue()).toBe(today.split('-').reverse().join('/'));
    await drawer.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
    await until(page, () => drawer.getByTestId('follow-up-category').textContent(), (t) => t === 'Hoàn thành quá hạn', 'drawer category');
    expect(await drawer.getByTestId('follow-up-status').textContent()).toBe('Hoàn thành');
    const stored = (await readStore(page, 'directives')).find((d) => d.id === 'd-1');
    expect(stored).toMatchObject({ status: 'done', completedOn: today });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await until(page, () => row.locator('[data-category]').textContent(), (t) => t === 'Hoàn thành quá hạn', 'register row category');

    // After: one overdue fewer, one done late, and it left the overdue list.
    await openOverview(page);
    await until(page, () => cardCount(page, 'overdue'), (n) => n === 1, 'overdue count after');
    expect(await cardCount(page, 'done-late')).toBe(1);
    expect(await card(page, 'done-late').textContent()).toContain('Hoàn thành quá hạn');
    await overdueList.getByText('Kiện toàn đội ngũ báo cáo viên').waitFor();
    expect(await overdueList.getByText('Tổng kết phong trào thi đua yêu nước').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
