import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATEGORIES } from '../../src/followup/categories.js';
import { COUNTS_FIRST, COUNTS_SECOND, D, directives, M1, meetings, people, units } from '../component/overview/overview-fixture.js';
import { appForFile } from './app-for-file.js';
import { putRecords } from './meetings-support.js';

const app = appForFile();

async function cardCounts(page: Page): Promise<Record<string, number>> {
  const entries = await Promise.all(
    CATEGORIES.map(async (c) => [c, Number(await page.getByTestId(`overview-card-${c}`).locator('div').first().textContent())] as const),
  );
  return Object.fromEntries(entries);
}

async function setAsOf(page: Page, viDate: string): Promise<void> {
  const field = page.locator('#overview-as-of');
  await field.click();
  await field.fill(viDate);
  await field.press('Enter');
  await page.keyboard.press('Escape');
}

describe('overview', () => {
  it('counts the seeded directives at the as-of day typed, recounts when it changes, and opens a meeting from the overdue list', async () => {
    const { page, context, errors } = await app.openPage();
    await page.getByRole('navigation').waitFor();
    await putRecords(page, 'units', units);
    await putRecords(page, 'people', people);
    await putRecords(page, 'meetings', meetings);
    await putRecords(page, 'directives', directives);
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.reload();
    await page.locator('[data-testid="overview-page"][data-ready="true"]').waitFor();
    expect(await page.evaluate(() => performance.getEntriesByName('overview:ready', 'mark').length)).toBe(1);

    await setAsOf(page, '01/04/2024');
    const summary = page.getByTestId('overview-summary');
    await expect.poll(() => summary.textContent()).toBe('14 nội dung chỉ đạo, tính đến ngày 01/04/2024');
    expect(await cardCounts(page)).toEqual(COUNTS_FIRST);
    expect(await page.getByTestId('overview-office-open-overdue').textContent()).toBe('3Quá hạn');
    const overdueTags = page.getByTestId('overview-overdue').locator('li .ant-tag');
    await expect.poll(() => overdueTags.allTextContents()).toEqual(['Quá hạn 60 ngày', 'Quá hạn 12 ngày', 'Quá hạn 7 ngày']);
    expect(await page.getByTestId('overview-due-soon').locator('li .ant-tag').allTextContents()).toEqual(['Còn 2 ngày', 'Còn 7 ngày']);
    // The chart (loaded on demand) is there with its text alternative.
    await page.getByRole('figure', { name: /Biểu đồ thanh chồng/ }).waitFor();

    await setAsOf(page, '20/05/2024');
    await expect.poll(() => summary.textContent()).toBe('15 nội dung chỉ đạo, tính đến ngày 20/05/2024');
    expect(await cardCounts(page)).toEqual(COUNTS_SECOND);
    await expect.poll(() => overdueTags.allTextContents()).toEqual(['Quá hạn 109 ngày', 'Quá hạn 61 ngày', 'Quá hạn 56 ngày', 'Quá hạn 47 ngày', 'Quá hạn 42 ngày', 'Quá hạn 10 ngày']);

    await page.getByTestId('overview-overdue').getByRole('link', { name: /Quá hạn 61 ngày/ }).click();
    await page.waitForFunction((hash) => location.hash === hash, `#/meetings/${M1.id}/directives/${D.d2.id}`);
    const title = page.getByLabel('Tên cuộc họp');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Họp giao ban quý I');
    expect(errors).toEqual([]);
    await context.close();
  });
});
