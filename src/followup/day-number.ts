/**
 * Calendar arithmetic without a date library, for hot loops (overview lists, reminders). 'YYYY-MM-DD' strings
 * are turned into a count of days since 1970-01-01 with integer maths only (no Date, no time zone).
 */
import type { IsoDate } from '../domain/dates.js';

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (proleptic Gregorian calendar). */
export function dayNumber(iso: IsoDate): number {
  const y0 = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  // Shift the year to start in March so the leap day is the last day of the shifted year.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The 'YYYY-MM-DD' date of a day number (inverse of dayNumber). */
export function isoFromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); same result as dates.daysBetween. */
export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Adds whole days to a date; same result as dates.addDays. */
export function plusDays(iso: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + days);
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}
