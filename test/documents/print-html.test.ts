/**
 * The print view: a complete, script-free A4 page with the same margins, fonts and blocks as the Word file,
 * every piece of text escaped.
 */
import { describe, expect, it } from 'vitest';
import { buildMeetingView } from '../../src/documents/meeting-view.js';
import { escapeHtml } from '../../src/documents/html-print.js';
import { minutesPrintHtml, noticePrintHtml, reportPrintHtml } from '../../src/documents/print-views.js';
import { buildReportView } from '../../src/documents/report-view.js';
import { BT_DIRECTIVE_TEXTS, BT_PEOPLE, benTreInput, huyenUyInput } from './fixtures/samples.js';
import { sampleReportInput } from './fixtures/report.js';

function hostileInput() {
  const input = benTreInput();
  const people = new Map(input.people);
  people.set(BT_PEOPLE.gap.id, { ...BT_PEOPLE.gap, fullName: '<script>alert("x")</script> Gặp' });
  people.set(BT_PEOPLE.tuan.id, { ...BT_PEOPLE.tuan, fullName: '<img src=x onerror=alert(1)>' });
  return {
    ...input,
    people,
    meeting: { ...input.meeting, title: 'Họp <b>mặt</b> & "giao lưu"', content: '<iframe src="https://evil"></iframe>\nĐoạn hai' },
  };
}

describe('print view', () => {
  it('escapes every tag in names, titles and content, and carries no script', () => {
    for (const html of [minutesPrintHtml(buildMeetingView(hostileInput(), 'minutes')), noticePrintHtml(buildMeetingView(hostileInput(), 'notice'))]) {
      expect(html).not.toMatch(/<(script|img|iframe)\b|<b>mặt/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Gặp');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('Họp &lt;b&gt;mặt&lt;/b&gt; &amp; &quot;giao lưu&quot;');
    }
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('is a whole A4 page with the profile margins, font and a page number from page 2', () => {
    const html = minutesPrintHtml(buildMeetingView(benTreInput(), 'minutes'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    // 20 mm top and bottom, 15 mm right, 30 mm left, in points (twips / 20).
    expect(html).toMatch(/@page \{ size: A4; margin: 56\.7pt 42\.55pt 56\.7pt 85\.05pt;/);
    expect(html).toContain('@top-center { content: counter(page)');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt;');
    expect(html).toMatch(/p\.body \{ text-align: justify; text-indent: 28\.35pt; margin: 0pt 0 6pt;/);
    expect(html).toContain('<title>Biên bản Họp mặt đầu xuân Đinh Dậu năm 2017</title>');
  });

  it('shows the same blocks as the Word file: header, title, fields, directives, signatures, recipients', () => {
    const html = minutesPrintHtml(buildMeetingView(benTreInput(), 'minutes'));
    const order = [
      'TỈNH ỦY BẾN TRE',
      'BAN DÂN VẬN',
      'Số: 05/BB-BDVTU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN',
      'Thời gian bắt đầu:',
      'Địa điểm:',
      'Thành phần tham dự:',
      'Chủ trì:',
      'I. DIỄN BIẾN CUỘC HỌP',
      'II. KẾT LUẬN',
      ...BT_DIRECTIVE_TEXTS.map((d, i) => `${i + 1}. ${d.slice(0, 30)}`),
      'Buổi họp mặt kết thúc vào 16 giờ 30',
      'THƯ KÝ',
      'CHỦ TỌA',
      'Nơi nhận:',
      '- Lưu: VT, BDV.',
    ];
    let last = -1;
    for (const piece of order) {
      const at = html.indexOf(piece);
      expect(at, piece).toBeGreaterThan(last);
      last = at;
    }
    expect(html).toContain('<div class="rule" style="width:159.5pt"></div>'); // motto rule, 3190 twips
  });

  it('prints the Party format and the report the same way', () => {
    const notice = noticePrintHtml(buildMeetingView(huyenUyInput(), 'notice'));
    expect(notice).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(notice).toContain('Số 127-TB/HU');
    expect(notice).toContain('>*</p>');
    expect(notice).not.toContain('Độc lập');
    expect(notice).toContain('T/L BAN THƯỜNG VỤ');
    const report = reportPrintHtml(buildReportView(sampleReportInput()));
    expect(report).toContain('<thead>');
    expect(report).toContain('Tổng cộng');
    expect((report.match(/<table class="data"/g) ?? []).length).toBe(4);
    expect(report).not.toMatch(/undefined|null|NaN/);
  });
});
