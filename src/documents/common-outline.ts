/**
 * Blocks shared by every document: the header, the issuer's signature, the recipients, numbered sections and
 * body paragraphs.
 */
import { t, type MessageKey } from '../i18n/index.js';
import { numberLine, paragraphsOf, placeDateLine, sectionHeading, upperVi } from './format.js';
import type { LayoutProfile } from './profiles/index.js';
import type { HeaderBlock, ParagraphBlock, RecipientsSpec, SectionBlock, SignatureSpec, TextRunSpec } from './outline.js';
import type { IssuerView, PersonLine } from './view-model.js';

/** The two-column header; `dated` is false for formats without a place and date line (minutes). */
export function headerBlock(
  profile: LayoutProfile,
  issuer: IssuerView,
  documentNumber: number | null,
  abbrKey: MessageKey,
  dated: { issuedOn: string } | null,
): HeaderBlock {
  return {
    type: 'header',
    superiorBody: issuer.superiorBody.map(upperVi),
    issuingBody: issuer.issuingBody.map(upperVi),
    numberLine: numberLine(profile, documentNumber, issuer.symbol, t(abbrKey)),
    placeDate: dated ? placeDateLine(issuer.place, dated.issuedOn) : null,
  };
}

/** The issuer's signature: "TM. BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / name; null when nothing is known. */
export function issuerSignature(profile: LayoutProfile, issuer: IssuerView): SignatureSpec | null {
  const titles = issuer.signer.titleLines.map(upperVi);
  const prefix = profile.authorityPrefix[issuer.signer.authority];
  const [first, ...rest] = titles;
  const heading = first === undefined ? [] : [prefix === '' ? first : `${prefix} ${first}`, ...rest];
  if (heading.length === 0 && issuer.signer.name === '') return null;
  return { heading, name: issuer.signer.name };
}

/** "Nơi nhận" lines: "- X;" each, the last one "- Lưu: VT." (or "- X." when there is no archive note). */
export function recipientsSpec(issuer: IssuerView): RecipientsSpec | null {
  const items = [...issuer.recipients];
  if (issuer.archive !== '') items.push(t('doc.recipients.archive', { archive: issuer.archive }));
  if (items.length === 0) return null;
  return { lines: items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`) };
}

/** Gives sections their numbers in the order they are added, so a left-out section leaves no gap. */
export function sectionCounter(profile: LayoutProfile): (text: string) => SectionBlock {
  let next = 1;
  return (text) => ({ type: 'section', text: sectionHeading(profile, next++, text) });
}

/** A justified body paragraph with first-line indent. */
export function bodyParagraph(runs: readonly TextRunSpec[], keepNext = false): ParagraphBlock {
  return { type: 'paragraph', style: 'body', runs, keepNext };
}

/** "Label: value" with the label bold; null when the value is empty, so no empty label is printed. */
export function fieldParagraph(label: string, value: string): ParagraphBlock | null {
  if (value.trim() === '') return null;
  return bodyParagraph([{ text: label, bold: true }, { text: ` ${value}` }]);
}

/** A numbered item: "3. first paragraph", then its further paragraphs as they were written. */
export function numberedParagraphs(number: string, text: string, tail: readonly TextRunSpec[] = []): ParagraphBlock[] {
  const paragraphs = paragraphsOf(text);
  const blocks = paragraphs.map((p, i) => bodyParagraph(i === 0 ? [{ text: `${number}. ${p}` }] : [{ text: p }]));
  if (blocks.length === 0) blocks.push(bodyParagraph([{ text: `${number}.` }]));
  const last = blocks[blocks.length - 1];
  if (tail.length > 0 && last) blocks[blocks.length - 1] = { ...last, runs: [...last.runs, ...tail] };
  return blocks;
}

/** "Lê Văn Gặp, Trưởng ban Dân vận Tỉnh ủy, Ban Dân vận Tỉnh ủy"; the unit is left out when the title names it. */
export function personPhrase(person: PersonLine): string {
  const parts = [person.name];
  if (person.title !== '') parts.push(person.title);
  if (person.unit !== '' && !person.title.toLocaleLowerCase('vi-VN').includes(person.unit.toLocaleLowerCase('vi-VN'))) {
    parts.push(person.unit);
  }
  return parts.join(', ');
}
