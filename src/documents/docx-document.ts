/**
 * Turns an outline into a docx Document: A4 section with the profile's margins, default style in Times New
 * Roman tagged vi-VN, page numbers centred in the header from page 2 on (a blank first-page header).
 */
import { AlignmentType, Document, Header, PageNumber, Paragraph, Table, TextRun, type FileChild, type IParagraphStyleOptions } from 'docx';
import { t } from '../i18n/index.js';
import { TABLE_STYLE, bodyBlockParagraph, dataTable, recipientsParagraphs, sectionParagraph, signaturesTable } from './docx-blocks.js';
import { headerTable, titleParagraphs } from './docx-header.js';
import type { LayoutProfile } from './profiles/index.js';
import type { Block, DocumentOutline } from './outline.js';

function blockChildren(profile: LayoutProfile, block: Block): FileChild[] {
  switch (block.type) {
    case 'header':
      return [headerTable(profile, block)];
    case 'title':
      return titleParagraphs(profile, block);
    case 'section':
      return [sectionParagraph(profile, block)];
    case 'paragraph':
      return [bodyBlockParagraph(profile, block)];
    case 'signatures':
      // An empty paragraph keeps the table apart from the text; kept with it, so a signature never stands
      // alone on the last page (the text before it is kept with it too).
      return [new Paragraph({ keepNext: true, children: [] }), signaturesTable(profile, block)];
    case 'recipients':
      return recipientsParagraphs(profile, block.recipients, 240);
    case 'table':
      return [dataTable(profile, block), new Paragraph({ children: [] })];
  }
}

function pageNumberHeader(profile: LayoutProfile): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: profile.font,
            size: profile.size.pageNumber,
            language: { value: profile.language },
          }),
        ],
      }),
    ],
  });
}

function tableStyles(profile: LayoutProfile): IParagraphStyleOptions[] {
  const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;
  return (Object.keys(TABLE_STYLE) as Array<keyof typeof TABLE_STYLE>).map((align) => ({
    id: TABLE_STYLE[align],
    name: TABLE_STYLE[align],
    basedOn: 'Normal',
    run: { font: profile.font, size: profile.size.table, language: { value: profile.language } },
    paragraph: { alignment: alignments[align], spacing: { before: 0, after: 0 } },
  }));
}

/** The docx Document of an outline. */
export function renderDocx(outline: DocumentOutline): Document {
  const { profile } = outline;
  const children: FileChild[] = [];
  for (const block of outline.blocks) children.push(...blockChildren(profile, block));
  // Word cannot end a cell-less body on a table; a final empty paragraph is what Word itself writes.
  if (children[children.length - 1] instanceof Table) children.push(new Paragraph({ children: [] }));
  return new Document({
    creator: t('app.name'),
    title: outline.title,
    styles: {
      default: {
        document: {
          run: { font: profile.font, size: profile.size.body, language: { value: profile.language } },
          paragraph: { spacing: { after: 0 } },
        },
      },
      paragraphStyles: tableStyles(profile),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: profile.page.width, height: profile.page.height },
            margin: { ...profile.page.margin, header: profile.page.headerDistance, footer: profile.page.footerDistance },
          },
        },
        headers: {
          default: pageNumberHeader(profile),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}
