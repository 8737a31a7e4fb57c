import { describe, expect, it } from 'vitest';
import { meetingInput } from '../fixtures/records.js';
import { appForFile } from './app-for-file.js';
import { newMeeting, openMeetingRecord, openMeetingWithTexts, waitSaved } from './meetings-support.js';

const app = appForFile();

const DRAFT_KEY = (id: string) => `so-tay-ket-luan/meeting-draft/${id}`;

describe('autosave of the meeting editor', () => {
  it('saves by itself; after "Đã lưu" a reload shows the saved values and no draft is left behind', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp Ban Thường vụ');
    await page.getByLabel('Địa điểm').fill('Phòng họp số 2');
    await page.getByLabel('Nội dung').fill('Đồng chí Bí thư khai mạc.\nCác đại biểu thảo luận.');
    await waitSaved(page);
    const meeting = await openMeetingWithTexts(page);
    expect(meeting).toMatchObject({ place: 'Phòng họp số 2', content: 'Đồng chí Bí thư khai mạc.\nCác đại biểu thảo luận.' });
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY(meeting.id))).toBeNull();

    await page.reload();
    await page.getByLabel('Địa điểm').waitFor();
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Phòng họp số 2');
    expect(await page.getByLabel('Nội dung').inputValue()).toBe('Đồng chí Bí thư khai mạc.\nCác đại biểu thảo luận.');
    await context.close();
  });

  it('Ctrl+S saves at once, without waiting for the autosave delay', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp chi bộ');
    // Stop the page's clock: the autosave timer cannot fire, so only Ctrl+S can write.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.getByRole('textbox', { name: 'Kết luận' }).fill('Thống nhất các nội dung.');
    expect(await page.getByTestId('save-status').textContent()).toBe('Chưa lưu');
    expect((await openMeetingWithTexts(page)).conclusion).toBe('');
    await page.keyboard.press('Control+s');
    await waitSaved(page);
    expect((await openMeetingWithTexts(page)).conclusion).toBe('Thống nhất các nội dung.');
    await context.close();
  });

  it('a reload right after typing (inside the autosave delay) loses nothing: the draft is recovered and saved', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp giao ban');
    const { id } = await openMeetingRecord(page);
    await page.getByLabel('Chương trình').fill('1. Báo cáo tình hình.\n2. Thảo luận.');
    // Nothing has been written yet, but the draft is already kept synchronously.
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY(id))).toContain('Báo cáo tình hình');
    await page.reload();
    await page.getByLabel('Chương trình').waitFor();
    expect(await page.getByLabel('Chương trình').inputValue()).toBe('1. Báo cáo tình hình.\n2. Thảo luận.');
    await waitSaved(page);
    expect((await openMeetingWithTexts(page)).agenda).toBe('1. Báo cáo tình hình.\n2. Thảo luận.');
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY(id))).toBeNull();
    await context.close();
  });

  it('a draft left by a closed tab is applied when it is newer than the stored meeting, ignored when older', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp định kỳ tháng 5');
    const meeting = await openMeetingRecord(page);
    // The form's fields as the editor keeps them in its draft: the new meeting's, with no times.
    const draft = (place: string) => meetingInput({ title: meeting.title, kind: meeting.kind, date: meeting.date, startTime: '', endTime: '', place });

    // As if the tab had closed inside the autosave delay: the draft is there, the database never got it.
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [DRAFT_KEY(meeting.id), JSON.stringify({ version: 1, changedAt: Date.now() + 1000, draft: draft('Hội trường A') })] as const,
    );
    await page.reload();
    await page.getByText('Đã khôi phục nội dung đang gõ dở').waitFor();
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Hội trường A');
    await waitSaved(page);
    const saved = await openMeetingRecord(page);
    expect(saved.place).toBe('Hội trường A');

    // A draft older than the stored meeting was already saved once: it must not overwrite newer data.
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [DRAFT_KEY(meeting.id), JSON.stringify({ version: 1, changedAt: saved.updatedAt - 1, draft: draft('Chỗ cũ') })] as const,
    );
    await page.reload();
    await page.getByLabel('Địa điểm').waitFor();
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Hội trường A');
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY(meeting.id))).toBeNull();
    expect((await openMeetingRecord(page)).place).toBe('Hội trường A');

    // A damaged draft is ignored rather than breaking the screen.
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"draft":'), DRAFT_KEY(meeting.id));
    await page.reload();
    await page.getByLabel('Địa điểm').waitFor();
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Hội trường A');
    await context.close();
  });
});
