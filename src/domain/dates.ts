/**
 * Calendar dates as local 'YYYY-MM-DD' strings and times as 'HH:mm'.
 *
 * Why strings: a meeting date is a calendar day, not an instant. `new Date('2017-02-02')` is UTC midnight and
 * shows the previous day west of Greenwich; ISO strings also compare correctly with < and >.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

export type IsoDate = string;
export type ClockTime = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2017-02-31). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && dayjs(value, 'YYYY-MM-DD', true).isValid();
}

/** True for 'HH:mm' on a 24-hour clock. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Today's local date. `now` is passed in by callers that need a fixed clock. */
export function todayIso(now: Date = new Date()): IsoDate {
  return dayjs(now).format('YYYY-MM-DD');
}

/** 'YYYY-MM-DD' to 'dd/mm/yyyy', the form Vietnamese readers expect on screen. */
export function formatViDate(iso: IsoDate): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

export type DateParseResult = { ok: true; date: IsoDate } | { ok: false; reason: 'empty' | 'format' | 'no-such-day' };

/**
 * Parses what a person types: '2/2/2017', '02/02/2017', '02-02-2017', '02.02.2017'.
 * Tells apart a malformed entry from a day that does not exist (31/02), so the message can say which.
 */
export function parseViDate(input: string): DateParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return { ok: false, reason: 'format' };
  const iso = `${m[3]}-${pad2(month)}-${pad2(day)}`;
  return isIsoDate(iso) ? { ok: true, date: iso } : { ok: false, reason: 'no-such-day' };
}

/** Adds whole days to a calendar date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return dayjs(iso, 'YYYY-MM-DD', true).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs(to, 'YYYY-MM-DD', true).diff(dayjs(from, 'YYYY-MM-DD', true), 'day');
}

/** Last day of a month, month 1-12. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return dayjs(`${year}-${pad2(month)}-01`, 'YYYY-MM-DD', true).endOf('month').format('YYYY-MM-DD');
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
