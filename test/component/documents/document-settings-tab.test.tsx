/**
 * The document settings tab: choose a body, fill its settings, save, see them stored and shown again; bad input
 * is refused with Vietnamese messages and nothing is stored; the form's limits are the document core's.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { openDocumentSettingsFor } from '../../../renderer/features/documents/settings-target.js';
import { DocumentSettingsTab } from '../../../renderer/features/settings/document-settings-tab.js';
import { documentSettingsKey, SETTINGS_LIMITS } from '../../../src/documents/settings.js';
import { unit } from '../../documents/fixtures/records.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';

const BODY = unit('u-bdv', 'Ban Dân vận Tỉnh ủy', 'BDV');
const OTHER = unit('u-hnd', 'Hội Nông dân tỉnh');

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
}

function type(label: string, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

function state(): string {
  return screen.getByTestId('doc-settings-state').textContent ?? '';
}

async function stored(unitId: string): Promise<unknown> {
  return (await db.settings.get(documentSettingsKey(unitId)))?.value;
}

beforeEach(async () => {
  await clearDatabase();
  await db.units.bulkPut([BODY, OTHER]);
});

describe('the document settings tab', () => {
  it('chooses a body, saves its settings in the stored shape, and shows them again after reopening', async () => {
    const first = renderInApp(<DocumentSettingsTab />);
    expect(screen.getByText('Chọn cơ quan ban hành để xem và sửa cài đặt văn bản của cơ quan đó.')).toBeTruthy();
    await selectOption(screen.getByLabelText('Cơ quan ban hành'), 'Ban Dân vận Tỉnh ủy (BDV)');
    await screen.findByText('Chưa có cài đặt: văn bản theo thể thức Nhà nước, chưa điền thông tin');

    fireEvent.click(screen.getByText('Đảng (Hướng dẫn 36-HD/VPTW)'));
    type('Cơ quan chủ quản (cấp trên)', 'Tỉnh ủy Bến Tre');
    type('Tên cơ quan ban hành (như in trên văn bản)', 'Ban Dân vận');
    type('Địa danh ở dòng ngày tháng', '  Bến Tre ');
    type('Ký hiệu biên bản', 'BB/BDVTU');
    type('Ký hiệu thông báo', 'TB/BDVTU');
    type('Ký hiệu báo cáo', 'BC/BDVTU');
    await selectOption(screen.getByLabelText('Thẩm quyền ký'), 'Thay mặt (T/M)');
    type('Chức vụ người ký (mỗi dòng một dòng in)', 'Ban Dân vận\nPhó Trưởng ban\n');
    type('Họ tên người ký', 'Nguyễn Văn Bình');
    type('Nơi nhận (mỗi dòng một nơi)', 'Thường trực Tỉnh ủy (b/c)\n\nCác cơ quan Mặt trận và đoàn thể tỉnh');
    type('Lưu (ghi sau chữ “Lưu:”)', 'VT, BDV');
    expect(state()).toBe('Có thay đổi chưa lưu');

    fireEvent.click(screen.getByText('Lưu cài đặt'));
    await screen.findByText('Đã lưu cài đặt văn bản của Ban Dân vận Tỉnh ủy.');
    expect(state()).toBe('Đã lưu');
    expect(await stored(BODY.id)).toEqual({
      profile: 'party',
      superiorBody: 'Tỉnh ủy Bến Tre',
      issuingBodyName: 'Ban Dân vận',
      place: 'Bến Tre',
      symbols: { minutes: 'BB/BDVTU', notice: 'TB/BDVTU', report: 'BC/BDVTU' },
      signer: { authority: 'tm', titleLines: ['Ban Dân vận', 'Phó Trưởng ban'], name: 'Nguyễn Văn Bình' },
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Các cơ quan Mặt trận và đoàn thể tỉnh'],
      archive: 'VT, BDV',
    });
    // Another body has its own settings (none yet).
    expect(await stored(OTHER.id)).toBeUndefined();
    first.unmount();

    openDocumentSettingsFor(BODY.id);
    renderInApp(<DocumentSettingsTab />);
    await waitFor(() => expect(field('Địa danh ở dòng ngày tháng').value).toBe('Bến Tre'));
    expect(field('Nơi nhận (mỗi dòng một nơi)').value).toBe('Thường trực Tỉnh ủy (b/c)\nCác cơ quan Mặt trận và đoàn thể tỉnh');
    expect(field('Chức vụ người ký (mỗi dòng một dòng in)').value).toBe('Ban Dân vận\nPhó Trưởng ban');
    expect((screen.getByText('Đảng (Hướng dẫn 36-HD/VPTW)').closest('label')?.querySelector('input') as HTMLInputElement).checked).toBe(true);
    expect(state()).toBe('Đã lưu');
    // antd renders this long form slowly in jsdom: a generous limit, not a measure of speed.
  }, 60_000);

  it('refuses lines that are too long or lists that are too many, with Vietnamese messages, and stores nothing', async () => {
    openDocumentSettingsFor(BODY.id);
    renderInApp(<DocumentSettingsTab />);
    await screen.findByLabelText('Địa danh ở dòng ngày tháng');
    const { line: LINE_MAX, lines: LINES_MAX } = SETTINGS_LIMITS;
    type('Địa danh ở dòng ngày tháng', 'x'.repeat(LINE_MAX + 1));
    type('Nơi nhận (mỗi dòng một nơi)', Array.from({ length: LINES_MAX + 1 }, (_, i) => `Nơi nhận ${i + 1}`).join('\n'));
    fireEvent.click(screen.getByText('Lưu cài đặt'));
    await screen.findByText(`Địa danh ở dòng ngày tháng quá dài: tối đa ${LINE_MAX} ký tự, đang có ${LINE_MAX + 1}.`);
    expect(screen.getByText(`Nơi nhận (mỗi dòng một nơi): tối đa ${LINES_MAX} dòng.`)).toBeTruthy();
    expect(screen.getAllByText('Chưa lưu: còn lỗi cần sửa.').length).toBeGreaterThan(0);
    expect(await stored(BODY.id)).toBeUndefined();
    expect(state()).toBe('Có thay đổi chưa lưu');

    // Corrected, it saves.
    type('Địa danh ở dòng ngày tháng', 'Bến Tre');
    type('Nơi nhận (mỗi dòng một nơi)', 'Thường trực Tỉnh ủy');
    fireEvent.click(screen.getByText('Lưu cài đặt'));
    await screen.findByText('Đã lưu cài đặt văn bản của Ban Dân vận Tỉnh ủy.');
    expect(await stored(BODY.id)).toMatchObject({ place: 'Bến Tre', recipients: ['Thường trực Tỉnh ủy'] });
  });
});
