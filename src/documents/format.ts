/**
 * Small pure formatting rules of official documents: the date line, times, the number line, section and
 * point numbering, and the estimated widths used to size the short rules.
 */
import { isClockTime, isIsoDate, type ClockTime, type IsoDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import type { LayoutProfile } from './profiles/index.js';

/**
 * The official date: "ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019". A leading zero only for days
 * below 10 and for months 1 and 2 (Decree 30/2020, Annex I); empty for a malformed date.
 */
export function officialDate(iso: IsoDate, capital = false): string {
  if (!isIsoDate(iso)) return '';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month <= 2 ? `0${month}` : String(month);
  return t(capital ? 'doc.date.longCapital' : 'doc.date.long', { day: dayText, month: monthText, year: String(year) });
}

/** "Bến Tre, ngày 05 tháng 01 năm 2020"; without a place the line starts with "Ngày". */
export function placeDateLine(place: string, iso: IsoDate): string {
  const date = officialDate(iso, place === '');
  if (date === '') return place;
  return place === '' ? date : `${place}, ${date}`;
}

/** "14 giờ 00" from '14:00'; empty for a missing or malformed time. */
export function clockPhrase(time: ClockTime | ''): string {
  if (!isClockTime(time)) return '';
  const [hour, minute] = time.split(':') as [string, string];
  return t('doc.time.clock', { hour: String(Number(hour)), minute });
}

/**
 * The number line: "Số: 05/BB-VP" (State) or "Số 127-TB/TU" (Party). Without a number, blank space is left for
 * the clerk, who gives the number when the document is registered. Without a symbol, the type abbreviation.
 */
export function numberLine(profile: LayoutProfile, documentNumber: number | null, symbol: string, abbr: string): string {
  const spec = profile.numberLine;
  const numberText =
    documentNumber === null || !Number.isInteger(documentNumber) || documentNumber < 1
      ? spec.blank
      : spec.leadingZero && documentNumber < 10
        ? `0${documentNumber}`
        : String(documentNumber);
  return `${t('doc.numberWord')}${spec.afterWord}${numberText}${spec.beforeSymbol}${symbol === '' ? abbr : symbol}`;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral of a positive integer (sections I, II, III ...). */
export function romanNumeral(n: number): string {
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A section heading: "I. NỘI DUNG" (State) or "I- NỘI DUNG" (Party). */
export function sectionHeading(profile: LayoutProfile, index: number, text: string): string {
  return `${romanNumeral(index)}${profile.sectionSuffix} ${text}`;
}

// The Vietnamese alphabet of points: no f, j, w, z; đ follows d.
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** Letter of the point at 0-based `index`: a, b, c, d, đ, e, g ...; past y it doubles (aa, bb ...). */
export function pointLetter(index: number): string {
  const i = Math.max(0, Math.floor(index));
  const letter = POINT_LETTERS[i % POINT_LETTERS.length] ?? 'a';
  return letter.repeat(Math.floor(i / POINT_LETTERS.length) + 1);
}

/** Capitals as printed in headers and signature titles. */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** Lower-cases the first letter, for a phrase that continues a sentence ("Thường xuyên" → "thường xuyên"). */
export function lowerFirst(text: string): string {
  return text === '' ? text : text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
}

// Common nouns that start a meeting's name; inside a sentence they read in lower case ("tại buổi làm việc").
const SENTENCE_LOWER_WORDS = new Set(['buổi', 'cuộc', 'họp', 'phiên', 'lễ']);

/** A meeting title as it reads inside a sentence. Proper names ("Hội nghị Ban Chấp hành ...") keep their capital. */
export function titleInSentence(title: string): string {
  const first = title.split(/\s+/)[0] ?? '';
  return SENTENCE_LOWER_WORDS.has(first.toLocaleLowerCase('vi-VN')) ? lowerFirst(title) : title;
}

/** Ends a sentence with one full stop, replacing a trailing comma, semicolon or colon. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd().replace(/[,;:]+$/, '');
  if (trimmed === '') return '';
  return /[.!?…)"”]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A count as Vietnamese text writes it: 2.000 (dot for thousands). */
export function formatCount(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** Non-empty lines of a multi-line text, each one a paragraph. */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Estimated printed width of a line in twips, from an average advance per character (in ems). */
export function estimateWidth(text: string, halfPoints: number, emPerChar: number): number {
  return Math.round([...text].length * emPerChar * halfPoints * 10);
}

/**
 * Length of a short rule under some lines (issuing body, summary line): a share of the widest line, as the
 * decree asks (1/3 to 1/2), never shorter than the profile's minimum nor wider than the room it has.
 */
export function shortRuleLength(
  profile: LayoutProfile,
  lines: readonly string[],
  halfPoints: number,
  capitals: boolean,
  room: number,
): number {
  const em = capitals ? profile.rules.capsEmPerChar : profile.rules.mixedEmPerChar;
  const widest = Math.min(room, Math.max(0, ...lines.map((line) => estimateWidth(line, halfPoints, em))));
  const length = Math.round(widest * profile.rules.shortRuleRatio);
  return Math.min(room, Math.max(profile.rules.minShortRule, length));
}
