/**
 * The overview's period: a quick choice (this month, quarter or year, or everything) or two dates typed by hand,
 * and whether it applies to the meeting date (what was assigned in the period) or the due day (what fell due).
 * Quick choices are taken around the as-of day, not the calendar's today, so looking back at 30/06/2024 with
 * "this quarter" shows quý II/2024.
 */
import { lastDayOfMonth, pad2, type IsoDate } from '../../../src/domain/dates.js';
import type { Period, PeriodBasis } from '../../../src/followup/overview.js';

export const QUICK_PERIODS = ['month', 'quarter', 'year', 'all'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number] | 'custom';

export interface PeriodChoice {
  quick: QuickPeriod;
  /** The typed ends, used when quick is 'custom' (null: open end). */
  from: IsoDate | null;
  to: IsoDate | null;
  basis: PeriodBasis;
}

export const ALL_TIME: PeriodChoice = { quick: 'all', from: null, to: null, basis: 'meeting' };

/** The first and last day of a quick period around a day; both null for 'all'. */
export function quickRange(quick: Exclude<QuickPeriod, 'custom'>, day: IsoDate): { from: IsoDate | null; to: IsoDate | null } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (quick) {
    case 'month':
      return { from: `${year}-${pad2(month)}-01`, to: lastDayOfMonth(year, month) };
    case 'quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: `${year}-${pad2(first)}-01`, to: lastDayOfMonth(year, first + 2) };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'all':
      return { from: null, to: null };
  }
}

/** The ends the choice stands for at an as-of day (what the date fields show). */
export function choiceRange(choice: PeriodChoice, asOf: IsoDate): { from: IsoDate | null; to: IsoDate | null } {
  return choice.quick === 'custom' ? { from: choice.from, to: choice.to } : quickRange(choice.quick, asOf);
}

/**
 * The period handed to buildOverview; null when nothing is left out. "All" with the due-day basis still keeps
 * only directives that have a due day, which is what "đến hạn trong kỳ" means over all time.
 */
export function periodOf(choice: PeriodChoice, asOf: IsoDate): Period | null {
  const { from, to } = choiceRange(choice, asOf);
  if (from === null && to === null && choice.basis === 'meeting') return null;
  // Ends typed the wrong way round are read as the span between them rather than an empty period.
  if (from !== null && to !== null && from > to) return { from: to, to: from, basis: choice.basis };
  return { from, to, basis: choice.basis };
}

/** The choice after one end was typed by hand: the other end stays where it was shown. */
export function withEnd(choice: PeriodChoice, asOf: IsoDate, end: 'from' | 'to', value: IsoDate | null): PeriodChoice {
  const range = choiceRange(choice, asOf);
  return { ...choice, quick: 'custom', ...range, [end]: value };
}
