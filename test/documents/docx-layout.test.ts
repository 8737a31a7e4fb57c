/**
 * The Word files carry every layout number of their profile: read back from word/document.xml, styles.xml,
 * settings.xml and the headers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument, buildNoticeDocument, buildReportDocument } from '../../src/documents/builders.js';
import { buildMeetingView } from '../../src/documents/meeting-view.js';
import { packDocument } from '../../src/documents/pack.js';
import { PARTY_PROFILE, STATE_PROFILE, type LayoutProfile } from '../../src/documents/profiles/index.js';
import { buildReportView } from '../../src/documents/report-view.js';
import { attr, elements, isBold, isItalic, paragraphWith, paragraphs, runSize, tables, unzipDocx, type DocxParts, type Para } from './helpers/docx-xml.js';
import { benTreInput, huyenUyInput } from './fixtures/samples.js';
import { sampleReportInput } from './fixtures/report.js';

interface Case {
  readonly profile: LayoutProfile;
  readonly minutes: DocxParts;
  readonly notice: DocxParts;
  readonly report: DocxParts;
}

const cases: Record<'state' | 'party', Case> = {} as Record<'state' | 'party', Case>;

beforeAll(async () => {
  const make = async (input: ReturnType<typeof benTreInput>, profile: LayoutProfile): Promise<Case> => {
    const reportInput = { ...sampleReportInput(), settings: input.settings };
    return {
      profile,
      minutes: unzipDocx(await packDocument(buildMinutesDocument(buildMeetingView(input, 'minutes')))),
      notice: unzipDocx(await packDocument(buildNoticeDocument(buildMeetingView(input, 'notice')))),
      report: unzipDocx(await packDocument(buildReportDocument(buildReportView(reportInput)))),
    };
  };
  cases.state = await make(benTreInput(), STATE_PROFILE);
  cases.party = await make(huyenUyInput(), PARTY_PROFILE);
});

/** The top border of a rule paragraph and its drawn length inside `room`. */
function ruleOf(p: Para, room: number): { size: number; length: number } {
  expect(p.text).toBe('');
  const top = /<w:pBdr>\s*<w:top ([^>]*)\/>/.exec(p.pPr)?.[1] ?? '';
  expect(top).toContain('w:val="single"');
  const left = Number(attr(p.pPr, 'w:ind', 'w:left') ?? 0);
  const right = Number(attr(p.pPr, 'w:ind', 'w:right') ?? 0);
  return { size: Number(/w:sz="(\d+)"/.exec(top)?.[1]), length: room - left - right };
}

/** The paragraph right after the first one containing `text`. */
function after(xml: string, text: string): Para {
  const all = paragraphs(xml);
  const i = all.findIndex((p) => p.text.includes(text));
  const next = all[i + 1];
  if (i < 0 || !next) throw new Error(`nothing after "${text}"`);
  return next;
}

describe.each(['state', 'party'] as const)('%s profile', (id) => {
  const docs = (c: Case) => [c.minutes, c.notice, c.report];

  it('is A4 portrait with the profile margins, header distance and a first page without number', () => {
    const c = cases[id];
    for (const doc of docs(c)) {
      const pgSz = elements(doc.document, 'w:pgSz')[0] ?? '';
      expect(attr(pgSz, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(pgSz, 'w:pgSz', 'w:h')).toBe('16838');
      expect(attr(pgSz, 'w:pgSz', 'w:orient')).toBe('portrait');
      const mar = elements(doc.document, 'w:pgMar')[0] ?? '';
      expect(attr(mar, 'w:pgMar', 'w:top')).toBe('1134');
      expect(attr(mar, 'w:pgMar', 'w:bottom')).toBe('1134');
      expect(attr(mar, 'w:pgMar', 'w:left')).toBe('1701');
      expect(attr(mar, 'w:pgMar', 'w:right')).toBe('851');
      expect(attr(mar, 'w:pgMar', 'w:header')).toBe('567');
      expect(doc.document).toMatch(/<w:sectPr>[\s\S]*<w:titlePg\/>[\s\S]*<\/w:sectPr>/);
      expect(doc.settings).not.toMatch(/<w:evenAndOddHeaders(?! w:val="false")/);
    }
  });

  it('numbers pages from page 2: a centred PAGE field in the default header, an empty first-page header', () => {
    const c = cases[id];
    for (const doc of docs(c)) {
      const rels = doc.files['word/_rels/document.xml.rels'] ?? '';
      const target = (type: string): string => {
        const rid = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc.document)?.[1];
        const file = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
        return doc.files[`word/${file}`] ?? '';
      };
      const main = target('default');
      expect(main).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      const p = paragraphs(main)[0];
      expect(attr(p?.pPr ?? '', 'w:jc', 'w:val')).toBe('center');
      expect(main).toContain(`<w:sz w:val="${c.profile.size.pageNumber}"/>`);
      const first = target('first');
      expect(first).toContain('<w:hdr');
      expect(first).not.toContain('PAGE');
      expect(first).not.toMatch(/<w:t[ >]/);
    }
  });

  it('sets Times New Roman in all four font slots and vi-VN on every run and in the default style', () => {
    const c = cases[id];
    for (const doc of docs(c)) {
      const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(doc.styles)?.[1] ?? '';
      for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(defaults, 'w:rFonts', slot)).toBe('Times New Roman');
      expect(attr(defaults, 'w:lang', 'w:val')).toBe('vi-VN');
      expect(attr(defaults, 'w:sz', 'w:val')).toBe(String(c.profile.size.body));
      // Runs carry the font and language themselves, except in data tables, whose paragraph style carries them.
      const tableStyles = new Set<string>();
      for (const m of doc.styles.matchAll(/<w:style w:type="paragraph" w:styleId="(TableText\w*)">([\s\S]*?)<\/w:style>/g)) {
        const style = m[2] ?? '';
        for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(style, 'w:rFonts', slot)).toBe('Times New Roman');
        expect(attr(style, 'w:lang', 'w:val')).toBe('vi-VN');
        expect(attr(style, 'w:sz', 'w:val')).toBe(String(c.profile.size.table));
        tableStyles.add(m[1] ?? '');
      }
      expect([...tableStyles].sort()).toEqual(['TableText', 'TableTextCenter', 'TableTextJustify']);
      let explicit = 0;
      for (const p of paragraphs(doc.document)) {
        const style = attr(p.pPr, 'w:pStyle', 'w:val');
        for (const r of p.runs) {
          if (style !== undefined && tableStyles.has(style)) {
            expect(r.rPr).not.toContain('w:rFonts');
            continue;
          }
          const fonts = elements(r.rPr, 'w:rFonts')[0] ?? '';
          for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(fonts, 'w:rFonts', slot)).toBe('Times New Roman');
          expect(r.rPr).toContain('<w:lang w:val="vi-VN"/>');
          explicit += 1;
        }
      }
      expect(explicit).toBeGreaterThan(20);
    }
  });

  it('draws the header table with the profile column widths, no borders, sizes and weights per the rules', () => {
    const c = cases[id];
    const p = c.profile;
    for (const doc of docs(c)) {
      const header = tables(doc.document)[0] ?? '';
      expect(elements(header, 'w:gridCol').map((g) => attr(g, 'w:gridCol', 'w:w'))).toEqual([String(p.header.leftWidth), String(p.header.rightWidth)]);
      expect(p.header.leftWidth + p.header.rightWidth).toBe(11906 - 1701 - 851);
      expect(header).toMatch(/<w:tblBorders>(\s*<w:\w+ w:val="none"[^>]*\/>)+\s*<\/w:tblBorders>/);
      const issuing = paragraphWith(header, id === 'state' ? 'BAN DÂN VẬN' : 'HUYỆN ỦY');
      expect(isBold(issuing.runs[0]!)).toBe(true);
      expect(runSize(issuing.runs[0]!)).toBe(p.size.issuingBody);
      expect(attr(issuing.pPr, 'w:jc', 'w:val')).toBe('center');
      const topRight = paragraphWith(header, id === 'state' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(isBold(topRight.runs[0]!)).toBe(true);
      expect(runSize(topRight.runs[0]!)).toBe(id === 'state' ? 24 : 30);
    }
  });

  it('places the issuing-body mark, the number line and the top-right rule', () => {
    const c = cases[id];
    const p = c.profile;
    const header = tables(c.notice.document)[0] ?? '';
    if (id === 'state') {
      const superior = paragraphWith(header, 'TỈNH ỦY BẾN TRE');
      expect(isBold(superior.runs[0]!)).toBe(false);
      expect(runSize(superior.runs[0]!)).toBe(26);
      const issuingRule = ruleOf(after(header, 'BAN DÂN VẬN'), p.header.leftWidth);
      const textWidth = 'BAN DÂN VẬN'.length * p.rules.capsEmPerChar * 260;
      expect(issuingRule.length).toBeGreaterThanOrEqual(Math.min(p.rules.minShortRule, textWidth / 3));
      expect(issuingRule.length).toBeLessThanOrEqual(Math.max(p.rules.minShortRule, textWidth / 2) + 2);
      expect(issuingRule.size).toBe(6);
      expect(paragraphWith(header, 'Số:').text).toBe('Số: 05/TB-BDVTU');
      const motto = paragraphWith(header, 'Độc lập - Tự do - Hạnh phúc');
      expect(isBold(motto.runs[0]!)).toBe(true);
      expect(runSize(motto.runs[0]!)).toBe(26);
      // The rule under the motto is as long as the motto (about 3183 twips at 13 pt bold).
      expect(Math.abs(ruleOf(after(header, 'Độc lập'), p.header.rightWidth).length - 3190)).toBeLessThanOrEqual(1);
      expect(header).not.toContain('>*<');
    } else {
      expect(after(header, 'HUYỆN ỦY').text).toBe('*');
      expect(paragraphWith(header, 'Số').text).toBe('Số 127-TB/HU');
      expect(header).not.toContain('Độc lập');
      expect(Math.abs(ruleOf(after(header, 'ĐẢNG CỘNG SẢN VIỆT NAM'), p.header.rightWidth).length - 4140)).toBeLessThanOrEqual(1);
    }
    const date = paragraphWith(header, id === 'state' ? 'Bến Tre, ngày 06 tháng 02 năm 2017' : 'Ngày 10 tháng 5 năm 2024');
    expect(isItalic(date.runs[0]!)).toBe(true);
    expect(runSize(date.runs[0]!)).toBe(28);
  });

  it('has no place and date line in the minutes header', () => {
    const header = tables(cases[id].minutes.document)[0] ?? '';
    expect(header).not.toMatch(/ngày \d/i);
    expect(paragraphWith(header, 'Số').text).toBe(id === 'state' ? 'Số: 05/BB-BDVTU' : 'Số 127-BB/HU');
  });

  it('prints the type name and the summary line bold, with a short rule under the summary', () => {
    const c = cases[id];
    const typeName = paragraphWith(c.minutes.document, 'BIÊN BẢN');
    expect(isBold(typeName.runs[0]!)).toBe(true);
    expect(runSize(typeName.runs[0]!)).toBe(id === 'state' ? 28 : 32);
    const summary = paragraphWith(c.notice.document, 'Kết luận của đồng chí');
    expect(isBold(summary.runs[0]!)).toBe(true);
    expect(runSize(summary.runs[0]!)).toBe(28);
    const rule = ruleOf(after(c.notice.document, 'Kết luận của đồng chí'), 9354);
    expect(rule.length).toBeGreaterThan(1000);
    expect(rule.length).toBeLessThanOrEqual(9354 / 2);
  });

  it('justifies body paragraphs with a first-line indent, >= 6 pt spacing and the body size', () => {
    const c = cases[id];
    const body = paragraphWith(c.minutes.document, id === 'state' ? 'Phát biểu tại buổi họp mặt' : 'Từ đầu năm đến nay');
    expect(attr(body.pPr, 'w:jc', 'w:val')).toBe('both');
    expect(attr(body.pPr, 'w:ind', 'w:firstLine')).toBe('567');
    expect(Number(attr(body.pPr, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    expect(Number(attr(body.pPr, 'w:spacing', 'w:line'))).toBeGreaterThanOrEqual(240);
    expect(Number(attr(body.pPr, 'w:spacing', 'w:line'))).toBeLessThanOrEqual(360);
    expect(runSize(body.runs[0]!)).toBe(28);
    const section = paragraphWith(c.minutes.document, 'DIỄN BIẾN CUỘC HỌP');
    expect(section.text).toBe(id === 'state' ? 'I. DIỄN BIẾN CUỘC HỌP' : 'I- DIỄN BIẾN CUỘC HỌP');
    expect(isBold(section.runs[0]!)).toBe(true);
    expect(paragraphWith(c.minutes.document, 'KẾT LUẬN').text).toBe(id === 'state' ? 'II. KẾT LUẬN' : 'II- KẾT LUẬN');
  });

  it('signs the minutes side by side: note-taker left, chair right, names bold', () => {
    const c = cases[id];
    const all = tables(c.minutes.document);
    const signatures = all[all.length - 1] ?? '';
    const cells = [...signatures.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    expect(cells).toHaveLength(2);
    const [left, right] = cells as [string, string];
    expect(paragraphs(left)[0]?.text).toBe(id === 'state' ? 'THƯ KÝ' : 'NGƯỜI GHI BIÊN BẢN');
    expect(paragraphs(right)[0]?.text).toBe(id === 'state' ? 'CHỦ TỌA' : 'CHỦ TRÌ HỘI NGHỊ');
    const chairName = paragraphWith(right, id === 'state' ? 'Lê Văn Gặp' : 'Nguyễn Thị Liên');
    expect(isBold(chairName.runs[0]!)).toBe(true);
    expect(runSize(chairName.runs[0]!)).toBe(28);
    expect(isBold(paragraphs(left)[0]!.runs[0]!)).toBe(true);
    // No secretary was recorded for these meetings: the space stays, no name line is printed.
    expect(paragraphs(left).filter((p) => p.text !== '')).toHaveLength(1);
  });

  it('signs the notice once with the authority prefix, and lists recipients beside it', () => {
    const c = cases[id];
    const all = tables(c.notice.document);
    const closing = all[all.length - 1] ?? '';
    const [left, right] = [...closing.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '') as [string, string];
    const heading = paragraphs(right).filter((p) => p.text !== '').map((p) => p.text);
    expect(heading).toEqual(id === 'state' ? ['TM. BAN DÂN VẬN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn Bình'] : ['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', 'Trần Văn Nam']);
    for (const p of paragraphs(right).filter((x) => x.text !== '')) {
      expect(isBold(p.runs[0]!)).toBe(true);
      expect(runSize(p.runs[0]!)).toBe(28);
    }
    const label = paragraphWith(left, 'Nơi nhận:');
    expect(isBold(label.runs[0]!) && isItalic(label.runs[0]!)).toBe(true);
    expect(runSize(label.runs[0]!)).toBe(24);
    const lines = paragraphs(left).slice(1).map((p) => p.text);
    expect(lines[lines.length - 1]).toBe(id === 'state' ? '- Lưu: VT, BDV.' : '- Lưu: Văn phòng Huyện ủy.');
    expect(lines.slice(0, -1).every((l) => l.startsWith('- ') && l.endsWith(';'))).toBe(true);
    expect(runSize(paragraphWith(left, 'Lưu').runs[0]!)).toBe(22);
  });

  it('draws the report tables with borders, a repeated header row and widths adding up to the text width', () => {
    const c = cases[id];
    const data = tables(c.report.document).slice(1, -1);
    expect(data.length).toBe(4); // summary + three lead-unit groups
    for (const table of data) {
      const widths = elements(table, 'w:gridCol').map((g) => Number(attr(g, 'w:gridCol', 'w:w')));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(9354);
      expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
      expect(table).toContain('<w:tblHeader/>');
      expect(attr(paragraphs(table)[0]!.pPr, 'w:pStyle', 'w:val')).toBe('TableTextCenter');
      expect(isBold(paragraphs(table)[0]!.runs[0]!)).toBe(true);
    }
    const total = paragraphWith(data[0] ?? '', 'Tổng cộng');
    expect(isBold(total.runs[0]!)).toBe(true);
  });
});

describe('date line across the month and day rules', () => {
  it.each([
    ['2020-01-05', 'Bến Tre, ngày 05 tháng 01 năm 2020'],
    ['2019-06-29', 'Bến Tre, ngày 29 tháng 6 năm 2019'],
    ['2021-02-10', 'Bến Tre, ngày 10 tháng 02 năm 2021'],
    ['2022-11-09', 'Bến Tre, ngày 09 tháng 11 năm 2022'],
  ])('issued on %s reads "%s"', async (issuedOn, line) => {
    const doc = unzipDocx(await packDocument(buildNoticeDocument(buildMeetingView({ ...benTreInput(), issuedOn }, 'notice'))));
    const p = paragraphWith(tables(doc.document)[0] ?? '', 'Bến Tre,');
    expect(p.text).toBe(line);
    expect(isItalic(p.runs[0]!)).toBe(true);
  });
});
