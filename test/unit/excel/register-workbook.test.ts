/**
 * The Excel register built from known rows and read back with exceljs (the Node build): headers, values, real
 * date cells, sheet layout and the Government Office counts of the "Tổng hợp" sheet.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Directive, Meeting, Person, Unit } from '../../../src/domain/types.js';
import { excelSerial, registerSummary } from '../../../src/excel/register-sheet.js';
import { buildRegisterWorkbook, DATE_FORMAT } from '../../../src/excel/register-workbook.js';
import { buildRegisterRows } from '../../../src/followup/register-rows.js';
import { personRecord, unitRecord } from '../../fixtures/records.js';
import { makeDirective, makeMeeting } from '../followup/fixtures.js';

const STAMP = { createdAt: 0, updatedAt: 0 };
const unit = (id: string, name: string): Unit => unitRecord({ id, name, ...STAMP });
const person = (id: string, fullName: string): Person => personRecord({ id, fullName, ...STAMP });

const FRONT = unit('u-front', 'Ủy ban Mặt trận Tổ quốc tỉnh');
const YOUTH = unit('u-youth', 'Tỉnh đoàn');
const WOMEN = unit('u-women', 'Hội Liên hiệp Phụ nữ tỉnh');
const LEADER = person('p-gap', 'Lê Văn Gặp');

const SPRING: Meeting = makeMeeting({ id: 'm-spring', title: 'Họp mặt đầu xuân Đinh Dậu 2017', date: '2017-02-02' });
const REVIEW: Meeting = makeMeeting({ id: 'm-review', title: 'Sơ kết 6 tháng', date: '2017-07-10' });
const TRASHED: Meeting = makeMeeting({ id: 'm-trash', title: 'Đã xóa', date: '2017-03-01', state: 'trashed', trashedAt: 1 });

const AS_OF = '2017-08-01';
const DIRECTIVES: Directive[] = [
  // Done before its due day: done on time.
  makeDirective({ id: 'd1', meetingId: 'm-spring', order: 1, text: 'Phát động phong trào thi đua năm 2017', leadUnitId: FRONT.id, leaderPersonId: LEADER.id, deadline: { kind: 'date', date: '2017-06-30' }, status: 'done', completedOn: '2017-06-20' }),
  // Past its due day and open: overdue.
  makeDirective({ id: 'd2', meetingId: 'm-spring', order: 2, text: 'Tổ chức ngày hội đại đoàn kết', leadUnitId: FRONT.id, supportUnitIds: [YOUTH.id, WOMEN.id], deadline: { kind: 'date', date: '2017-05-31' }, status: 'in-progress' }),
  // Ongoing: not counted against a deadline.
  makeDirective({ id: 'd3', meetingId: 'm-spring', order: 3, text: 'Vận động thanh niên tham gia xây dựng nông thôn mới', leadUnitId: YOUTH.id, deadline: { kind: 'ongoing' } }),
  // Due at the end of a quarter still ahead: open within deadline; no lead unit.
  makeDirective({ id: 'd4', meetingId: 'm-review', order: 1, text: 'Rà soát hộ nghèo', deadline: { kind: 'quarter', year: 2017, quarter: 4 }, status: 'in-progress' }),
  // Done after its due day: done late.
  makeDirective({ id: 'd5', meetingId: 'm-review', order: 2, text: 'Báo cáo kết quả', leadUnitId: WOMEN.id, deadline: { kind: 'date', date: '2017-07-15' }, status: 'done', completedOn: '2017-07-20' }),
  // Its meeting is in the trash: not in the register.
  makeDirective({ id: 'd6', meetingId: 'm-trash', order: 1, text: 'Không được xuất', leadUnitId: FRONT.id }),
];

function rows() {
  return buildRegisterRows(DIRECTIVES, [SPRING, REVIEW, TRASHED], [FRONT, YOUTH, WOMEN], [LEADER]);
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** What a cell holds, with dates as 'YYYY-MM-DD' (exceljs reads a date-formatted number as a UTC Date). */
function valueOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

describe('the register workbook', () => {
  it('has the two sheets, the register header in order, bold, frozen and filtered', async () => {
    const workbook = await readBack(await buildRegisterWorkbook(ExcelJS, { rows: rows(), asOf: AS_OF }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sổ theo dõi', 'Tổng hợp']);
    const sheet = sheetOf(workbook, 'Sổ theo dõi');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Số TT',
      'Nội dung kết luận/chỉ đạo',
      'Cuộc họp',
      'Ngày họp',
      'Lãnh đạo chỉ đạo',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Trạng thái',
      'Phân loại',
      'Ngày hoàn thành',
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('K1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:K1');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(50);
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true);
    expect(sheet.rowCount).toBe(1 + 5);
  });

  it('writes one line per directive of a live meeting, newest meeting first, with labels and real dates', async () => {
    const workbook = await readBack(await buildRegisterWorkbook(ExcelJS, { rows: rows(), asOf: AS_OF }));
    const sheet = sheetOf(workbook, 'Sổ theo dõi');
    const line = (n: number) => Array.from({ length: 11 }, (_, i) => valueOf(sheet.getRow(n).getCell(i + 1)));
    // Row 2: the July meeting's first point (newest meeting first), no lead unit, a quarter deadline in words.
    expect(line(2)).toEqual([1, '1. Rà soát hộ nghèo', 'Sơ kết 6 tháng', '2017-07-10', null, null, null, 'Quý IV/2017', 'Đang thực hiện', 'Đang thực hiện trong hạn', null]);
    expect(line(3)).toEqual([2, '2. Báo cáo kết quả', 'Sơ kết 6 tháng', '2017-07-10', null, WOMEN.name, null, '2017-07-15', 'Hoàn thành', 'Hoàn thành quá hạn', '2017-07-20']);
    expect(line(4)).toEqual([3, '1. Phát động phong trào thi đua năm 2017', SPRING.title, '2017-02-02', 'Lê Văn Gặp', FRONT.name, null, '2017-06-30', 'Hoàn thành', 'Hoàn thành đúng hạn', '2017-06-20']);
    expect(line(5)).toEqual([4, '2. Tổ chức ngày hội đại đoàn kết', SPRING.title, '2017-02-02', null, FRONT.name, 'Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh', '2017-05-31', 'Đang thực hiện', 'Quá hạn chưa hoàn thành', null]);
    expect(line(6)).toEqual([5, '3. Vận động thanh niên tham gia xây dựng nông thôn mới', SPRING.title, '2017-02-02', null, YOUTH.name, null, 'Thường xuyên', 'Chưa thực hiện', 'Thường xuyên', null]);
  });

  it('stores dates as date-formatted serial numbers, the way Excel stores a date', async () => {
    const workbook = await readBack(await buildRegisterWorkbook(ExcelJS, { rows: rows(), asOf: AS_OF }));
    const sheet = sheetOf(workbook, 'Sổ theo dõi');
    const meetingDate = sheet.getCell('D4');
    expect(meetingDate.type).toBe(ExcelJS.ValueType.Date);
    expect(meetingDate.numFmt).toBe(DATE_FORMAT);
    expect(valueOf(meetingDate)).toBe('2017-02-02');
    expect(valueOf(sheet.getCell('K4'))).toBe('2017-06-20');
    // Known serials: Excel shows 42768 as 02/02/2017 and 1 as 01/01/1900.
    expect(excelSerial('2017-02-02')).toBe(42768);
    expect(excelSerial('1900-03-01')).toBe(61);
  });

  it('counts per lead unit and in total on the "Tổng hợp" sheet', async () => {
    const workbook = await readBack(await buildRegisterWorkbook(ExcelJS, { rows: rows(), asOf: AS_OF }));
    const sheet = sheetOf(workbook, 'Tổng hợp');
    expect(sheet.getCell('A1').value).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾT LUẬN, CHỈ ĐẠO THEO ĐƠN VỊ CHỦ TRÌ');
    expect(sheet.getCell('A2').value).toBe('Số liệu tính đến ngày 01/08/2017');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'TT',
      'Đơn vị chủ trì',
      'Tổng số',
      'Đã hoàn thành đúng hạn',
      'Đã hoàn thành quá hạn',
      'Chưa hoàn thành, còn trong hạn',
      'Chưa hoàn thành, đã quá hạn',
      'Không tính hạn (thường xuyên, không thời hạn, đã hủy)',
    ]);
    const line = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    // Units in Vietnamese order (H < T < U), directives without a lead unit last.
    expect(line(5)).toEqual([1, WOMEN.name, 1, 0, 1, 0, 0, 0]);
    expect(line(6)).toEqual([2, YOUTH.name, 1, 0, 0, 0, 0, 1]);
    expect(line(7)).toEqual([3, FRONT.name, 2, 1, 0, 0, 1, 0]);
    expect(line(8)).toEqual([4, 'Chưa giao đơn vị chủ trì', 1, 0, 0, 1, 0, 0]);
    const total = sheet.getRow(9);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    const totals = [3, 4, 5, 6, 7, 8].map((c) => total.getCell(c).value);
    expect(totals).toEqual([
      { formula: 'SUM(C5:C8)', result: 5 },
      { formula: 'SUM(D5:D8)', result: 1 },
      { formula: 'SUM(E5:E8)', result: 1 },
      { formula: 'SUM(F5:F8)', result: 1 },
      { formula: 'SUM(G5:G8)', result: 1 },
      { formula: 'SUM(H5:H8)', result: 1 },
    ]);
  });

  it('computes categories at the as-of day given, not at the time of writing', () => {
    // On 2017-05-01 nothing was due yet and nothing was done: everything open is within its deadline.
    const early = registerSummary({ rows: rows(), asOf: '2017-05-01' });
    expect(early.total).toMatchObject({ total: 5, 'done-on-time': 0, 'done-late': 0, 'open-overdue': 0, 'open-within-deadline': 4, 'not-counted': 1 });
    const late = registerSummary({ rows: rows(), asOf: AS_OF });
    expect(late.total).toMatchObject({ total: 5, 'done-on-time': 1, 'done-late': 1, 'open-overdue': 1, 'open-within-deadline': 1, 'not-counted': 1 });
  });

  it('writes an empty register with its header and a zero total', async () => {
    const workbook = await readBack(await buildRegisterWorkbook(ExcelJS, { rows: [], asOf: AS_OF }));
    expect(sheetOf(workbook, 'Sổ theo dõi').rowCount).toBe(1);
    const summary = sheetOf(workbook, 'Tổng hợp');
    expect(summary.getRow(5).getCell(2).value).toBe('Tổng cộng');
    expect(summary.getRow(5).getCell(3).value).toBe(0);
  });
});
