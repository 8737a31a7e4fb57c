/**
 * docx drawing of the body blocks: sections, paragraphs, signatures side by side, recipients and tables.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TextRun, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { t } from '../i18n/index.js';
import { paragraphsOf } from './format.js';
import { bodyDocxParagraph, run, runs, tightParagraph } from './docx-parts.js';
import { NO_BORDERS, NO_CELL_MARGINS } from './docx-header.js';
import { textWidth, type LayoutProfile } from './profiles/index.js';
import type { ParagraphBlock, RecipientsSpec, SectionBlock, SignatureSpec, SignaturesBlock, TableBlock } from './outline.js';

/** "I. NỘI DUNG": bold, kept with what follows. */
export function sectionParagraph(profile: LayoutProfile, block: SectionBlock): Paragraph {
  return bodyDocxParagraph(profile, [run(profile, block.text, { size: profile.size.body, bold: true })], true);
}

/** A body or centred paragraph. */
export function bodyBlockParagraph(profile: LayoutProfile, block: ParagraphBlock): Paragraph {
  const children = runs(profile, block.runs, profile.size.body);
  if (block.style === 'body') return bodyDocxParagraph(profile, children, block.keepNext ?? false);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: profile.body.spacingBefore, after: profile.body.spacingAfter, line: profile.body.line },
    keepNext: block.keepNext ?? false,
    children,
  });
}

/** Title lines in capitals and bold, room for the signature, then the name in bold. */
export function signatureParagraphs(profile: LayoutProfile, signature: SignatureSpec): Paragraph[] {
  const size = profile.size;
  const out = signature.heading.map((line) => tightParagraph(profile, line, { size: size.signatureTitle, bold: true }, 'center'));
  for (let i = 0; i < profile.signatureSpaceLines; i += 1) out.push(tightParagraph(profile, '', { size: size.body }, 'center'));
  if (signature.name !== '') out.push(tightParagraph(profile, signature.name, { size: size.signatureName, bold: true }, 'center'));
  return out;
}

/** "Nơi nhận:" in bold italics and its lines in the smaller size, left aligned. */
export function recipientsParagraphs(profile: LayoutProfile, recipients: RecipientsSpec, before = 0): Paragraph[] {
  const size = profile.size;
  return [
    tightParagraph(profile, t('doc.recipients.label'), { size: size.recipientsLabel, bold: true, italic: true }, 'left', { before }),
    ...recipients.lines.map((line) => tightParagraph(profile, line, { size: size.recipientsList }, 'left')),
  ];
}

/** The closing row as a borderless two-column table that is not split across pages. */
export function signaturesTable(profile: LayoutProfile, block: SignaturesBlock): Table {
  const left =
    block.left === null
      ? [new Paragraph({ children: [] })]
      : block.left.kind === 'signature'
        ? signatureParagraphs(profile, block.left.signature)
        : recipientsParagraphs(profile, block.left.recipients);
  const right = block.right ? signatureParagraphs(profile, block.right) : [new Paragraph({ children: [] })];
  const widths = [profile.header.leftWidth, profile.header.rightWidth] as const;
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: NO_CELL_MARGINS });
  return new Table({
    width: { size: textWidth(profile), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

/** Paragraph styles of table text, one per alignment; defined in the document's styles by renderDocx. */
export const TABLE_STYLE = { left: 'TableText', center: 'TableTextCenter', justify: 'TableTextJustify' } as const;

/**
 * A bordered table with a bold header row repeated on every page. Why cells take their font, size and language
 * from a paragraph style (which names Times New Roman in all four slots and vi-VN) instead of repeating them on
 * every run: a report of 2,000 directives has 12,000 cells, and per-run properties doubled its XML and its
 * export time.
 */
export function dataTable(profile: LayoutProfile, block: TableBlock): Table {
  const line = { style: BorderStyle.SINGLE, size: profile.table.borderSize, color: '000000' } as const;
  const margin = profile.table.cellMargin;
  const cell = (text: string, col: number, bold: boolean, header: boolean): TableCell => {
    const style = TABLE_STYLE[header ? 'center' : (block.columns[col]?.align ?? 'left')];
    const paragraphs = paragraphsOf(text);
    return new TableCell({
      children: (paragraphs.length > 0 ? paragraphs : ['']).map(
        (p) => new Paragraph({ style, children: [new TextRun(bold ? { text: p, bold: true } : p)] }),
      ),
    });
  };
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.title, i, true, true)) }),
    ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false, false)) })),
  ];
  if (block.totalRow) {
    rows.push(new TableRow({ cantSplit: true, children: block.totalRow.map((text, i) => cell(text, i, true, false)) }));
  }
  return new Table({
    width: { size: textWidth(profile), type: WidthType.DXA },
    columnWidths: block.columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: margin, right: margin },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
}
