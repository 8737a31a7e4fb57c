/**
 * What a secretary might throw at the meeting form: empty or huge fields, impossible times and dates, text pasted
 * from the web (NFD, invisible characters), emoji, and markup. Each gets a clear Vietnamese message or is stored
 * safely and shown as text; after each, the stored meeting is checked: nothing saved before is lost or corrupted.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MeetingWithTexts } from '../../src/domain/types.js';
import { appForFile } from './app-for-file.js';
import { backToList, newMeeting, openMeetingWithTexts, waitSaved } from './meetings-support.js';

const app = appForFile();

/** A meeting with a few saved fields, to check they survive each bad input. */
async function savedMeeting(page: Page): Promise<MeetingWithTexts> {
  await newMeeting(page, 'Hội nghị tổng kết năm 2016');
  await page.getByLabel('Giờ bắt đầu').fill('08:00');
  await page.getByLabel('Giờ kết thúc').fill('11:30');
  await page.getByLabel('Địa điểm').fill('Hội trường Tỉnh ủy');
  await page.getByLabel('Địa điểm').press('Tab');
  await waitSaved(page);
  return openMeetingWithTexts(page);
}

/** Asks for a save now (Ctrl+S) and checks that the header reports that the edits were refused. */
async function expectRefused(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  await page.getByTestId('save-status').getByText('Chưa lưu: còn lỗi cần sửa').waitFor();
}

describe('bad input in the meeting form', () => {
  it('empty title: a message, nothing written, the saved meeting intact; typing a title saves again', async () => {
    const { page, context } = await app.openPage();
    const before = await savedMeeting(page);
    await page.getByLabel('Tên cuộc họp').fill('   ');
    await page.getByRole('alert').getByText('Tên cuộc họp không được để trống.').waitFor();
    // A valid change elsewhere is not written either while the form holds an error.
    await page.getByLabel('Địa điểm').fill('Phòng họp số 1');
    await expectRefused(page);
    expect(await openMeetingWithTexts(page)).toEqual(before);
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('   ');

    await page.getByLabel('Tên cuộc họp').fill('Hội nghị tổng kết');
    await waitSaved(page);
    expect(await openMeetingWithTexts(page)).toMatchObject({ title: 'Hội nghị tổng kết', place: 'Phòng họp số 1' });
    await context.close();
  });

  it('end time before start time, and a time that is not a time', async () => {
    const { page, context } = await app.openPage();
    const before = await savedMeeting(page);
    await page.getByLabel('Giờ kết thúc').fill('7h30');
    await page.getByLabel('Giờ kết thúc').press('Tab');
    await page.getByRole('alert').getByText('Giờ kết thúc (07:30) phải sau giờ bắt đầu (08:00).').waitFor();
    expect(await page.getByLabel('Giờ kết thúc').inputValue()).toBe('07:30');
    await expectRefused(page);
    expect(await openMeetingWithTexts(page)).toEqual(before);

    await page.getByLabel('Giờ kết thúc').fill('25:00');
    await page.getByLabel('Giờ kết thúc').press('Tab');
    await page.getByRole('alert').getByText('Giờ kết thúc: hãy nhập giờ theo dạng giờ:phút, ví dụ 14:00.').waitFor();
    await expectRefused(page);
    expect(await openMeetingWithTexts(page)).toEqual(before);

    await page.getByLabel('Giờ kết thúc').fill('11 giờ 45');
    await page.getByLabel('Giờ kết thúc').press('Tab');
    await waitSaved(page);
    expect((await openMeetingWithTexts(page)).endTime).toBe('11:45');
    await context.close();
  });

  it('31/02 typed in the date: a message naming the day, the stored date unchanged', async () => {
    const { page, context } = await app.openPage();
    const before = await savedMeeting(page);
    const date = page.getByLabel('Ngày họp');
    await date.click();
    await date.fill('31/02/2017');
    await date.press('Tab');
    await page.getByRole('alert').getByText('Ngày họp: ngày 31/02/2017 không có trên lịch.').waitFor();
    await page.keyboard.press('Control+s');
    expect((await openMeetingWithTexts(page)).date).toBe(before.date);

    await date.click();
    await date.fill('02/02/2017');
    await date.press('Enter');
    await date.press('Tab');
    await waitSaved(page);
    expect((await openMeetingWithTexts(page)).date).toBe('2017-02-02');
    await context.close();
  });

  it('a 200,000-character paste: refused in the title with the numbers, stored whole in the content', async () => {
    const { page, context } = await app.openPage();
    const before = await savedMeeting(page);
    const huge = 'Nội dung rất dài. '.repeat(12_000).slice(0, 200_000);
    await page.getByLabel('Tên cuộc họp').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(huge);
    await page.getByRole('alert').getByText('Tên cuộc họp quá dài: tối đa 500 ký tự, đang có 200.000.').waitFor();
    await expectRefused(page);
    expect(await openMeetingWithTexts(page)).toEqual(before);
    await page.getByLabel('Tên cuộc họp').fill('Hội nghị tổng kết năm 2016');

    await page.getByLabel('Nội dung').focus();
    await page.keyboard.insertText(huge);
    await waitSaved(page);
    const stored = await openMeetingWithTexts(page);
    expect(stored.content).toHaveLength(200_000);
    expect(stored.content).toBe(huge);
    expect(stored.title).toBe('Hội nghị tổng kết năm 2016');
    await page.reload();
    await page.getByLabel('Nội dung').waitFor();
    expect(await page.getByLabel('Nội dung').inputValue()).toBe(huge);
    await context.close();
  });

  it('NFD text and invisible characters are stored as clean NFC; emoji are kept', async () => {
    const { page, context } = await app.openPage();
    await savedMeeting(page);
    const nfd = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    await page.getByLabel('Tên cuộc họp').fill(`${nfd}\u200B\uFEFF 🎉`);
    await page.getByLabel('Kết luận', { exact: true }).fill('Thống nhất 100% 👍\u0007');
    await waitSaved(page);
    const stored = await openMeetingWithTexts(page);
    expect(stored.title).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh 🎉'.normalize('NFC'));
    expect(stored.title.normalize('NFC')).toBe(stored.title);
    expect(stored.conclusion).toBe('Thống nhất 100% 👍');

    await backToList(page);
    await page.getByLabel('Tìm cuộc họp').fill('ban chap hanh dang bo');
    await page.getByRole('link', { name: stored.title }).waitFor();
    await context.close();
  });

  it('markup in names is text: shown as typed, no dialog, nothing executed', async () => {
    const { page, context } = await app.openPage();
    await savedMeeting(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror="window.__pwned=1">';
    await page.getByLabel('Tên cuộc họp').fill(`Họp ${script}`);
    await page.getByLabel('Địa điểm').fill(img);
    await page.getByLabel('Nội dung').fill(`<b>đậm</b> ${script}`);
    await waitSaved(page);
    const stored = await openMeetingWithTexts(page);
    expect(stored).toMatchObject({ title: `Họp ${script}`, place: img, content: `<b>đậm</b> ${script}` });

    await page.reload();
    await page.getByRole('heading', { name: `Họp ${script}` }).waitFor();
    await backToList(page);
    await page.getByRole('link', { name: `Họp ${script}` }).waitFor();
    await page.getByRole('cell', { name: img, exact: true }).waitFor();
    expect(await page.locator('.ant-table-tbody script, .ant-table-tbody img, h3 script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await context.close();
  });
});
