/**
 * Exporting from the built application in Chromium, through the screen only: a meeting with two directives is
 * exported as Word minutes (the browser bridge saves by download); the file is unzipped and read. The document
 * settings of an issuing body are saved, survive a reload, and appear in the next export.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { textOf } from '../documents/helpers/docx-xml.js';
import { choose, until } from './fixtures/ui.js';
import { appForFile } from './app-for-file.js';

const TITLE = 'Hội nghị giao ban công tác dân vận quý I năm 2024';
const DIRECTIVES = [
  'Ban Dân vận chủ trì tổng kết mô hình dân vận khéo, báo cáo trước ngày 30/6/2024.',
  'Ủy ban Mặt trận Tổ quốc tỉnh đôn đốc việc xây dựng nhà đại đoàn kết cho hộ nghèo.',
];
const BODY = 'Ban Dân vận Tỉnh ủy Bến Tre';

const app = appForFile();

/** Chooses an item of the meeting's documents menu, answers "Vẫn xuất" if something is missing, and returns the downloaded file. */
async function exportMinutes(page: Page): Promise<{ name: string; xml: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Văn bản ▾' }).click();
  await page.getByRole('menuitem', { name: 'Xuất biên bản (Word)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Biên bản còn thiếu thông tin' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
  const file = await download;
  const path = await file.path();
  const entries = unzipSync(new Uint8Array(await readFile(path)));
  const xml = entries['word/document.xml'];
  if (xml === undefined) throw new Error('the download is not a .docx: no word/document.xml');
  await page.getByText(`Đã lưu: ${file.suggestedFilename()}`).waitFor();
  return { name: file.suggestedFilename(), xml: strFromU8(xml) };
}

it('exports the minutes of a meeting typed on screen, then again with the settings saved for its body', async () => {
  const { page, context, errors } = await app.openPage();
  page.setDefaultTimeout(20_000);

  // A meeting with two directives, typed as a secretary would.
  await page.getByRole('button', { name: 'Cuộc họp mới', exact: true }).click();
  await page.getByLabel('Tên cuộc họp', { exact: true }).fill(TITLE);
  const date = page.getByLabel('Ngày họp', { exact: true });
  await date.click();
  await date.press('Control+a');
  await date.pressSequentially('15/03/2024');
  await date.press('Tab');
  await until(page, () => date.inputValue(), (v) => v === '15/03/2024', 'meeting date');
  const quick = page.getByLabel('Thêm nhanh một điểm chỉ đạo', { exact: true });
  for (const [index, text] of DIRECTIVES.entries()) {
    await quick.fill(text);
    await quick.press('Enter');
    await until(page, () => page.getByTestId('directive-row').count(), (n) => n === index + 1, `directive ${index + 1} added`);
  }

  // Exported at once: the form's pending edits are saved first, so the document shows what is on screen.
  const first = await exportMinutes(page);
  expect(first.name).toBe('Bien ban - Hoi nghi giao ban cong tac dan van quy I nam 2024 - 15-03-2024.docx');
  const text = textOf(first.xml);
  expect(text).toContain('BIÊN BẢN');
  expect(text).toContain(TITLE);
  const positions = DIRECTIVES.map((d) => text.indexOf(d.replace(/\.$/, '')));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions[0]!).toBeLessThan(positions[1]!);
  const meetingHash = await page.evaluate(() => location.hash);

  // The document settings of an issuing body, created on the spot in the picker.
  await page.getByRole('navigation').getByText('Cài đặt', { exact: true }).click();
  await choose(page, page.getByLabel('Cơ quan ban hành', { exact: true }), BODY, `Thêm đơn vị mới: “${BODY}”`);
  await page.getByText('Chưa có cài đặt: văn bản theo thể thức Nhà nước, chưa điền thông tin').waitFor();
  await page.getByLabel('Địa danh ở dòng ngày tháng', { exact: true }).fill('Bến Tre');
  await page.getByLabel('Ký hiệu biên bản', { exact: true }).fill('BB-BDVTU');
  await page.getByLabel('Nơi nhận (mỗi dòng một nơi)', { exact: true }).fill('Thường trực Tỉnh ủy (b/c)\nCác huyện ủy, thành ủy');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await page.getByTestId('doc-settings-state').getByText('Đã lưu', { exact: true }).waitFor();

  // After a reload the settings are read back from the database.
  await page.reload();
  await page.getByRole('navigation').getByText('Cài đặt', { exact: true }).waitFor();
  await choose(page, page.getByLabel('Cơ quan ban hành', { exact: true }), 'ban dan van', BODY);
  await until(page, () => page.getByLabel('Ký hiệu biên bản', { exact: true }).inputValue(), (v) => v === 'BB-BDVTU', 'symbol after reload');
  expect(await page.getByLabel('Địa danh ở dòng ngày tháng', { exact: true }).inputValue()).toBe('Bến Tre');
  expect(await page.getByLabel('Nơi nhận (mỗi dòng một nơi)', { exact: true }).inputValue()).toBe('Thường trực Tỉnh ủy (b/c)\nCác huyện ủy, thành ủy');
  expect(await page.getByTestId('doc-settings-state').innerText()).toBe('Đã lưu');

  // The meeting issued by that body prints with its number symbol and recipients.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, meetingHash);
  await choose(page, page.getByLabel('Cơ quan ban hành', { exact: true }), 'ban dan van', BODY);
  await page.keyboard.press('Control+s');
  const second = textOf((await exportMinutes(page)).xml);
  expect(second).toContain('BAN DÂN VẬN TỈNH ỦY BẾN TRE');
  expect(second).toContain('/BB-BDVTU');
  expect(second).toContain('Thường trực Tỉnh ủy (b/c);');
  expect(second).toContain(DIRECTIVES[1]!.replace(/\.$/, ''));

  expect(errors).toEqual([]);
  await context.close();
});
