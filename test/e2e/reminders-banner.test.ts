import { describe, expect, it } from 'vitest';
import { appForFile } from './app-for-file.js';
import { putRecords } from './meetings-support.js';
import { directiveRecord, meetingRecord, pageDay, remindersLastRun, setRemindersLastRun, waitForStartupReminders } from './fixtures/follow-up-records.js';

const app = appForFile();

describe('daily reminders in the browser', () => {
  it('on start, a banner tells of the overdue directive (no notification permission); a click opens it in its meeting', async () => {
    const { page, context, errors } = await app.openPage();
    await waitForStartupReminders(page);
    const meetingDay = await pageDay(page, -30);
    await putRecords(page, 'meetings', [meetingRecord('m-1', 'Hội nghị Ban Thường vụ tháng trước', meetingDay)]);
    await putRecords(page, 'directives', [
      directiveRecord('d-1', 'm-1', 1, 'Hoàn thiện đề án sắp xếp đơn vị hành chính', { kind: 'date', date: await pageDay(page, 60) }),
      directiveRecord('d-2', 'm-1', 2, 'Báo cáo kết quả phong trào thi đua', { kind: 'date', date: await pageDay(page, -3) }),
    ]);
    // Reminders last ran yesterday: the next start is a new day.
    await setRemindersLastRun(page, await pageDay(page, -1));
    await page.reload();

    const banner = page.getByRole('alert', { name: 'Nhắc việc' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Quá hạn 3 ngày: kết luận số 2, Hội nghị Ban Thường vụ tháng trước');
    expect(await banner.textContent()).toContain('Báo cáo kết quả phong trào thi đua');

    await banner.getByRole('button', { name: 'Xem' }).click();
    await page.waitForFunction(() => location.hash === '#/meetings/m-1/directives/d-2');
    await page.locator('[data-testid="directive-row"][data-directive-id="d-2"]').waitFor();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('Hội nghị Ban Thường vụ tháng trước');
    await banner.waitFor({ state: 'detached' });

    // The day is recorded, so neither a reload nor the next check today reminds again.
    expect(await remindersLastRun(page)).toBe(await pageDay(page));
    expect(errors).toEqual([]);
    await context.close();
  });
});
