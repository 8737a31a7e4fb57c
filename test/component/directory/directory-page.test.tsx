import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { createPerson, createUnit, setUnitState } from '../../../renderer/db/writes/directory.js';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page.js';
import { useAppStore } from '../../../renderer/state/store.js';

// jsdom lays out antd slowly, more so on a busy machine; these tests wait on rendering, not on time.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState({ directoryTab: 'units', directorySearch: { units: '', people: '' }, showArchived: false });
});

function renderPage() {
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DirectoryPage />
      </AntApp>
    </ConfigProvider>,
  );
}

/** The first column of the visible table, top to bottom. */
function firstColumn(): string[] {
  const panel = screen.getByRole('tabpanel');
  return [...panel.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map((row) => row.querySelector('td')?.textContent ?? '');
}

describe('directory page', () => {
  it('lists units in Vietnamese order (a < ă < â, d < đ), not in code-unit order', async () => {
    for (const name of ['Đoàn Thanh niên', 'Ủy ban MTTQ tỉnh', 'Ăn uống tập thể', 'Ân nhân', 'Dân vận', 'Báo Đồng Khởi', 'An ninh']) {
      await createUnit(db, { name, shortName: '' });
    }
    renderPage();
    await waitFor(() => expect(firstColumn()).toHaveLength(7));
    expect(firstColumn()).toEqual(['An ninh', 'Ăn uống tập thể', 'Ân nhân', 'Báo Đồng Khởi', 'Dân vận', 'Đoàn Thanh niên', 'Ủy ban MTTQ tỉnh']);
  });

  it('searches without diacritics ("dan van", "đ" typed as "d") and hides archived units until asked', async () => {
    for (const name of ['Ban Dân vận Tỉnh ủy', 'Đảng ủy Khối', 'Hội Nông dân', 'Sở Văn hóa']) await createUnit(db, { name, shortName: '' });
    const archived = await createUnit(db, { name: 'Ban Dân vận Huyện ủy (cũ)', shortName: '' });
    await setUnitState(db, archived.id, 'archived');
    renderPage();
    await waitFor(() => expect(firstColumn()).toHaveLength(4));

    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'dan van' } });
    await waitFor(() => expect(firstColumn()).toEqual(['Ban Dân vận Tỉnh ủy']));
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'dang uy' } });
    await waitFor(() => expect(firstColumn()).toEqual(['Đảng ủy Khối']));
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'VAN HOA' } });
    await waitFor(() => expect(firstColumn()).toEqual(['Sở Văn hóa']));

    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'dan van' } });
    fireEvent.click(screen.getByLabelText('Hiện cả mục đã lưu trữ'));
    await waitFor(() => expect(firstColumn()).toEqual(['Ban Dân vận Huyện ủy (cũ)', 'Ban Dân vận Tỉnh ủy']));
    expect(within(screen.getByRole('tabpanel')).getByText('Đã lưu trữ')).toBeTruthy();
  });

  it('lists people by given name with their title and unit, and finds them by any of those', async () => {
    const unit = await createUnit(db, { name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: '' });
    await createPerson(db, { fullName: 'Trần Dương Tuấn', title: 'Chủ tịch Ủy ban MTTQ tỉnh', unitId: null });
    await createPerson(db, { fullName: 'Phạm Thị Thanh Thảo', title: 'Chủ tịch', unitId: unit.id });
    await createPerson(db, { fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: null });
    useAppStore.setState({ directoryTab: 'people' });
    renderPage();
    await waitFor(() => expect(firstColumn()).toEqual(['Lê Văn Gặp', 'Phạm Thị Thanh Thảo', 'Trần Dương Tuấn']));
    expect(within(screen.getByRole('tabpanel')).getByText('Hội Liên hiệp Phụ nữ tỉnh')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tìm người'), { target: { value: 'phu nu' } });
    await waitFor(() => expect(firstColumn()).toEqual(['Phạm Thị Thanh Thảo']));
    fireEvent.change(screen.getByLabelText('Tìm người'), { target: { value: 'tuan' } });
    await waitFor(() => expect(firstColumn()).toEqual(['Trần Dương Tuấn']));
  });

  it('adding a unit with an empty name shows the Vietnamese message and writes nothing', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tên đơn vị không được để trống.')).toBeTruthy();
    expect(await db.units.count()).toBe(0);
    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Tỉnh đoàn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect((await db.units.toArray()).map((u) => u.name)).toEqual(['Tỉnh đoàn']));
  });
});
