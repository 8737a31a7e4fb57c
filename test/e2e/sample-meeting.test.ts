/**
 * The acceptance journey, through the screen only (typing and clicking in the built application in Chromium):
 * a secretary records the Bến Tre spring meeting of 02/02/2017 from the sample report, its attendees in rank
 * order and the five emulation points, reorders one point and puts it back, reloads, checks everything is
 * there, renames a unit in the directory and sees the new name in the meeting, and finds the meeting by
 * searching "thi dua" without diacritics.
 *
 * The list search covers meeting names. The report's name for the meeting is "… họp mặt đầu xuân Đinh Dậu năm
 * 2017"; its first sentence says the meeting also launched the 2017 emulation movement ("phát động phong trào
 * thi đua năm 2017"), so the name entered carries that too, as minutes of such a meeting would.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readBenTreSample } from './fixtures/ben-tre-sample.js';
import { choose, directiveRows, memberRows, until, untilEqual, untilListsStored } from './fixtures/ui.js';
import { appForFile } from './app-for-file.js';

const sample = readBenTreSample();
const MEETING_TITLE = `${sample.title}, phát động phong trào thi đua năm 2017`;
const FRONT = 'Ủy ban Mặt trận Tổ quốc tỉnh';
const FRONT_RENAMED = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre';

/** Lead unit (typed without diacritics, as secretaries do), supporting units and deadline of each point. */
const ASSIGNMENTS = [
  { lead: ['mat tran', FRONT], support: [], deadline: { kind: 'Năm', year: '2017' }, printed: 'Năm 2017' },
  { lead: ['dan van', 'Ban Dân vận Tỉnh ủy'], support: [], deadline: null, printed: '' },
  { lead: ['mat tran', FRONT], support: [['phu nu', 'Hội Liên hiệp Phụ nữ tỉnh']], deadline: null, printed: '' },
  { lead: ['nong dan', 'Hội Nông dân tỉnh'], support: [], deadline: null, printed: '' },
  { lead: ['tinh doan', 'Tỉnh đoàn'], support: [['mat tran', FRONT], ['nong dan', 'Hội Nông dân tỉnh']], deadline: { kind: 'Thường xuyên' }, printed: 'Thường xuyên' },
] as const;

const app = appForFile();

it('records the Bến Tre spring meeting from the sample and finds it again', async () => {
  expect(sample.attendees.map((a) => a.fullName)).toEqual(['Lê Văn Gặp', 'Trần Dương Tuấn', 'Phạm Thị Thanh Thảo', 'Đoàn Văn Đảnh', 'Nguyễn Thị Hồng Nhung']);
  expect(sample.points).toHaveLength(5);
  const { page, context, errors } = await app.openPage();
  page.setDefaultTimeout(15_000);
  try {
    await journey(page);
  } catch (failure) {
    // What the screen showed when the journey stopped, for whoever reads the failure.
    await page.screenshot({ path: 'test-results/sample-meeting-failure.png' }).catch(() => undefined);
    throw failure;
  }
  expect(errors).toEqual([]);
  await context.close();
});

async function journey(page: Page): Promise<void> {

  // The meeting itself.
  await page.getByRole('button', { name: 'Cuộc họp mới', exact: true }).click();
  const title = page.getByLabel('Tên cuộc họp', { exact: true });
  await title.fill(MEETING_TITLE);
  const date = page.getByLabel('Ngày họp', { exact: true });
  await date.click();
  await date.press('Control+a');
  await date.pressSequentially('02/02/2017');
  await date.press('Tab');
  await page.getByLabel('Nội dung', { exact: true }).fill(sample.opening);
  await until(page, () => date.inputValue(), (v) => v === '02/02/2017', 'meeting date');

  // The attendees, each created on the spot with title and unit, in the order the report names them.
  for (const [index, person] of sample.attendees.entries()) {
    await choose(page, page.getByRole('combobox', { name: 'Thêm người dự họp', exact: true }), person.fullName, `Thêm người mới: “${person.fullName}”`);
    const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
    await dialog.getByLabel('Chức vụ', { exact: true }).fill(person.title);
    await choose(page, dialog.getByLabel('Đơn vị', { exact: true }), person.unit, `Thêm đơn vị mới: “${person.unit}”`);
    await dialog.getByTitle(person.unit, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByRole('listitem', { name: `${index + 1}. ${person.fullName}`, exact: true }).waitFor();
  }
  const expectedMembers = sample.attendees.map((a, i) => `${i + 1}. ${a.fullName} — ${a.title}`);
  await untilEqual(page, () => memberRows(page), expectedMembers, 'attendees in rank order');

  // Dragged with the keyboard (Space, ↑, Space on the handle) the last attendee goes up a rank; "Xuống dưới" puts her back.
  await page.getByRole('button', { name: 'Kéo để đổi thứ tự: 5. Nguyễn Thị Hồng Nhung', exact: true }).focus();
  // Each step waits for what a screen reader hears (the list's live announcements), as a blind user would.
  const heard = (text: string) => page.getByText(text, { exact: true }).waitFor({ state: 'attached' });
  await page.keyboard.press('Space');
  await heard('Đã chọn 5. Nguyễn Thị Hồng Nhung ở vị trí 5.');
  await page.keyboard.press('ArrowUp');
  await heard('5. Nguyễn Thị Hồng Nhung đang ở vị trí 4.');
  await page.keyboard.press('Space');
  await heard('Đã đặt 5. Nguyễn Thị Hồng Nhung vào vị trí 4.');
  const raised = [0, 1, 2, 4, 3].map((from, i) => expectedMembers[from]?.replace(/^\d+\./, `${i + 1}.`) ?? '');
  await untilEqual(page, () => memberRows(page), raised, 'attendee dragged up with the keyboard');
  await untilListsStored(page);
  await page.getByRole('listitem', { name: '4. Nguyễn Thị Hồng Nhung', exact: true }).getByRole('button', { name: 'Xuống dưới', exact: true }).click();
  await untilEqual(page, () => memberRows(page), expectedMembers, 'attendee put back');
  await untilListsStored(page);

  // The chair, picked from the directory without diacritics; Ctrl+S saves the form at once.
  await choose(page, page.getByLabel('Người chủ trì', { exact: true }), 'le van gap', /^Lê Văn Gặp/);
  await page.keyboard.press('Control+s');
  await until(page, () => page.getByTestId('save-status').innerText(), (s) => s.startsWith('Đã lưu'), 'meeting saved');

  // The five points, each given by the chair (the default leader), with a lead unit and some with a deadline.
  for (const [index, point] of sample.points.entries()) {
    const plan = ASSIGNMENTS[index];
    if (plan === undefined) throw new Error('missing plan');
    await page.getByRole('button', { name: 'Thêm kết luận/chỉ đạo', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Thêm kết luận/chỉ đạo' });
    await panel.getByLabel('Nội dung chỉ đạo', { exact: true }).fill(point);
    await panel.getByTitle(/^Lê Văn Gặp/).waitFor();
    await choose(page, panel.getByLabel('Đơn vị chủ trì', { exact: true }), plan.lead[0], plan.lead[1]);
    for (const [typed, unit] of plan.support) await choose(page, panel.getByLabel('Đơn vị phối hợp', { exact: true }), typed, unit);
    // A multiple choice stays open for the next pick: click elsewhere to close it (Tab would pick another).
    if (plan.support.length > 0) await panel.getByText('Thêm kết luận/chỉ đạo', { exact: true }).click();
    if (plan.deadline !== null) {
      await choose(page, panel.getByLabel('Loại thời hạn', { exact: true }), '', plan.deadline.kind);
      if ('year' in plan.deadline) await panel.getByLabel('Năm của thời hạn', { exact: true }).fill(plan.deadline.year);
      await panel.getByText(`Thời hạn sẽ ghi: ${plan.printed}`, { exact: true }).waitFor();
    }
    await panel.getByRole('button', { name: 'Lưu', exact: true }).click();
    await panel.waitFor({ state: 'hidden' });
    await until(page, () => page.getByTestId('directive-row').count(), (n) => n === index + 1, `directive ${index + 1} added`);
  }
  const expectedDirectives = sample.points.map((text, i) => `${i + 1}. ${text}`);
  await untilEqual(page, () => directiveRows(page), expectedDirectives, 'five directives in order');

  // Point 5 moved up with Alt+↑ takes number 4 at once; dragged back with the mouse it is number 5 again.
  const fifth = page.getByRole('listitem', { name: 'Kết luận số 5', exact: true });
  await fifth.focus();
  await page.keyboard.press('Alt+ArrowUp');
  const swapped = [0, 1, 2, 4, 3].map((from, i) => `${i + 1}. ${sample.points[from]}`);
  await untilEqual(page, () => directiveRows(page), swapped, 'point 5 moved up');
  await untilListsStored(page);
  const handle = page.getByRole('button', { name: 'Kéo để đổi thứ tự: Kết luận số 4', exact: true });
  const target = page.getByRole('listitem', { name: 'Kết luận số 5', exact: true });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (from === null || to === null) throw new Error('directive rows are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height * 0.75, { steps: 10 });
  await page.mouse.up();
  await untilEqual(page, () => directiveRows(page), expectedDirectives, 'point 5 dragged back');
  await untilListsStored(page);

  // After a reload everything is read back from the database.
  await page.reload();
  await until(page, () => page.getByLabel('Tên cuộc họp', { exact: true }).inputValue(), (v) => v === MEETING_TITLE, 'title after reload');
  await untilEqual(page, () => memberRows(page), expectedMembers, 'attendees after reload');
  await untilEqual(page, () => directiveRows(page), expectedDirectives, 'directives after reload');
  const details = await until(
    page,
    () => page.getByTestId('directive-row').evaluateAll((rows) => rows.map((r) => r.querySelector('[data-testid="directive-details"]')?.textContent ?? '')),
    (d) => d.length === 5,
    'directive details after reload',
  );
  expect(details).toEqual([
    `Lãnh đạo chỉ đạo: Lê Văn Gặp · Chủ trì: ${FRONT} · Thời hạn: Năm 2017`,
    'Lãnh đạo chỉ đạo: Lê Văn Gặp · Chủ trì: Ban Dân vận Tỉnh ủy',
    `Lãnh đạo chỉ đạo: Lê Văn Gặp · Chủ trì: ${FRONT} · Phối hợp: Hội Liên hiệp Phụ nữ tỉnh`,
    'Lãnh đạo chỉ đạo: Lê Văn Gặp · Chủ trì: Hội Nông dân tỉnh',
    `Lãnh đạo chỉ đạo: Lê Văn Gặp · Chủ trì: Tỉnh đoàn · Phối hợp: ${FRONT}, Hội Nông dân tỉnh · Thời hạn: Thường xuyên`,
  ]);

  // A unit renamed in the directory shows its new name in the meeting.
  await page.getByRole('navigation').getByText('Danh bạ', { exact: true }).click();
  await page.getByRole('button', { name: `Sửa “${FRONT}”`, exact: true }).click();
  const unitDialog = page.getByRole('dialog', { name: 'Sửa đơn vị' });
  await unitDialog.getByLabel('Tên đơn vị', { exact: true }).fill(FRONT_RENAMED);
  await unitDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await unitDialog.waitFor({ state: 'hidden' });

  // Found again from the list by "thi dua", typed without diacritics.
  await page.getByRole('navigation').getByText('Cuộc họp', { exact: true }).click();
  await page.getByRole('searchbox', { name: 'Tìm cuộc họp' }).fill('thi dua');
  await page.getByRole('link', { name: MEETING_TITLE, exact: true }).click();
  await untilEqual(page, () => directiveRows(page), expectedDirectives, 'directives after opening from the list');
  const firstDetails = page.getByTestId('directive-details').first();
  await until(page, () => firstDetails.innerText(), (s) => s.includes(`Chủ trì: ${FRONT_RENAMED}`), 'renamed lead unit');
  const tuanRow = page.getByRole('listitem', { name: '2. Trần Dương Tuấn', exact: true });
  await tuanRow.getByTitle(FRONT_RENAMED, { exact: true }).waitFor();
}
