/**
 * The view of a follow-up report: the directives of a period grouped by lead unit, with the counts the
 * Government Office reports (done on time, done late, open within deadline, open overdue).
 */
import type { IsoDate } from '../domain/dates.js';
import type { Directive, Id, Meeting, Unit } from '../domain/types.js';
import { cleanLineText } from '../text/clean.js';
import { compareVietnamese } from '../text/collate.js';
import { directiveLine } from './meeting-view.js';
import { buildIssuerView } from './issuer.js';
import type { DocumentSettings } from './settings.js';
import type { CategoryCounts, ReportCategory, ReportGroup, ReportRow, ReportView, SummaryBucket } from './view-model.js';

export interface ReportItem {
  readonly directive: Directive;
  /** Its category at the as-of day, computed by the follow-up rules. */
  readonly category: ReportCategory;
}

export interface ReportInput {
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly asOf: IsoDate;
  readonly issuedOn: IsoDate;
  readonly items: readonly ReportItem[];
  readonly meetings: ReadonlyMap<Id, Meeting>;
  readonly units: ReadonlyMap<Id, Unit>;
  readonly settings: DocumentSettings | unknown;
  /** The body issuing the report (its name is used when the settings give none). */
  readonly issuingUnitId?: Id | null;
  readonly documentNumber?: number | null;
}

const BUCKET: Readonly<Record<ReportCategory, SummaryBucket>> = {
  'done-on-time': 'onTime',
  'done-late': 'late',
  'in-progress': 'within',
  'not-due': 'within',
  'due-soon': 'within',
  'not-started': 'within',
  paused: 'within',
  overdue: 'overdue',
  ongoing: 'other',
  'no-deadline': 'other',
  cancelled: 'other',
};

/** The summary column a category is counted in. */
export function summaryBucket(category: ReportCategory): SummaryBucket {
  return BUCKET[category];
}

/** Counts of a list of categories per summary column, with the total. */
export function countCategories(categories: Iterable<ReportCategory>): CategoryCounts {
  const counts = { onTime: 0, late: 0, within: 0, overdue: 0, other: 0, total: 0 };
  for (const category of categories) {
    counts[BUCKET[category]] += 1;
    counts.total += 1;
  }
  return counts;
}

/** Builds the report view; units sorted by name (directives with no lead unit last), rows by meeting then number. */
export function buildReportView(input: ReportInput): ReportView {
  const unitName = (id: Id | null): string => {
    const unit = id ? input.units.get(id) : undefined;
    return unit ? cleanLineText(unit.name) : '';
  };
  const byUnit = new Map<string, ReportRow[]>();
  for (const { directive, category } of input.items) {
    const meeting = input.meetings.get(directive.meetingId);
    // The stored order is kept dense (1, 2, 3 ...) by every write, so it is the number printed in the minutes.
    const line = directiveLine(directive, directive.order, unitName);
    const row: ReportRow = {
      number: line.number,
      text: line.text,
      meetingTitle: meeting ? cleanLineText(meeting.title) : '',
      meetingDate: meeting ? meeting.date : '',
      deadline: line.deadline,
      category,
    };
    const rows = byUnit.get(line.leadUnit);
    if (rows) rows.push(row);
    else byUnit.set(line.leadUnit, [row]);
  }
  const groups: ReportGroup[] = [...byUnit.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareVietnamese(a, b)))
    .map(([unit, rows]) => {
      rows.sort(compareRows);
      return { unit, rows, counts: countCategories(rows.map((r) => r.category)) };
    });
  const issuingUnit = input.issuingUnitId ? input.units.get(input.issuingUnitId) : undefined;
  return {
    issuer: buildIssuerView(input.settings, 'report', issuingUnit),
    documentNumber: input.documentNumber ?? null,
    issuedOn: input.issuedOn,
    period: input.period,
    asOf: input.asOf,
    groups,
    total: countCategories(input.items.map((item) => item.category)),
  };
}

function compareRows(a: ReportRow, b: ReportRow): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  if (a.meetingTitle !== b.meetingTitle) return compareVietnamese(a.meetingTitle, b.meetingTitle);
  return Number(a.number) - Number(b.number);
}
