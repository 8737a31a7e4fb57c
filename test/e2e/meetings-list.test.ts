import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Directive, Meeting, MeetingTexts } from '../../src/domain/types.js';
import { directiveRecord, meetingRecord } from '../fixtures/records.js';
import { appForFile } from './app-for-file.js';
import { backToList, newMeeting, openMeetingRecord, putRecords, readStore } from './meetings-support.js';

const app = appForFile();

describe('meeting list', () => {
  it('Ctrl+N creates a meeting dated today with its provisional title selected, and opens it', async () => {
    const { page, context, errors } = await app.openPage();
    await page.getByLabel('Tìm cuộc họp').waitFor();
    await page.keyboard.press('Control+n');
    const title = page.getByLabel('Tên cuộc họp');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Cuộc họp mới');
    const selected = await title.evaluate((el) => {
      const input = el as HTMLInputElement;
      return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    });
    expect(selected).toBe(true);

    const stored = await readStore(page, 'meetings');
    expect(stored).toHaveLength(1);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(stored[0]).toMatchObject({ title: 'Cuộc họp mới', date: today, kind: 'hop-mat', state: 'active' });
    expect(await page.getByLabel('Ngày họp').inputValue()).toBe(today.split('-').reverse().join('/'));

    // Typing replaces the selected provisional title; Ctrl+N from the editor saves it and opens another meeting.
    await page.keyboard.insertText('Hội nghị sơ kết');
    await page.keyboard.press('Control+n');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Cuộc họp mới');
    const titles = (await readStore(page, 'meetings')).map((m) => m.title).sort();
    expect(titles).toEqual(['Cuộc họp mới', 'Hội nghị sơ kết']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search ignores diacritics: "thi dua" and "dan van" find their meetings, Enter opens the first', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp mặt đầu xuân Đinh Dậu, phát động thi đua năm 2017');
    await newMeeting(page, 'Hội nghị Ban Dân vận Tỉnh ủy');
    await newMeeting(page, 'Buổi làm việc với Hội Nông dân');
    await backToList(page);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(3);

    await page.keyboard.press('Control+f');
    expect(await page.getByLabel('Tìm cuộc họp').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.insertText('thi dua');
    await expectTitles(rows, ['Họp mặt đầu xuân Đinh Dậu, phát động thi đua năm 2017']);

    await page.getByLabel('Tìm cuộc họp').fill('DAN VAN');
    await expectTitles(rows, ['Hội nghị Ban Dân vận Tỉnh ủy']);
    await page.getByLabel('Tìm cuộc họp').fill('dinh dau'); // "đ" typed as "d"
    await expectTitles(rows, ['Họp mặt đầu xuân Đinh Dậu, phát động thi đua năm 2017']);
    await page.getByLabel('Tìm cuộc họp').fill('khong co cuoc hop nay');
    await page.getByText('Không có cuộc họp nào có tên khớp').waitFor();

    await page.getByLabel('Tìm cuộc họp').fill('nong dan');
    await expectTitles(rows, ['Buổi làm việc với Hội Nông dân']);
    await page.getByLabel('Tìm cuộc họp').press('Enter');
    await page.getByLabel('Tên cuộc họp').waitFor();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('Buổi làm việc với Hội Nông dân');
    await context.close();
  });

  it('deletes to the trash with undo, restores from the trash, deletes for good only after confirming', async () => {
    const { page, context } = await app.openPage();
    await newMeeting(page, 'Họp giao ban tháng 3');
    const meeting = await openMeetingRecord(page);
    await newMeeting(page, 'Họp giao ban tháng 4');
    await backToList(page);

    await page.getByRole('button', { name: 'Chuyển cuộc họp “Họp giao ban tháng 3” vào thùng rác' }).click();
    await page.getByText('Đã chuyển “Họp giao ban tháng 3” vào thùng rác').waitFor();
    await expectTitles(page.locator('.ant-table-tbody tr.ant-table-row'), ['Họp giao ban tháng 4']);
    expect((await readStore(page, 'meetings')).find((m) => m.id === meeting.id)?.state).toBe('trashed');

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.locator('.ant-table-tbody').getByText('Họp giao ban tháng 3').waitFor();
    expect((await readStore(page, 'meetings')).find((m) => m.id === meeting.id)).toMatchObject({ state: 'active', trashedAt: null });

    await page.getByRole('button', { name: 'Chuyển cuộc họp “Họp giao ban tháng 3” vào thùng rác' }).click();
    await page.getByRole('navigation').getByText('Thùng rác').click();
    await page.getByRole('button', { name: 'Khôi phục cuộc họp “Họp giao ban tháng 3”' }).click();
    await page.getByText('Thùng rác trống.').waitFor();
    expect((await readStore(page, 'meetings')).find((m) => m.id === meeting.id)?.state).toBe('active');

    await page.getByRole('navigation').getByText('Cuộc họp', { exact: true }).click();
    await page.getByRole('button', { name: 'Chuyển cuộc họp “Họp giao ban tháng 4” vào thùng rác' }).click();
    await page.getByRole('navigation').getByText('Thùng rác').click();
    await page.getByRole('button', { name: 'Xóa vĩnh viễn cuộc họp “Họp giao ban tháng 4”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa vĩnh viễn cuộc họp này?' });
    await confirm.getByText('sẽ bị xóa hẳn, không khôi phục được').waitFor();
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    expect((await readStore(page, 'meetings')).map((m) => m.title).sort()).toEqual(['Họp giao ban tháng 3', 'Họp giao ban tháng 4']);
    await page.getByRole('button', { name: 'Xóa vĩnh viễn cuộc họp “Họp giao ban tháng 4”' }).click();
    await confirm.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByText('Thùng rác trống.').waitFor();
    expect((await readStore(page, 'meetings')).map((m) => m.title)).toEqual(['Họp giao ban tháng 3']);
    // Its texts went with it; those of the meeting kept are still there.
    expect((await readStore(page, 'meetingTexts')).map((t) => t.meetingId)).toEqual([meeting.id]);
    await context.close();
  });

  it('lists ten years of meetings (2,000) newest first, fifty to a page, and searches them', async () => {
    const { page, context } = await app.openPage();
    await page.getByLabel('Tìm cuộc họp').waitFor();
    const { meetings, texts } = tenYearsOfMeetings(2000);
    await putRecords(page, 'meetings', meetings);
    await putRecords(page, 'meetingTexts', texts);
    const newest = [...meetings].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    await putRecords(page, 'directives', [1, 2, 3].map((order) => directiveOf(newest?.id ?? '', order)));
    const started = Date.now();
    await page.reload();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.getByText('2.000 cuộc họp').waitFor();
    const listShownMs = Date.now() - started;
    expect(await rows.count()).toBe(50);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe(newest?.title);
    // The directive count column (counted for the rows on screen).
    await expect.poll(() => rows.first().locator('td').nth(5).textContent()).toBe('3');
    expect(await rows.nth(1).locator('td').nth(5).textContent()).toBe('0');

    const searchStarted = Date.now();
    await page.getByLabel('Tìm cuộc họp').fill('thi dua 1234');
    await page.getByText('1 / 2.000 cuộc họp').waitFor();
    const searchMs = Date.now() - searchStarted;
    await expectTitles(rows, ['Hội nghị thi đua số 1234']);
    // Measured, not asserted (speed belongs to the benchmarks): printed for the record.
    console.log(`2,000 meetings: list shown after reload in ${listShownMs} ms, search in ${searchMs} ms`);
    await context.close();
  });
});

async function expectTitles(rows: Locator, titles: string[]): Promise<void> {
  await rows.first().page().waitForFunction(
    (expected) => {
      const cells = [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row td:nth-child(2)')].map((td) => td.textContent);
      return JSON.stringify(cells) === JSON.stringify(expected);
    },
    titles,
  );
  expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(titles);
}

function directiveOf(meetingId: string, order: number): Directive {
  return directiveRecord({ id: `${meetingId}-d${order}`, meetingId, order, text: `Chỉ đạo số ${order}`, createdAt: 1, updatedAt: 1 });
}

function tenYearsOfMeetings(count: number): { meetings: Meeting[]; texts: MeetingTexts[] } {
  const content = 'Nội dung cuộc họp được ghi lại đầy đủ. '.repeat(60);
  const meetings = Array.from({ length: count }, (_, i): Meeting => {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((i * 3650) / count) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    return meetingRecord({
      id: `seed-${i}`,
      title: i % 2 === 0 ? `Hội nghị thi đua số ${i}` : `Họp giao ban số ${i}`,
      kind: 'hoi-nghi',
      date,
      startTime: '08:00',
      endTime: '11:00',
      place: 'Hội trường',
      createdAt: i,
      updatedAt: i,
    });
  });
  const texts = meetings.map((m): MeetingTexts => ({ meetingId: m.id, agenda: '', content, conclusion: '', updatedAt: m.updatedAt }));
  return { meetings, texts };
}
