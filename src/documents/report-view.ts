/**
 * The view of a follow-up report: the directives of a period grouped by lead unit, with the counts the
 * Government Office reports (done on time, done late, open within deadline, open overdue).
 */
import type { IsoDate } from '../domain/dates.js';
import { dueDate, type Deadline } from '../domain/deadline.js';
import { groupOf, type Group } from '../followup/categories.js';
import type { Directive, Id, Meeting, Unit } from '../domain/types.js';
import { cleanLineText } from '../text/clean.js';
import { compareUnitNamesEmptyLast, compareVietnamese } from '../text/collate.js';
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

const BUCKET_OF_GROUP: Readonly<Record<Group, SummaryBucket>> = {
  'done-on-time': 'onTime',
  'done-late': 'late',
  'open-within-deadline': 'within',
  'open-overdue': 'overdue',
  'not-counted': 'other',
};

/** The summary column of a directive: its Government Office group, which depends on whether it has a due day. */
export function summaryBucket(category: ReportCategory, deadline: Deadline): SummaryBucket {
  return BUCKET_OF_GROUP[groupOf(category, dueDate(deadline) !== null)];
}

/** Counts rows per summary column, with the total. */
export function countBuckets(buckets: Iterable<SummaryBucket>): CategoryCounts {
  const counts = { onTime: 0, late: 0, within: 0, overdue: 0, other: 0, total: 0 };
  for (const bucket of buckets) {
    counts[bucket] += 1;
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
      bucket: summaryBucket(category, directive.deadline),
    };
    const rows = byUnit.get(line.leadUnit);
    if (rows) rows.push(row);
    else byUnit.set(line.leadUnit, [row]);
  }
  const groups: ReportGroup[] = [...byUnit.entries()]
    .sort(([a], [b]) => compareUnitNamesEmptyLast(a, b))
    .map(([unit, rows]) => {
      rows.sort(compareRows);
      return { unit, rows, counts: countBuckets(rows.map((r) => r.bucket)) };
    });
  const issuingUnit = input.issuingUnitId ? input.units.get(input.issuingUnitId) : undefined;
  return {
    issuer: buildIssuerView(input.settings, 'report', issuingUnit),
    documentNumber: input.documentNumber ?? null,
    issuedOn: input.issuedOn,
    period: input.period,
    asOf: input.asOf,
    groups,
    total: countBuckets(input.items.map((item) => summaryBucket(item.category, item.directive.deadline))),
  };
}

function compareRows(a: ReportRow, b: ReportRow): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? -1 : 1;
  if (a.meetingTitle !== b.meetingTitle) return compareVietnamese(a.meetingTitle, b.meetingTitle);
  return Number(a.number) - Number(b.number);
}
