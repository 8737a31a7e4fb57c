/**
 * The plain data a document is printed from. Built from the app's records by meeting-view.ts and
 * report-view.ts; every string in it is already cleaned (NFC, no control characters) and names are resolved.
 */
import type { Category } from '../followup/categories.js';
import type { ClockTime, IsoDate } from '../domain/dates.js';
import type { DeadlineKind } from '../domain/deadline.js';
import type { MeetingKind } from '../domain/types.js';
import type { Authority, ProfileId } from './settings.js';

/** Who issues and signs: the body's document settings, cleaned and with the body name resolved. */
export interface IssuerView {
  readonly profile: ProfileId;
  /** Lines as printed (capitals are applied when printing). */
  readonly superiorBody: readonly string[];
  readonly issuingBody: readonly string[];
  readonly place: string;
  /** The number symbol of this document type, e.g. "BB-BDVTU" or "TB/TU"; empty when not set. */
  readonly symbol: string;
  readonly signer: { readonly authority: Authority; readonly titleLines: readonly string[]; readonly name: string };
  readonly recipients: readonly string[];
  readonly archive: string;
}

export interface PersonLine {
  readonly name: string;
  /** Title as it was at the meeting. */
  readonly title: string;
  /** Current name of the unit (a renamed unit shows its new name). */
  readonly unit: string;
}

export interface AttendeeLine extends PersonLine {
  readonly absenceReason: string;
}

export interface DirectiveLine {
  /** Its position in the meeting, as text: the number printed is the number followed up. */
  readonly number: string;
  readonly text: string;
  readonly leadUnit: string;
  readonly supportUnits: readonly string[];
  /** "30/06/2017", "Quý II/2024", "Thường xuyên", or empty. */
  readonly deadline: string;
  readonly deadlineKind: DeadlineKind;
}

/** Minutes and conclusion notices are printed from the same view of one meeting. */
export interface MeetingDocumentView {
  readonly issuer: IssuerView;
  readonly documentNumber: number | null;
  /** Date of the notice's date line (the day it is issued). */
  readonly issuedOn: IsoDate;
  readonly meeting: {
    readonly title: string;
    readonly kind: MeetingKind;
    readonly date: IsoDate;
    readonly startTime: ClockTime | '';
    readonly endTime: ClockTime | '';
    readonly place: string;
    readonly content: readonly string[];
    readonly conclusion: readonly string[];
  };
  readonly chair: PersonLine | null;
  readonly secretary: PersonLine | null;
  /** Members present, absent (with reasons) and guests, each in the rank order kept for the meeting. */
  readonly present: readonly AttendeeLine[];
  readonly absent: readonly AttendeeLine[];
  readonly guests: readonly AttendeeLine[];
  readonly directives: readonly DirectiveLine[];
}

/**
 * Follow-up category of a directive at the report's as-of day, computed by the follow-up rules (src/followup),
 * so the printed report, the screens and the Excel export always agree.
 */
export type ReportCategory = Category;

/** The Government Office's columns: done on time, done late, open within deadline, open overdue, not counted. */
export type SummaryBucket = 'onTime' | 'late' | 'within' | 'overdue' | 'other';

export type CategoryCounts = Readonly<Record<SummaryBucket | 'total', number>>;

export interface ReportRow {
  /** The Government Office column this row is counted in. */
  readonly bucket: SummaryBucket;
  readonly number: string;
  readonly text: string;
  readonly meetingTitle: string;
  readonly meetingDate: IsoDate;
  readonly deadline: string;
  readonly category: ReportCategory;
}

export interface ReportGroup {
  /** Lead unit name, or empty for directives with no lead unit. */
  readonly unit: string;
  readonly rows: readonly ReportRow[];
  readonly counts: CategoryCounts;
}

export interface ReportView {
  readonly issuer: IssuerView;
  readonly documentNumber: number | null;
  readonly issuedOn: IsoDate;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly asOf: IsoDate;
  readonly groups: readonly ReportGroup[];
  readonly total: CategoryCounts;
}
