/**
 * Awkward input still gives valid documents: control characters pasted from PDFs, a 50-page content, 300
 * attendees, every optional field empty, a body with no settings. LibreOffice opens and converts each one
 * (one conversion for all of them), and empty parts are left out rather than printed as empty labels.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument, buildNoticeDocument, buildReportDocument } from '../../src/documents/builders.js';
import { buildMeetingView, type MeetingDocumentInput } from '../../src/documents/meeting-view.js';
import { missingForMeetingDocument, missingForReport } from '../../src/documents/missing.js';
import { packDocument } from '../../src/documents/pack.js';
import { buildReportView } from '../../src/documents/report-view.js';
import { attendance, byId, directive, meetingWithTexts, person, unit } from './fixtures/records.js';
import { benTreInput } from './fixtures/samples.js';
import { sampleReportInput } from './fixtures/report.js';
import { unzipDocx } from './helpers/docx-xml.js';
import { flat, pdfInfo, pdfText, renderToPdf, type Rendered } from './helpers/libreoffice.js';

const BAD = '\u0001\u000B\uFFFE';
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function controlCharsInput(): MeetingDocumentInput {
  const u = unit('u1', `Ban${BAD} Tuyên giáo`);
  const chair = person('c', `Trần${BAD} Văn Hùng`, `Bí thư${BAD}`, 'u1');
  const other = person('o', `Lê Thị${BAD} Mai`, 'Phó Bí thư', 'u1');
  const m = meetingWithTexts('m-bad', {
    title: `Hội nghị${BAD} sơ kết`,
    kind: 'hoi-nghi',
    date: '2024-03-09',
    startTime: '07:30',
    endTime: '10:45',
    place: `Phòng họp${BAD} số 1`,
    issuingUnitId: 'u1',
    chairPersonId: 'c',
    secretaryPersonId: 'o',
    content: `Đoạn đầu${BAD} có ký tự lạ.\nĐoạn thứ hai\u0000 cũng vậy.`,
  });
  return {
    meeting: m,
    attendances: [attendance(m.id, 1, chair), attendance(m.id, 2, other)],
    directives: [directive(m.id, 1, `Rà soát${BAD} danh sách đảng viên`, { lead: 'u1', deadline: { kind: 'quarter', year: 2024, quarter: 2 } })],
    units: byId([u]),
    people: byId([chair, other]),
    settings: { profile: 'state', issuingBodyName: `Ban${BAD} Tuyên giáo`, place: `Hà${BAD} Nội`, signer: { authority: 'kt', titleLines: ['Trưởng ban', 'Phó Trưởng ban'], name: `Ngô${BAD} Văn Tư` }, recipients: [`Như trên${BAD}`] },
    issuedOn: '2024-03-11',
  };
}

function longContentInput(): MeetingDocumentInput {
  const base = benTreInput();
  // About 150,000 characters in 500 paragraphs: some 50 pages of content.
  const paragraphs = Array.from({ length: 500 }, (_, i) => `Đoạn ${i + 1}: ${'Các đồng chí thảo luận sôi nổi về nhiệm vụ trọng tâm của năm, đề xuất giải pháp cụ thể. '.repeat(3)}`);
  return { ...base, meeting: { ...base.meeting, content: paragraphs.join('\n') } };
}

function manyAttendeesInput(): MeetingDocumentInput {
  const base = benTreInput();
  const people = Array.from({ length: 300 }, (_, i) => person(`pp-${i}`, `Đại biểu Thứ ${i + 1}`, `Chức vụ ${i + 1}`, 'u-mttq'));
  return {
    ...base,
    people: byId([...base.people.values(), ...people]),
    attendances: people.map((p, i) => attendance(base.meeting.id, i + 1, p, i % 50 === 49 ? { role: 'guest' } : {})),
  };
}

function emptyInput(settings: unknown, issuingUnit: boolean): MeetingDocumentInput {
  const u = unit('u-empty', 'Văn phòng Đảng ủy');
  return {
    meeting: meetingWithTexts('m-empty', { title: 'Họp giao ban', kind: 'khac', date: '2024-10-01', issuingUnitId: issuingUnit ? u.id : null }),
    attendances: [],
    directives: [],
    units: byId([u]),
    people: new Map(),
    settings,
    issuedOn: '2024-10-02',
  };
}

const EMPTY_SETTINGS = { profile: 'state', archive: '' };
const names = ['ctl-minutes', 'ctl-notice', 'long-minutes', 'many-minutes', 'many-notice', 'empty-minutes', 'empty-notice', 'empty-report', 'nosettings-notice'] as const;
type Name = (typeof names)[number];

let rendered: Rendered;
const docx: Partial<Record<Name, Uint8Array>> = {};
const text: Partial<Record<Name, string>> = {};

beforeAll(async () => {
  const ctl = controlCharsInput();
  const empty = emptyInput(EMPTY_SETTINGS, false);
  docx['ctl-minutes'] = await packDocument(buildMinutesDocument(buildMeetingView(ctl, 'minutes')));
  docx['ctl-notice'] = await packDocument(buildNoticeDocument(buildMeetingView(ctl, 'notice')));
  docx['long-minutes'] = await packDocument(buildMinutesDocument(buildMeetingView(longContentInput(), 'minutes')));
  docx['many-minutes'] = await packDocument(buildMinutesDocument(buildMeetingView(manyAttendeesInput(), 'minutes')));
  docx['many-notice'] = await packDocument(buildNoticeDocument(buildMeetingView(manyAttendeesInput(), 'notice')));
  docx['empty-minutes'] = await packDocument(buildMinutesDocument(buildMeetingView(empty, 'minutes')));
  docx['empty-notice'] = await packDocument(buildNoticeDocument(buildMeetingView(empty, 'notice')));
  docx['empty-report'] = await packDocument(buildReportDocument(buildReportView({ ...sampleReportInput(), items: [], settings: EMPTY_SETTINGS })));
  docx['nosettings-notice'] = await packDocument(buildNoticeDocument(buildMeetingView(emptyInput(undefined, true), 'notice')));
  rendered = renderToPdf(docx as Record<Name, Uint8Array>);
  for (const name of names) text[name] = flat(pdfText(rendered.pdf(name)));
}, 180_000);

afterAll(() => {
  if (rendered) rmSync(rendered.dir, { recursive: true, force: true });
});

describe('awkward input', () => {
  it('every document converts to an A4 PDF with no undefined, null or NaN', () => {
    for (const name of names) {
      const info = pdfInfo(rendered.pdf(name));
      expect(Math.abs(info.width - 595), name).toBeLessThan(2);
      expect(text[name], name).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('control characters never reach the file and the text around them is kept', () => {
    for (const name of ['ctl-minutes', 'ctl-notice'] as const) {
      const parts = unzipDocx(docx[name]!);
      for (const xml of Object.values(parts.files)) expect(INVALID_XML_CHARS.test(xml)).toBe(false);
    }
    const m = text['ctl-minutes'] ?? '';
    for (const phrase of ['Hội nghị sơ kết', 'Phòng họp số 1', 'Trần Văn Hùng', 'Lê Thị Mai', 'Đoạn đầu có ký tự lạ.', 'Đoạn thứ hai cũng vậy.', '1. Rà soát danh sách đảng viên', 'Đơn vị chủ trì: Ban Tuyên giáo; thời hạn: quý II/2024.', 'Hội nghị kết thúc vào 10 giờ 45, ngày 09 tháng 3 năm 2024./.']) {
      expect(m).toContain(phrase);
    }
    const n = text['ctl-notice'] ?? '';
    for (const phrase of ['Hà Nội, ngày 11 tháng 3 năm 2024', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Ngô Văn Tư', '- Như trên;', '- Lưu: VT.']) expect(n).toContain(phrase);
  });

  it('a 50-page content runs over many pages and keeps its last paragraph', () => {
    const pages = pdfInfo(rendered.pdf('long-minutes')).pages;
    expect(pages).toBeGreaterThanOrEqual(40);
    expect(text['long-minutes']).toContain('Đoạn 500: Các đồng chí thảo luận');
    expect(text['long-minutes']).toContain('Buổi họp mặt kết thúc vào 16 giờ 30');
  });

  it('300 attendees are all listed, guests apart', () => {
    const m = text['many-minutes'] ?? '';
    // Every 50th person is a guest: 294 members, then 6 guests listed apart.
    expect(m).toContain('1. Đại biểu Thứ 1, Chức vụ 1, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
    expect(m).toContain('294. Đại biểu Thứ 299, Chức vụ 299');
    expect(m).not.toContain('295. ');
    expect(m).toContain('b) Khách mời:');
    expect(m.indexOf('b) Khách mời:')).toBeLessThan(m.indexOf('6. Đại biểu Thứ 300, Chức vụ 300'));
    expect(text['many-notice']).toContain('Đại biểu Thứ 299, Chức vụ 299');
  });

  it('a meeting with every optional field empty prints no empty label', () => {
    const m = text['empty-minutes'] ?? '';
    expect(m).toContain('BIÊN BẢN');
    expect(m).toContain('Họp giao ban');
    expect(m).toContain('Thời gian bắt đầu: ngày 01 tháng 10 năm 2024');
    expect(m).toContain('Cuộc họp kết thúc ngày 01 tháng 10 năm 2024./.');
    expect(m).toMatch(/Số: +\/BB/);
    for (const label of ['Địa điểm:', 'Thành phần tham dự:', 'Có mặt:', 'Chủ trì:', 'Thư ký', 'Nội dung:', 'KẾT LUẬN', 'Nơi nhận:', 'Lưu:']) {
      expect(m, label).not.toContain(label);
    }
    // The two signature headings stay (they are where people sign) without names under them.
    expect(m).toContain('THƯ KÝ');
    expect(m).toContain('CHỦ TỌA');
    const n = text['empty-notice'] ?? '';
    expect(n).toContain('Ngày 02 tháng 10 năm 2024');
    expect(n).toContain('Kết luận tại họp giao ban');
    expect(n).toContain('Ngày 01 tháng 10 năm 2024, đã diễn ra họp giao ban.');
    for (const label of ['Nơi nhận:', 'Tham dự có', 'tại ,', 'đồng chí ,', 'TM.', 'KT.', 'kết luận như sau:', 'Trên đây là']) expect(n, label).not.toContain(label);
    const r = text['empty-report'] ?? '';
    expect(r).toContain('không có nội dung kết luận, chỉ đạo nào được giao thực hiện');
    expect(r).not.toContain('KẾT QUẢ CHUNG');
    expect(r).not.toContain('Nơi nhận:');
  });

  it('a body with no settings gets its unit name printed and a list of what to fill in', () => {
    const n = text['nosettings-notice'] ?? '';
    expect(n).toContain('VĂN PHÒNG ĐẢNG ỦY');
    expect(n).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(n).toContain('- Lưu: VT.');
    const missing = missingForMeetingDocument(buildMeetingView(emptyInput(undefined, true), 'notice'), 'notice');
    expect(missing).toEqual([
      'Chưa có ký hiệu văn bản cho thông báo kết luận (ví dụ TB-VP).',
      'Chưa có địa danh ghi ở dòng ngày tháng (ví dụ Bến Tre).',
      'Chưa có chức vụ của người ký.',
      'Chưa có họ tên người ký.',
      'Chưa có danh sách nơi nhận.',
      'Chưa có địa điểm cuộc họp.',
      'Chưa chọn người chủ trì.',
      'Chưa có người dự họp.',
      'Chưa có nội dung kết luận nào được đánh số.',
    ]);
    const emptyMissing = missingForMeetingDocument(buildMeetingView(emptyInput(EMPTY_SETTINGS, false), 'minutes'), 'minutes');
    expect(emptyMissing[0]).toBe('Chưa có tên cơ quan ban hành (vào Cài đặt văn bản hoặc chọn cơ quan ban hành cho cuộc họp).');
    expect(missingForReport(buildReportView({ ...sampleReportInput(), items: [], settings: undefined }))).toContain('Chưa có tên cơ quan ban hành (vào Cài đặt văn bản hoặc chọn cơ quan ban hành cho cuộc họp).');
  });
});
