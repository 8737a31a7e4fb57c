/**
 * The two sample meetings and a report, rendered by LibreOffice to PDF (one conversion for all five files):
 * A4 pages, the Vietnamese text intact, every directive with its number, page numbers from page 2.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument, buildNoticeDocument, buildReportDocument } from '../../src/documents/builders.js';
import { buildMeetingView } from '../../src/documents/meeting-view.js';
import { packDocument } from '../../src/documents/pack.js';
import { buildReportView } from '../../src/documents/report-view.js';
import { BT_DIRECTIVE_TEXTS, BT_PEOPLE, HU_DIRECTIVE_TEXTS, HU_PEOPLE, benTreInput, huyenUyInput } from './fixtures/samples.js';
import { sampleReportInput } from './fixtures/report.js';
import { flat, pdfInfo, pdfText, renderToPdf, type Rendered } from './helpers/libreoffice.js';

let rendered: Rendered;
const text: Record<string, string> = {};

beforeAll(async () => {
  const bt = benTreInput();
  const hu = huyenUyInput();
  const files = {
    'bt-minutes': await packDocument(buildMinutesDocument(buildMeetingView(bt, 'minutes'))),
    'bt-notice': await packDocument(buildNoticeDocument(buildMeetingView(bt, 'notice'))),
    'hu-minutes': await packDocument(buildMinutesDocument(buildMeetingView(hu, 'minutes'))),
    'hu-notice': await packDocument(buildNoticeDocument(buildMeetingView(hu, 'notice'))),
    report: await packDocument(buildReportDocument(buildReportView(sampleReportInput()))),
  };
  rendered = renderToPdf(files);
  for (const name of Object.keys(files)) text[name] = flat(pdfText(rendered.pdf(name)));
}, 180_000);

afterAll(() => {
  if (rendered) rmSync(rendered.dir, { recursive: true, force: true });
});

/** A directive's text as compared: the builders may turn a closing ";" into "." when they add a sentence. */
const core = (s: string): string => flat(s).replace(/[;.]$/, '');

describe('samples rendered through LibreOffice', () => {
  it('gives A4 pages for every file', () => {
    for (const name of Object.keys(text)) {
      const info = pdfInfo(rendered.pdf(name));
      expect(Math.abs(info.width - 595)).toBeLessThan(2);
      expect(Math.abs(info.height - 842)).toBeLessThan(2);
      expect(info.pages).toBeGreaterThanOrEqual(1);
    }
  });

  it('never prints undefined, null or NaN', () => {
    for (const t of Object.values(text)) expect(t).not.toMatch(/undefined|null|NaN/);
  });

  it('Bến Tre minutes: header, title, people, the five directives in order and the closing line', () => {
    const t = text['bt-minutes'] ?? '';
    for (const phrase of ['TỈNH ỦY BẾN TRE', 'BAN DÂN VẬN', 'Số: 05/BB-BDVTU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BIÊN BẢN', 'Họp mặt đầu xuân Đinh Dậu năm 2017', 'Thời gian bắt đầu: 14 giờ 00, ngày 02 tháng 02 năm 2017']) {
      expect(t).toContain(phrase);
    }
    Object.values(BT_PEOPLE).forEach((p, i) => expect(t).toContain(flat(`${i + 1}. ${p.fullName}, ${p.title}`)));
    expect(t).toContain(`Chủ trì: Lê Văn Gặp, ${BT_PEOPLE.gap.title}`);
    let last = -1;
    BT_DIRECTIVE_TEXTS.forEach((d, i) => {
      const at = t.indexOf(core(`${i + 1}. ${d}`));
      expect(at, `directive ${i + 1}`).toBeGreaterThan(last);
      last = at;
    });
    expect(t).toContain('Buổi họp mặt kết thúc vào 16 giờ 30, ngày 02 tháng 02 năm 2017./.');
    expect(t.indexOf('THƯ KÝ')).toBeLessThan(t.indexOf('CHỦ TỌA'));
    expect(t).not.toContain('Thư ký (người ghi biên bản):');
  });

  it('Bến Tre notice: date line, summary, opening, and the five directives with their assignment', () => {
    const t = text['bt-notice'] ?? '';
    for (const phrase of ['Số: 05/TB-BDVTU', 'Bến Tre, ngày 06 tháng 02 năm 2017', 'THÔNG BÁO', `Kết luận của đồng chí Lê Văn Gặp, ${BT_PEOPLE.gap.title} tại họp mặt đầu xuân Đinh Dậu năm 2017`, 'Ngày 02 tháng 02 năm 2017, tại Hội trường Ban Dân vận Tỉnh ủy Bến Tre, đồng chí Lê Văn Gặp', 'kết luận như sau:', 'TM. BAN DÂN VẬN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn Bình', 'Nơi nhận:', '- Lưu: VT, BDV.']) {
      expect(t).toContain(flat(phrase));
    }
    BT_DIRECTIVE_TEXTS.forEach((d, i) => expect(t).toContain(core(`${i + 1}. ${d}`)));
    expect(t).toContain('Giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Tỉnh đoàn thực hiện; thời hạn: năm 2017.');
    expect(t).toMatch(/Tham dự có các đồng chí: Trần Dương Tuấn/);
  });

  it('Huyện ủy minutes and notice: Party header, six directives numbered 1. to 6., chair Nguyễn Thị Liên', () => {
    const m = text['hu-minutes'] ?? '';
    const n = text['hu-notice'] ?? '';
    for (const t of [m, n]) {
      expect(t).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(t).toContain('HUYỆN ỦY');
      expect(t).not.toContain('Độc lập - Tự do');
      HU_DIRECTIVE_TEXTS.forEach((d, i) => expect(t).toContain(core(`${i + 1}. ${d}`)));
    }
    expect(m).toContain('Số 127-BB/HU');
    expect(m).toContain('I- DIỄN BIẾN CUỘC HỌP');
    expect(m).toContain('NGƯỜI GHI BIÊN BẢN');
    expect(m).toContain('CHỦ TRÌ HỘI NGHỊ');
    expect(m).toContain('Buổi làm việc kết thúc vào 11 giờ 00, ngày 08 tháng 5 năm 2024./.');
    Object.values(HU_PEOPLE).forEach((p) => expect(m).toContain(p.fullName));
    expect(n).toContain('Số 127-TB/HU');
    expect(n).toContain('Ngày 10 tháng 5 năm 2024');
    expect(n).toContain('Kết luận của đồng chí Nguyễn Thị Liên, TUV, Bí thư Huyện ủy tại buổi làm việc với Mặt trận Tổ quốc và các đoàn thể huyện');
    expect(n).toContain('Giao Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với UBND huyện thực hiện; thời hạn: thường xuyên.');
    expect(n).toContain('T/L BAN THƯỜNG VỤ');
  });

  it('numbers pages from page 2 only', () => {
    for (const name of Object.keys(text)) {
      const path = rendered.pdf(name);
      const firstPage = pdfText(path, { first: 1, last: 1 }).trim().split('\n')[0] ?? '';
      expect(firstPage.trim()).not.toMatch(/^\d+$/);
      if (pdfInfo(path).pages > 1) expect(pdfText(path, { first: 2, last: 2 }).trim().split('\n')[0]?.trim()).toBe('2');
    }
  });

  it('report: every directive, its category label and the totals', () => {
    const t = text.report ?? '';
    // Table cells side by side interleave in pdftotext's reading order: the opening words of each directive
    // are on its cell's first line, and every word of it must be somewhere on the page.
    // A line may also break after a hyphen ("05-" / "CT/TW"), which pdftotext joins without it ("05CT/TW").
    const words = new Set(t.split(' '));
    const present = (word: string): boolean => words.has(word) || (word.includes('-') && words.has(word.replaceAll('-', '')));
    for (const d of [...BT_DIRECTIVE_TEXTS, ...HU_DIRECTIVE_TEXTS]) {
      expect(t).toContain(d.split(' ').slice(0, 4).join(' '));
      for (const word of flat(d).split(' ')) expect(present(word), word).toBe(true);
    }
    for (const label of ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Quá hạn chưa hoàn thành', 'Chưa thực hiện, còn hạn', 'Sắp đến hạn', 'Tạm dừng', 'Đã hủy', 'Thường xuyên', 'Không có thời hạn']) {
      expect(t).toContain(label);
    }
    expect(t).toContain('Số: 12/BC-BDVTU');
    expect(t).toContain('(Từ ngày 01/01/2017 đến ngày 31/12/2024; số liệu tính đến ngày 30/06/2024)');
    expect(t).toMatch(/Tổng cộng 11 1 1 4 1 4/);
    expect(t).toContain('Chưa giao đơn vị chủ trì');
  });

  it('report: a deadline date stays whole on one line of its cell', () => {
    const t = text.report ?? '';
    // Eight sample directives are due 30/06/2024; the subtitle and the opening paragraph name the day too.
    expect(t).not.toMatch(/30\/06\/202(?!4)/);
    expect(t.split('30/06/2024').length - 1).toBeGreaterThanOrEqual(10);
  });
});
