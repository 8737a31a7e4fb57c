import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForFile } from './app-for-file.js';
import { backToList, newMeeting, openMeetingRecord, readStore, waitSaved } from './meetings-support.js';

const app = appForFile();

async function openDirectory(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('Danh bạ').click();
  await page.getByRole('tab', { name: 'Đơn vị' }).waitFor();
}

async function addUnit(page: Page, name: string, shortName = ''): Promise<void> {
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await dialog.getByLabel('Tên đơn vị').fill(name);
  if (shortName !== '') await dialog.getByLabel('Tên viết tắt').fill(shortName);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function chooseIssuingUnit(page: Page, typed: string, option: string): Promise<void> {
  await page.getByLabel('Cơ quan ban hành').click();
  await page.getByLabel('Cơ quan ban hành').fill(typed);
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

function issuingUnitShown(page: Page) {
  // The form row of the field: its label and the chosen unit's name as displayed.
  return page.locator('.ant-form-item').filter({ has: page.locator('#meeting-issuing-unit') });
}

describe('directory', () => {
  it('a unit renamed in the directory shows its new name in the meetings that name it', async () => {
    const { page, context } = await app.openPage();
    await openDirectory(page);
    await addUnit(page, 'Ban Dân vận Tỉnh ủy', 'BDV');
    await page.getByRole('cell', { name: 'Ban Dân vận Tỉnh ủy', exact: true }).waitFor();

    await newMeeting(page, 'Họp mặt đầu xuân');
    await chooseIssuingUnit(page, 'dan van', 'Ban Dân vận Tỉnh ủy');
    await waitSaved(page);
    await expect.poll(() => issuingUnitShown(page).textContent()).toContain('Ban Dân vận Tỉnh ủy');
    expect(await issuingUnitShown(page).textContent()).not.toContain('Bến Tre');
    const unit = (await readStore(page, 'units'))[0];
    expect((await openMeetingRecord(page)).issuingUnitId).toBe(unit?.id);

    await openDirectory(page);
    await page.getByRole('button', { name: 'Sửa “Ban Dân vận Tỉnh ủy”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa đơn vị' });
    await dialog.getByLabel('Tên đơn vị').fill('Ban Dân vận Tỉnh ủy Bến Tre');
    await dialog.getByLabel('Tên đơn vị').press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await backToList(page);
    await page.getByRole('cell', { name: 'Ban Dân vận Tỉnh ủy Bến Tre', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Họp mặt đầu xuân' }).click();
    await page.getByLabel('Tên cuộc họp').waitFor();
    await expect.poll(() => issuingUnitShown(page).textContent()).toContain('Ban Dân vận Tỉnh ủy Bến Tre');
    // One unit, renamed in place: the meeting still points at the same id.
    const units = await readStore(page, 'units');
    expect(units.map((u) => [u.id, u.name])).toEqual([[unit?.id, 'Ban Dân vận Tỉnh ủy Bến Tre']]);
    await context.close();
  });

  it('an archived unit is no longer offered in pickers, but meetings keep its name; it can be used again', async () => {
    const { page, context } = await app.openPage();
    await openDirectory(page);
    await addUnit(page, 'Hội Nông dân tỉnh');
    await addUnit(page, 'Hội Liên hiệp Phụ nữ tỉnh');
    await newMeeting(page, 'Buổi làm việc với Hội Nông dân');
    await chooseIssuingUnit(page, 'nong dan', 'Hội Nông dân tỉnh');
    await waitSaved(page);

    await openDirectory(page);
    await page.getByRole('button', { name: 'Lưu trữ “Hội Nông dân tỉnh”' }).click();
    await page.getByRole('cell', { name: 'Hội Nông dân tỉnh', exact: true }).waitFor({ state: 'detached' });
    expect((await readStore(page, 'units')).find((u) => u.name === 'Hội Nông dân tỉnh')?.state).toBe('archived');

    await backToList(page);
    await page.getByRole('cell', { name: 'Hội Nông dân tỉnh', exact: true }).waitFor();
    await newMeeting(page, 'Họp khác');
    await page.getByLabel('Cơ quan ban hành').click();
    await page.getByLabel('Cơ quan ban hành').fill('hoi');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Hội Liên hiệp Phụ nữ tỉnh' }).waitFor();
    expect(await page.locator('.ant-select-item-option').filter({ hasText: 'Hội Nông dân tỉnh' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await openDirectory(page);
    await page.getByText('Hiện cả mục đã lưu trữ').click();
    await page.getByRole('button', { name: 'Dùng lại “Hội Nông dân tỉnh”' }).click();
    await page.getByRole('button', { name: 'Lưu trữ “Hội Nông dân tỉnh”' }).waitFor();
    expect((await readStore(page, 'units')).find((u) => u.name === 'Hội Nông dân tỉnh')?.state).toBe('active');
    await context.close();
  });

  it('people: added with title and unit, listed by given name, found without diacritics, messages in Vietnamese', async () => {
    const { page, context } = await app.openPage();
    await openDirectory(page);
    await addUnit(page, 'Tỉnh đoàn');
    await page.getByRole('tab', { name: 'Người' }).click();
    const add = async (fullName: string, title: string) => {
      await page.getByRole('button', { name: 'Thêm người' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm người' });
      await dialog.getByLabel('Họ và tên').fill(fullName);
      await dialog.getByLabel('Chức vụ').fill(title);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    // Empty name: the dialog stays open with a message, nothing is written.
    await page.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Họ và tên không được để trống.').waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await readStore(page, 'people')).toEqual([]);

    await add('Trần Dương Tuấn', 'Chủ tịch Ủy ban MTTQ tỉnh');
    await add('Nguyễn Thị Hồng Nhung', 'Bí thư Tỉnh đoàn');
    await add('Lê Văn Gặp', 'Trưởng ban Dân vận Tỉnh ủy');
    const names = () => page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();
    await expect.poll(names).toEqual(['Lê Văn Gặp', 'Nguyễn Thị Hồng Nhung', 'Trần Dương Tuấn']);
    await page.getByLabel('Tìm người').fill('tinh doan');
    await expect.poll(names).toEqual(['Nguyễn Thị Hồng Nhung']);
    await context.close();
  });
});
