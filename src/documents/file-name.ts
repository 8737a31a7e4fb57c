/**
 * File names of exported documents: "Bien ban - Hop mat dau xuan 2017 - 02-02-2017.docx".
 *
 * Why without diacritics: Windows itself takes Unicode names, but names pass through e-mail, zip tools and
 * USB sticks formatted on old systems that mangle them; the letters are kept readable by folding them.
 */
import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { cleanLineText } from '../text/clean.js';
import type { DocumentKind } from './settings.js';

const FILE_WORD = { minutes: 'doc.minutes.fileWord', notice: 'doc.notice.fileWord', report: 'doc.report.fileWord' } as const;
// Characters Windows refuses in a file name, plus the control characters it also refuses.
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_TOPIC = 80;
const MAX_NAME = 150;

/** Folds Vietnamese letters to ASCII: "Đinh Dậu" → "Dinh Dau". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\u0020-\u007e]/g, '');
}

/** Makes any text safe as (part of) a Windows file name: no illegal characters, single spaces, no trailing dots. */
export function safeFileNamePart(text: string, max: number): string {
  const cleaned = asciiFold(cleanLineText(text)).replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
  const cut = cleaned.length > max ? cleaned.slice(0, max).replace(/\s+\S*$/, '') || cleaned.slice(0, max) : cleaned;
  return cut.replace(/[. ]+$/, '');
}

/** "dd-mm-yyyy" of an ISO date, or empty: the date part of exported file names. */
export function fileDate(iso: IsoDate): string {
  return isIsoDate(iso) ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '';
}

/** The file name of a document: type, topic, date and extension, safe on Windows and short enough. */
export function documentFileName(kind: DocumentKind, topic: string, date: IsoDate, extension: 'docx' | 'pdf' | 'html'): string {
  const parts = [safeFileNamePart(t(FILE_WORD[kind]), 40), safeFileNamePart(topic, MAX_TOPIC), fileDate(date)].filter((p) => p !== '');
  const stem = parts.join(' - ').slice(0, MAX_NAME).replace(/[ .-]+$/, '');
  return `${stem}.${extension}`;
}
