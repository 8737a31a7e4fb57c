/**
 * Exports of the register: the follow-up report as a Word file (report model of src/documents, counts of the
 * Government Office) and the register itself as an Excel workbook. docx and exceljs are loaded on first use.
 */
import { todayIso, type IsoDate } from '../../../src/domain/dates.js';
import type { Directive, Id, Meeting, Unit } from '../../../src/domain/types.js';
import { documentFileName, fileDate, safeFileNamePart } from '../../../src/documents/file-name.js';
import { dueDate } from '../../../src/domain/deadline.js';
import { categorize, categoryContext } from '../../../src/followup/categories.js';
import type { PeriodBasis } from '../../../src/followup/overview.js';
import type { RegisterRow } from '../../../src/followup/register-rows.js';
import { t } from '../../../src/i18n/index.js';
import type { Bridge } from '../../../src/ipc/contract.js';
import type { SecretariatDb } from '../../db/database.js';
import { db as appDb } from '../../db/instance.js';
import { getBridge } from '../../platform/bridge.js';
import { readStoredDocumentSettings } from './document-settings-data.js';
import { EXCEL_FILTER, failedOutcome, toSaveData, WORD_FILTER, type ExportOutcome } from './export-outcome.js';
import { loadDocuments, loadExcel } from './lazy-modules.js';
import type { MissingChoice } from './missing-dialog.js';

const CANCELLED: ExportOutcome = { ok: false, reason: 'cancelled' };

/** Which directives a report covers, besides its period. */
export interface ReportFilter {
  /** Only meetings of this issuing body (null: meetings without one); absent for all. */
  readonly issuingUnitId?: Id | null;
  /** Only this lead unit (null: directives without one); absent for all. */
  readonly leadUnitId?: Id | null;
  /** The period applies to the meeting date (default) or to the due day. */
  readonly basis?: PeriodBasis;
  /** Only these directives (for example the rows the register shows). */
  readonly directiveIds?: Iterable<Id>;
}

export interface FollowUpReportOptions {
  readonly asOf: IsoDate;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly horizonDays?: number;
  readonly filter?: ReportFilter;
  /** The body issuing the report (its document settings are used); defaults to the filter's body, or the one body of all meetings. */
  readonly issuingUnitId?: Id | null;
  /** Asked when settings are missing; without it the report is exported as it is. */
  readonly confirmMissing?: (document: string, missing: readonly string[]) => Promise<MissingChoice>;
  readonly openSettings?: (unitId: Id | null) => void;
  readonly db?: SecretariatDb;
  readonly bridge?: Bridge;
  /** The report's issue date; the renderer's today by default. */
  readonly today?: IsoDate;
}

interface ReportRecords {
  directives: Directive[];
  meetings: Map<Id, Meeting>;
  units: Map<Id, Unit>;
}

/** Directives of live meetings held by the as-of day, inside the period and the filter (as the overview counts). */
function selectReportDirectives(records: ReportRecords, options: Pick<FollowUpReportOptions, 'asOf' | 'period' | 'filter'>): Directive[] {
  const { asOf, period, filter = {} } = options;
  const only = filter.directiveIds === undefined ? null : new Set(filter.directiveIds);
  return records.directives.filter((d) => {
    const meeting = records.meetings.get(d.meetingId);
    if (meeting === undefined || meeting.state !== 'active' || meeting.date > asOf) return false;
    if (only !== null && !only.has(d.id)) return false;
    if (filter.issuingUnitId !== undefined && meeting.issuingUnitId !== filter.issuingUnitId) return false;
    if (filter.leadUnitId !== undefined && d.leadUnitId !== filter.leadUnitId) return false;
    const key = filter.basis === 'due' ? dueDate(d.deadline) : meeting.date;
    return key !== null && key >= period.from && key <= period.to;
  });
}

function reportIssuer(options: FollowUpReportOptions, meetings: readonly Meeting[]): Id | null {
  if (options.issuingUnitId !== undefined) return options.issuingUnitId;
  if (typeof options.filter?.issuingUnitId === 'string') return options.filter.issuingUnitId;
  const bodies = new Set(meetings.map((m) => m.issuingUnitId));
  const [only] = bodies;
  return bodies.size === 1 && only !== undefined ? only : null;
}

interface ReportData {
  chosen: Directive[];
  records: ReportRecords;
  issuingUnitId: Id | null;
  /** The issuing body's stored document settings (unknown shape), read with the records. */
  settings: unknown;
}

/** The report's directives, meetings, units and the issuer's settings, read in one transaction so they match. */
async function readReportData(db: SecretariatDb, options: FollowUpReportOptions): Promise<ReportData> {
  return db.transaction('r', [db.directives, db.meetings, db.units, db.settings], async () => {
    const [directives, meetings, units] = await Promise.all([db.directives.toArray(), db.meetings.toArray(), db.units.toArray()]);
    const records = { directives, meetings: new Map(meetings.map((m) => [m.id, m])), units: new Map(units.map((u) => [u.id, u])) };
    const chosen = selectReportDirectives(records, options);
    const issuingUnitId = reportIssuer(options, chosen.map((d) => records.meetings.get(d.meetingId)).filter((m): m is Meeting => m !== undefined));
    const settings = await readStoredDocumentSettings(db, issuingUnitId);
    return { chosen, records, issuingUnitId, settings };
  });
}

/** Builds the follow-up report of a period and saves it as a Word file where the user chooses. */
export async function exportFollowUpReport(options: FollowUpReportOptions): Promise<ExportOutcome> {
  const db = options.db ?? appDb;
  try {
    const [docs, { chosen, records, issuingUnitId, settings }] = await Promise.all([loadDocuments(), readReportData(db, options)]);
    const ctx = categoryContext(options.asOf, options.horizonDays);
    const view = docs.buildReportView({
      period: options.period,
      asOf: options.asOf,
      issuedOn: options.today ?? todayIso(),
      items: chosen.map((directive) => ({ directive, category: categorize(directive, ctx) })),
      meetings: records.meetings,
      units: records.units,
      settings,
      issuingUnitId,
    });
    const missing = docs.missingForReport(view);
    if (missing.length > 0 && options.confirmMissing !== undefined) {
      const choice = await options.confirmMissing(t('export.doc.report'), missing);
      if (choice === 'settings') options.openSettings?.(issuingUnitId);
      if (choice !== 'export') return CANCELLED;
    }
    const bytes = await docs.packDocument(docs.buildReportDocument(view));
    const topic = t('export.report.fileTopic', { from: fileDate(options.period.from), to: fileDate(options.period.to) });
    const suggestedName = documentFileName('report', topic, options.asOf, 'docx');
    return await (options.bridge ?? getBridge()).saveFile({ suggestedName, filters: [WORD_FILTER], data: toSaveData(bytes) });
  } catch (error) {
    return failedOutcome(error);
  }
}

interface RegisterWorkbookOptions {
  /** The day categories are computed for; today by default. */
  readonly asOf?: IsoDate;
  readonly horizonDays?: number;
  readonly bridge?: Bridge;
}

/** Writes the given register rows (in their order) as an .xlsx workbook and saves it where the user chooses. */
export async function exportRegisterWorkbook(rows: readonly RegisterRow[], options: RegisterWorkbookOptions = {}): Promise<ExportOutcome> {
  try {
    const asOf = options.asOf ?? todayIso();
    const { excel, writer } = await loadExcel();
    const bytes = await writer.buildRegisterWorkbook(excel, { rows, asOf, horizonDays: options.horizonDays });
    const suggestedName = `${safeFileNamePart(t('export.excel.fileStem'), 80)} - ${fileDate(asOf)}.xlsx`;
    return await (options.bridge ?? getBridge()).saveFile({ suggestedName, filters: [EXCEL_FILTER], data: toSaveData(bytes) });
  } catch (error) {
    return failedOutcome(error);
  }
}
