/**
 * Exports the register screen calls: the follow-up report as a Word file (directives of the period, counted at
 * the as-of day, with the report body's settings) and the register rows as an Excel workbook, through a fake
 * bridge; and the buttons the register screen shows.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { RegisterExportButtons } from '../../../renderer/features/documents/register-export-buttons.js';
import { exportFollowUpReport, exportRegisterWorkbook } from '../../../renderer/features/documents/register-export.js';
import { documentSettingsKey } from '../../../src/documents/settings.js';
import type { Directive } from '../../../src/domain/types.js';
import { buildRegisterRows } from '../../../src/followup/register-rows.js';
import type { Bridge, SaveFileRequest, SaveResult } from '../../../src/ipc/contract.js';
import { textOf } from '../../documents/helpers/docx-xml.js';
import { directive, meeting, unit } from '../../documents/fixtures/records.js';
import { BT_SETTINGS } from '../../documents/fixtures/samples.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';

const saved: SaveFileRequest[] = [];
let saveResult: SaveResult = { ok: true, path: 'D:\\bao-cao.docx' };
const fakeBridge = {
  saveFile: vi.fn(async (request: SaveFileRequest) => {
    saved.push(request);
    return saveResult;
  }),
} as Partial<Bridge> as Bridge;
vi.mock('../../../renderer/platform/bridge.js', () => ({ getBridge: () => fakeBridge }));

const BODY = unit('u-bdv', 'Ban Dân vận Tỉnh ủy');
const FRONT = unit('u-mttq', 'Ủy ban Mặt trận Tổ quốc tỉnh');
const YOUTH = unit('u-td', 'Tỉnh đoàn');
const Q1 = meeting('m-q1', { title: 'Giao ban quý I', date: '2024-03-05', issuingUnitId: BODY.id });
const Q2 = meeting('m-q2', { title: 'Giao ban quý II', date: '2024-06-04', issuingUnitId: BODY.id });

function done(d: Directive, completedOn: string): Directive {
  return { ...d, status: 'done', completedOn };
}

const DIRECTIVES: Directive[] = [
  done(directive(Q1.id, 1, 'Tổng kết phong trào thi đua', { lead: FRONT.id, deadline: { kind: 'date', date: '2024-04-30' } }), '2024-04-20'),
  directive(Q1.id, 2, 'Kiện toàn chi đoàn cơ sở', { lead: YOUTH.id, deadline: { kind: 'date', date: '2024-05-31' } }),
  directive(Q2.id, 1, 'Chuẩn bị đại hội điểm', { lead: FRONT.id, deadline: { kind: 'date', date: '2024-09-30' } }),
];

async function seed(withSettings: boolean): Promise<void> {
  await db.transaction('rw', [db.units, db.meetings, db.directives, db.settings], async () => {
    await db.units.bulkPut([BODY, FRONT, YOUTH]);
    await db.meetings.bulkPut([Q1, Q2]);
    await db.directives.bulkPut(DIRECTIVES);
    if (withSettings) await db.settings.put({ key: documentSettingsKey(BODY.id), value: BT_SETTINGS, updatedAt: 1 });
  });
}

function documentText(bytes: Uint8Array): string {
  const xml = unzipSync(bytes)['word/document.xml'];
  if (xml === undefined) throw new Error('no word/document.xml');
  return textOf(strFromU8(xml));
}

beforeEach(async () => {
  await clearDatabase();
  saved.length = 0;
  saveResult = { ok: true, path: 'D:\\bao-cao.docx' };
  vi.clearAllMocks();
});

describe('exportFollowUpReport', () => {
  it('saves a Word report of the period, counted at the as-of day, issued with the body settings', async () => {
    await seed(true);
    const outcome = await exportFollowUpReport({ asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-03-31' }, today: '2024-07-01' });
    expect(outcome).toEqual({ ok: true, path: 'D:\\bao-cao.docx' });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.suggestedName).toBe('Bao cao thuc hien ket luan - Tu 01-01-2024 den 31-03-2024 - 30-06-2024.docx');
    expect(saved[0]!.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }]);
    const text = documentText(saved[0]!.data);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('BC-BDVTU');
    expect(text).toContain('Tổng kết phong trào thi đua');
    expect(text).toContain('Kiện toàn chi đoàn cơ sở');
    // The second quarter's meeting is outside the period.
    expect(text).not.toContain('Chuẩn bị đại hội điểm');
    expect(text).toContain('có 2 nội dung kết luận, chỉ đạo được giao thực hiện');
    expect(text).toContain('hoàn thành đúng hạn 1');
    expect(text).toContain('quá hạn chưa hoàn thành 1');
  });

  it('with the rows the register shows (filter.directiveIds), reports only those directives', async () => {
    await seed(true);
    const shown = [DIRECTIVES[0]!.id, DIRECTIVES[2]!.id];
    const outcome = await exportFollowUpReport({
      asOf: '2024-06-30',
      period: { from: '2024-01-01', to: '2024-12-31' },
      filter: { directiveIds: shown },
      today: '2024-07-01',
    });
    expect(outcome).toEqual({ ok: true, path: 'D:\\bao-cao.docx' });
    const text = documentText(saved[0]!.data);
    expect(text).toContain('Tổng kết phong trào thi đua');
    expect(text).toContain('Chuẩn bị đại hội điểm');
    // In the period, but not among the rows shown.
    expect(text).not.toContain('Kiện toàn chi đoàn cơ sở');
    expect(text).toContain('có 2 nội dung kết luận, chỉ đạo được giao thực hiện');
    // Both chosen directives come from the body's meetings, so its settings issue the report.
    expect(text).toContain('BC-BDVTU');
  });

  it('asks about missing settings first; stopping there saves nothing', async () => {
    await seed(false);
    const confirmMissing = vi.fn(async () => 'cancel' as const);
    const outcome = await exportFollowUpReport({ asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' }, confirmMissing });
    expect(outcome).toEqual({ ok: false, reason: 'cancelled' });
    expect(confirmMissing).toHaveBeenCalledTimes(1);
    const [document, missing] = confirmMissing.mock.calls[0] as unknown as [string, string[]];
    expect(document).toBe('Báo cáo tình hình thực hiện');
    expect(missing).toContain('Chưa có họ tên người ký.');
    expect(fakeBridge.saveFile).not.toHaveBeenCalled();
  });

  it('reports a failed save as a failed outcome with the reason', async () => {
    await seed(true);
    saveResult = { ok: false, reason: 'failed', message: 'Không có quyền ghi vào thư mục' };
    const outcome = await exportFollowUpReport({ asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(outcome).toEqual(saveResult);
  });
});

describe('exportRegisterWorkbook', () => {
  it('saves an .xlsx of the given rows that Excel readers open', async () => {
    await seed(false);
    saveResult = { ok: true, path: 'D:\\so-theo-doi.xlsx' };
    const rows = buildRegisterRows(DIRECTIVES, [Q1, Q2], [BODY, FRONT, YOUTH], []);
    const outcome = await exportRegisterWorkbook(rows, { asOf: '2024-06-30' });
    expect(outcome).toEqual({ ok: true, path: 'D:\\so-theo-doi.xlsx' });
    expect(saved[0]!.suggestedName).toBe('So theo doi ket luan - 30-06-2024.xlsx');
    expect(saved[0]!.filters).toEqual([{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]);
    const workbook = new ExcelJS.Workbook();
    const bytes = saved[0]!.data;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Sổ theo dõi');
    expect(sheet?.getCell('B2').value).toBe('1. Chuẩn bị đại hội điểm');
    expect(sheet?.getCell('J4').value).toBe('Quá hạn chưa hoàn thành');
    expect(workbook.getWorksheet('Tổng hợp')).toBeDefined();
  });
});

describe('the register export buttons', () => {
  it('"Xuất Excel" writes the rows the screen gives, and says so when there are none', async () => {
    await seed(false);
    saveResult = { ok: true, path: 'D:\\so-theo-doi.xlsx' };
    const rows = buildRegisterRows(DIRECTIVES, [Q1, Q2], [BODY, FRONT, YOUTH], []);
    let shown = rows;
    renderInApp(<RegisterExportButtons getRows={() => shown} asOf="2024-06-30" />);
    fireEvent.click(screen.getByText('Xuất Excel'));
    await screen.findByText('Đã lưu: D:\\so-theo-doi.xlsx');
    expect(saved).toHaveLength(1);

    shown = [];
    fireEvent.click(screen.getByText('Xuất Excel'));
    await screen.findByText('Không có dòng nào để xuất.');
    expect(saved).toHaveLength(1);
  });

  it('"Xuất báo cáo (Word)" asks for the period, lists what is missing, and exports anyway on request', async () => {
    await seed(false);
    renderInApp(<RegisterExportButtons getRows={() => []} asOf="2024-06-30" period={{ from: '2024-01-01', to: '2024-03-31' }} />);
    fireEvent.click(screen.getByText('Xuất báo cáo (Word)'));
    await screen.findByText('Xuất báo cáo tình hình thực hiện kết luận');
    expect((screen.getByLabelText('Từ ngày') as HTMLInputElement).value).toBe('01/01/2024');
    expect((screen.getByLabelText('Đến ngày') as HTMLInputElement).value).toBe('31/03/2024');
    fireEvent.click(screen.getByText('Xuất báo cáo', { selector: 'button span' }));
    await screen.findByText('Báo cáo tình hình thực hiện còn thiếu thông tin');
    expect(screen.getByText('Chưa có họ tên người ký.')).toBeTruthy();
    fireEvent.click(screen.getByText('Vẫn xuất'));
    await screen.findByText('Đã lưu: D:\\bao-cao.docx');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(documentText(saved[0]!.data)).toContain('Kiện toàn chi đoàn cơ sở');
  });
});
