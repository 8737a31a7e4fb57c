/**
 * The print view: the same outline as the Word file, as one complete, script-free HTML page laid out for A4
 * with the same margins, fonts and blocks. Electron prints it to PDF. All text is escaped.
 */
import { t } from '../i18n/index.js';
import { paragraphsOf, shortRuleLength } from './format.js';
import { textWidth, type LayoutProfile } from './profiles/index.js';
import type { Block, DocumentOutline, HeaderBlock, RecipientsSpec, SignatureSpec, SignaturesBlock, TableBlock, TitleBlock, TextRunSpec } from './outline.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const pt = (twips: number): string => `${twips / 20}pt`;
const size = (halfPoints: number): string => `${halfPoints / 2}pt`;

function line(text: string, cls: string, halfPoints: number): string {
  return `<p class="${cls}" style="font-size:${size(halfPoints)}">${escapeHtml(text)}</p>`;
}

function rule(length: number, room: number): string {
  return `<div class="rule" style="width:${pt(Math.min(length, room))}"></div>`;
}

function header(p: LayoutProfile, b: HeaderBlock): string {
  const s = p.size;
  const left = [
    ...b.superiorBody.map((l) => line(l, 'c', s.superiorBody)),
    ...b.issuingBody.map((l) => line(l, 'c b', s.issuingBody)),
  ];
  if (b.issuingBody.length > 0) {
    left.push(
      p.header.issuingMark === 'asterisk'
        ? line(t('doc.party.asterisk'), 'c', s.asterisk)
        : rule(shortRuleLength(p, b.issuingBody, s.issuingBody, true, p.header.leftWidth), p.header.leftWidth),
    );
  }
  left.push(`<p class="c number" style="font-size:${size(s.numberLine)}">${escapeHtml(b.numberLine)}</p>`);
  const right = [line(t(p.header.topRightNameKey), 'c b', s.topRightName)];
  if (p.header.mottoKey) right.push(line(t(p.header.mottoKey), 'c b', s.motto));
  right.push(rule(p.rules.topRightRule, p.header.rightWidth));
  if (b.placeDate) right.push(`<p class="c i date" style="font-size:${size(s.placeDate)}">${escapeHtml(b.placeDate)}</p>`);
  return `<table class="header"><tr><td style="width:${pt(p.header.leftWidth)}">${left.join('')}</td><td style="width:${pt(p.header.rightWidth)}">${right.join('')}</td></tr></table>`;
}

function title(p: LayoutProfile, b: TitleBlock): string {
  const room = textWidth(p);
  const length = shortRuleLength(p, b.summary.length > 0 ? b.summary : [b.typeName], p.size.summary, false, room);
  return [
    `<p class="c b type" style="font-size:${size(p.size.typeName)}">${escapeHtml(b.typeName)}</p>`,
    ...b.summary.map((l) => line(l, 'c b', p.size.summary)),
    rule(length, room),
    b.note === '' ? '' : line(b.note, 'c i note', p.size.body),
  ].join('');
}

function runsHtml(runs: readonly TextRunSpec[]): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      const bold = r.bold ? `<b>${text}</b>` : text;
      return r.italic ? `<i>${bold}</i>` : bold;
    })
    .join('');
}

function signature(p: LayoutProfile, sig: SignatureSpec | null): string {
  if (!sig) return '';
  const heading = sig.heading.map((l) => line(l, 'c b', p.size.signatureTitle)).join('');
  const name = sig.name === '' ? '' : line(sig.name, 'c b', p.size.signatureName);
  return `${heading}<div class="sign-space" style="height:${p.signatureSpaceLines * 1.15 * (p.size.body / 2)}pt"></div>${name}`;
}

function recipients(p: LayoutProfile, r: RecipientsSpec): string {
  return `<div class="recipients"><p class="b i" style="font-size:${size(p.size.recipientsLabel)}">${escapeHtml(t('doc.recipients.label'))}</p>${r.lines
    .map((l) => line(l, '', p.size.recipientsList))
    .join('')}</div>`;
}

function signatures(p: LayoutProfile, b: SignaturesBlock): string {
  const left = b.left === null ? '' : b.left.kind === 'signature' ? signature(p, b.left.signature) : recipients(p, b.left.recipients);
  return `<table class="signatures"><tr><td style="width:${pt(p.header.leftWidth)}">${left}</td><td style="width:${pt(p.header.rightWidth)}">${signature(p, b.right)}</td></tr></table>`;
}

function table(p: LayoutProfile, b: TableBlock): string {
  const cell = (tag: 'th' | 'td', text: string, align: string): string =>
    `<${tag} style="text-align:${align}">${paragraphsOf(text).map(escapeHtml).join('<br>')}</${tag}>`;
  const head = b.columns.map((c) => cell('th', c.title, 'center')).join('');
  const body = b.rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, b.columns[i]?.align ?? 'left')).join('')}</tr>`).join('');
  const total = b.totalRow ? `<tr class="total">${b.totalRow.map((text, i) => cell('td', text, b.columns[i]?.align ?? 'left')).join('')}</tr>` : '';
  const cols = b.columns.map((c) => `<col style="width:${pt(c.width)}">`).join('');
  return `<table class="data" style="font-size:${size(p.size.table)}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}${total}</tbody></table>`;
}

function block(p: LayoutProfile, b: Block): string {
  switch (b.type) {
    case 'header':
      return header(p, b);
    case 'title':
      return title(p, b);
    case 'section':
      return `<p class="body b keep">${escapeHtml(b.text)}</p>`;
    case 'paragraph':
      return `<p class="${b.style === 'body' ? 'body' : 'c'}${b.keepNext ? ' keep' : ''}">${runsHtml(b.runs)}</p>`;
    case 'signatures':
      return signatures(p, b);
    case 'recipients':
      return recipients(p, b.recipients);
    case 'table':
      return table(p, b);
  }
}

function styles(p: LayoutProfile): string {
  const m = p.page.margin;
  const font = `"${p.font}", "Liberation Serif", serif`;
  return [
    `@page { size: A4; margin: ${pt(m.top)} ${pt(m.right)} ${pt(m.bottom)} ${pt(m.left)};`,
    `  @top-center { content: counter(page); font-family: ${font}; font-size: ${size(p.size.pageNumber)}; } }`,
    '@page :first { @top-center { content: none; } }',
    `html, body { margin: 0; padding: 0; color: #000; background: #fff; font-family: ${font}; font-size: ${size(p.size.body)}; }`,
    `body { width: ${pt(textWidth(p))}; }`,
    'p { margin: 0; }',
    `p.body { text-align: justify; text-indent: ${pt(p.body.firstLineIndent)}; margin: ${pt(p.body.spacingBefore)} 0 ${pt(p.body.spacingAfter)}; line-height: ${p.body.line / 240}; }`,
    '.c { text-align: center; } .b { font-weight: bold; } .i { font-style: italic; }',
    '.keep { break-after: avoid; }',
    `.rule { border-top: ${p.rules.thickness / 8}pt solid #000; height: 0; margin: 1pt auto 0; }`,
    'p.number { margin-top: 6pt; } p.date { margin-top: 10pt; } p.type { margin-top: 24pt; } p.note { margin-bottom: 12pt; }',
    'table.header, table.signatures { width: 100%; border-collapse: collapse; table-layout: fixed; }',
    'table.header td, table.signatures td { vertical-align: top; padding: 0; }',
    'table.signatures { margin-top: 12pt; break-inside: avoid; }',
    '.recipients { margin-top: 12pt; break-inside: avoid; }',
    'table.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 12pt; }',
    'table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }',
    'table.data thead { display: table-header-group; } table.data tr { break-inside: avoid; }',
    'table.data tr.total td { font-weight: bold; }',
  ].join('\n');
}

/** The complete HTML page of an outline, ready to print to PDF. */
export function renderPrintHtml(outline: DocumentOutline): string {
  const p = outline.profile;
  const body = outline.blocks.map((b) => block(p, b)).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(outline.title)}</title>`,
    `<style>\n${styles(p)}\n</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
  ].join('\n');
}
