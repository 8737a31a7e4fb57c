/**
 * Deadlines of directives. Official text gives a date, a quarter ("quý II/2024"), a half-year ("6 tháng đầu
 * năm"), a year ("trong năm 2017"), "thường xuyên" (ongoing, no date) or nothing.
 */
import { formatViDate, isIsoDate, type IsoDate } from './dates.js';

export type Deadline =
  | { kind: 'none' }
  | { kind: 'ongoing' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number };

export type DeadlineKind = Deadline['kind'];

export const DEADLINE_KINDS: readonly DeadlineKind[] = ['none', 'date', 'quarter', 'half', 'year', 'ongoing'];

export const NO_DEADLINE: Deadline = { kind: 'none' };

// The last day of a quarter never depends on leap years, so the due day is built without calendar calls: this
// runs for every directive whenever the register or the overview is computed.
const QUARTER_END = ['', '-03-31', '-06-30', '-09-30', '-12-31'] as const;

/** The last day by which the directive is due; null for ongoing or no deadline. */
export function dueDate(deadline: Deadline): IsoDate | null {
  switch (deadline.kind) {
    case 'date':
      return deadline.date;
    case 'quarter':
      return `${deadline.year}${QUARTER_END[deadline.quarter]}`;
    case 'half':
      return deadline.half === 1 ? `${deadline.year}-06-30` : `${deadline.year}-12-31`;
    case 'year':
      return `${deadline.year}-12-31`;
    case 'ongoing':
    case 'none':
      return null;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Roman numeral of a quarter, as written in official text ("quý III/2017"). */
export function quarterRoman(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN[quarter - 1] ?? '';
}

/** How a deadline reads in a table or a document: "30/06/2017", "Quý II/2024", "Thường xuyên". */
export function formatDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'date':
      return formatViDate(deadline.date);
    case 'quarter':
      return `Quý ${quarterRoman(deadline.quarter)}/${deadline.year}`;
    case 'half':
      return `6 tháng ${deadline.half === 1 ? 'đầu' : 'cuối'} năm ${deadline.year}`;
    case 'year':
      return `Năm ${deadline.year}`;
    case 'ongoing':
      return 'Thường xuyên';
    case 'none':
      return '';
  }
}

/** True when the deadline's own fields are consistent (a real date, a year in range). */
export function isValidDeadline(deadline: Deadline): boolean {
  switch (deadline.kind) {
    case 'date':
      return isIsoDate(deadline.date);
    case 'quarter':
    case 'half':
    case 'year':
      return Number.isInteger(deadline.year) && deadline.year >= 1900 && deadline.year <= 2200;
    default:
      return true;
  }
}
