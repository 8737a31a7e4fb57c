/**
 * The contents of the Excel register, as plain cell values: one line per directive for the "Sổ theo dõi" sheet
 * and the Government Office counts per lead unit for the "Tổng hợp" sheet. No spreadsheet library here: the
 * workbook writer (./register-workbook.ts) only lays these values out.
 *
 * Dates are Excel serial day numbers (days since 1899-12-30), computed from the 'YYYY-MM-DD' string with
 * integer arithmetic, so no Date object and no time zone can shift a day.
 */
import type { IsoDate } from '../domain/dates.js';
import { formatDeadline } from '../domain/deadline.js';
import type { MessageKey } from '../i18n/index.js';
import { cleanLineText, cleanMultilineText } from '../text/clean.js';
import { compareUnitNamesEmptyLast } from '../text/collate.js';
import { categoryContext, categoryLabel, groupOf, GROUPS, statusLabel, type Category, type Group } from '../followup/categories.js';
import { dayNumber } from '../followup/day-number.js';
import { rowCategory } from '../followup/register-index.js';
import type { RegisterRow } from '../followup/register-rows.js';

/** Days from Excel's day 0 (1899-12-30, which absorbs Excel's 1900 leap-year quirk) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/** The Excel serial number of a calendar day (1 = 1900-01-01 in Excel's reckoning). */
export function excelSerial(iso: IsoDate): number {
  return dayNumber(iso) + EXCEL_EPOCH_OFFSET;
}

/** A cell: text, a whole number, a date (as a serial number with a date format), or empty. */
export type CellValue = { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'date'; serial: number } | { kind: 'empty' };

type ColumnKey =
  | 'index'
  | 'text'
  | 'meeting'
  | 'meetingDate'
  | 'leader'
  | 'leadUnit'
  | 'supportUnits'
  | 'deadline'
  | 'status'
  | 'category'
  | 'completedOn';

export interface RegisterColumn {
  readonly key: ColumnKey;
  readonly title: MessageKey;
  /** Width in Excel character units. */
  readonly width: number;
  /** Long text wraps inside the cell; short values stay on one line. */
  readonly wrap: boolean;
}

/** The columns of the "Sổ theo dõi" sheet, in order. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'index', title: 'export.excel.col.index', width: 7, wrap: false },
  { key: 'text', title: 'export.excel.col.text', width: 60, wrap: true },
  { key: 'meeting', title: 'export.excel.col.meeting', width: 32, wrap: true },
  { key: 'meetingDate', title: 'export.excel.col.meetingDate', width: 12, wrap: false },
  { key: 'leader', title: 'export.excel.col.leader', width: 22, wrap: true },
  { key: 'leadUnit', title: 'export.excel.col.leadUnit', width: 28, wrap: true },
  { key: 'supportUnits', title: 'export.excel.col.supportUnits', width: 32, wrap: true },
  { key: 'deadline', title: 'export.excel.col.deadline', width: 13, wrap: false },
  { key: 'status', title: 'export.excel.col.status', width: 16, wrap: true },
  { key: 'category', title: 'export.excel.col.category', width: 24, wrap: true },
  { key: 'completedOn', title: 'export.excel.col.completedOn', width: 14, wrap: false },
];

export interface RegisterSheetInput {
  readonly rows: readonly RegisterRow[];
  /** The day categories are computed for (passed in: never read the clock here). */
  readonly asOf: IsoDate;
  readonly horizonDays?: number;
}

const text = (value: string): CellValue => (value === '' ? { kind: 'empty' } : { kind: 'text', text: value });
const date = (iso: IsoDate | null): CellValue => (iso === null || iso === '' ? { kind: 'empty' } : { kind: 'date', serial: excelSerial(iso) });

/** The category of each row at the as-of day, computed once and given to both sheets. */
export function registerCategories(input: RegisterSheetInput): Category[] {
  const ctx = categoryContext(input.asOf, input.horizonDays);
  return input.rows.map((row) => rowCategory(row, ctx));
}

/** The register lines, one array of cells per row in REGISTER_COLUMNS order, in the order given. */
export function registerSheetRows(input: RegisterSheetInput, categories: readonly Category[] = registerCategories(input)): CellValue[][] {
  return input.rows.map((row, i) => {
    const body = cleanMultilineText(row.text).trim();
    const cells: Record<ColumnKey, CellValue> = {
      index: { kind: 'number', value: i + 1 },
      // The number it carries in its meeting, as printed in the minutes: the number people quote when reporting.
      text: text(body === '' ? '' : `${row.number}. ${body}`),
      meeting: text(cleanLineText(row.meetingTitle)),
      meetingDate: date(row.meetingDate),
      leader: text(cleanLineText(row.leaderName)),
      leadUnit: text(cleanLineText(row.leadUnitName)),
      supportUnits: text(row.supportUnitNames.map(cleanLineText).filter((n) => n !== '').join('; ')),
      // A fixed day is a real date (it sorts and filters as one); quarters, years and "thường xuyên" stay words.
      deadline: row.deadline.kind === 'date' ? date(row.deadline.date) : text(formatDeadline(row.deadline)),
      status: text(statusLabel(row.status)),
      category: text(categoryLabel(categories[i]!)),
      completedOn: row.status === 'done' ? date(row.completedOn) : { kind: 'empty' },
    };
    return REGISTER_COLUMNS.map((column) => cells[column.key]);
  });
}

export type GroupCounts = Readonly<Record<Group, number>> & { readonly total: number };

interface SummaryLine {
  /** Lead unit name; empty for directives with no lead unit. */
  readonly unit: string;
  readonly counts: GroupCounts;
}

interface RegisterSummary {
  readonly lines: readonly SummaryLine[];
  readonly total: GroupCounts;
}

function emptyCounts(): Record<Group | 'total', number> {
  const counts = { total: 0 } as Record<Group | 'total', number>;
  for (const g of GROUPS) counts[g] = 0;
  return counts;
}

/** Government Office counts per lead unit and in total; units in Vietnamese order, no lead unit last. */
export function registerSummary(input: RegisterSheetInput, categories: readonly Category[] = registerCategories(input)): RegisterSummary {
  const byUnit = new Map<string, Record<Group | 'total', number>>();
  const total = emptyCounts();
  input.rows.forEach((row, i) => {
    const group = groupOf(categories[i]!, row.due !== null);
    const unit = cleanLineText(row.leadUnitName);
    let counts = byUnit.get(unit);
    if (counts === undefined) {
      counts = emptyCounts();
      byUnit.set(unit, counts);
    }
    counts[group] += 1;
    counts.total += 1;
    total[group] += 1;
    total.total += 1;
  });
  const lines = [...byUnit.entries()]
    .sort(([a], [b]) => compareUnitNamesEmptyLast(a, b))
    .map(([unit, counts]) => ({ unit, counts }));
  return { lines, total };
}
