/**
 * The two-column header table and the title block, drawn as Decree 30/2020 (State) or Guidance 36-HD/VPTW
 * (Party) places them.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { t } from '../i18n/index.js';
import { shortRuleLength } from './format.js';
import { ruleParagraph, tightParagraph } from './docx-parts.js';
import { textWidth, type LayoutProfile } from './profiles/index.js';
import type { HeaderBlock, TitleBlock } from './outline.js';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
export const NO_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;

/** Left column: superior body, issuing body (bold) with its rule or asterisk, number line. */
function leftColumn(profile: LayoutProfile, block: HeaderBlock): Paragraph[] {
  const size = profile.size;
  const room = profile.header.leftWidth;
  const out = block.superiorBody.map((line) => tightParagraph(profile, line, { size: size.superiorBody }, 'center'));
  out.push(...block.issuingBody.map((line) => tightParagraph(profile, line, { size: size.issuingBody, bold: true }, 'center')));
  if (block.issuingBody.length > 0) {
    if (profile.header.issuingMark === 'asterisk') {
      out.push(tightParagraph(profile, t('doc.party.asterisk'), { size: size.asterisk }, 'center'));
    } else {
      out.push(ruleParagraph(profile, shortRuleLength(profile, block.issuingBody, size.issuingBody, true, room), room));
    }
  }
  out.push(tightParagraph(profile, block.numberLine, { size: size.numberLine }, 'center', { before: out.length > 0 ? 120 : 0 }));
  return out;
}

/** Right column: national name and motto with its rule (State) or the Party's name with its rule; place and date. */
function rightColumn(profile: LayoutProfile, block: HeaderBlock): Paragraph[] {
  const size = profile.size;
  const room = profile.header.rightWidth;
  const out = [tightParagraph(profile, t(profile.header.topRightNameKey), { size: size.topRightName, bold: true }, 'center')];
  if (profile.header.mottoKey) out.push(tightParagraph(profile, t(profile.header.mottoKey), { size: size.motto, bold: true }, 'center'));
  out.push(ruleParagraph(profile, profile.rules.topRightRule, room));
  if (block.placeDate !== null && block.placeDate !== '') {
    out.push(tightParagraph(profile, block.placeDate, { size: size.placeDate, italic: true }, 'center', { before: 200 }));
  }
  return out;
}

/** The header as a borderless two-column table with the profile's column widths. */
export function headerTable(profile: LayoutProfile, block: HeaderBlock): Table {
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: NO_CELL_MARGINS, verticalAlign: VerticalAlign.TOP });
  return new Table({
    width: { size: textWidth(profile), type: WidthType.DXA },
    columnWidths: [profile.header.leftWidth, profile.header.rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(leftColumn(profile, block), profile.header.leftWidth), cell(rightColumn(profile, block), profile.header.rightWidth)],
      }),
    ],
  });
}

/** "BIÊN BẢN" / summary line(s), bold and centred, with the short rule under the summary. */
export function titleParagraphs(profile: LayoutProfile, block: TitleBlock): Paragraph[] {
  const size = profile.size;
  const out = [tightParagraph(profile, block.typeName, { size: size.typeName, bold: true }, 'center', { before: 480 })];
  out.push(...block.summary.map((line) => tightParagraph(profile, line, { size: size.summary, bold: true }, 'center')));
  const room = textWidth(profile);
  const rule = shortRuleLength(profile, block.summary.length > 0 ? block.summary : [block.typeName], size.summary, false, room);
  out.push(ruleParagraph(profile, rule, room, block.note === '' ? 240 : 60));
  if (block.note !== '') out.push(tightParagraph(profile, block.note, { size: size.body, italic: true }, 'center', { after: 240 }));
  return out;
}
