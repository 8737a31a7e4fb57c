/**
 * One export of a meeting's minutes or notice, start to finish: save pending edits, read the records, load the
 * document core (docx) on first use, tell the user what is missing, then build and hand the result to the
 * desktop: a .docx through saveFile, a print page through printDocument or printToPdf. The desktop side writes
 * files atomically, so a file is written whole or not at all.
 */
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import type { Bridge } from '../../../src/ipc/contract.js';
import type { SecretariatDb } from '../../db/database.js';
import { failedOutcome, toSaveData, WORD_FILTER, type ExportOutcome } from './export-outcome.js';
import { loadDocuments } from './lazy-modules.js';
import { loadMeetingDocumentData } from './load-meeting-document-data.js';
import type { MissingChoice } from './missing-dialog.js';

export type MeetingDocumentKind = 'minutes' | 'notice';
/** Word file, the system print dialog, or a PDF saved where the user chooses. */
export type MeetingExportAction = 'word' | 'print' | 'pdf';

interface MeetingExportDeps {
  readonly db: SecretariatDb;
  readonly bridge: Bridge;
  /** The issue date of the notice (the renderer's today). */
  readonly today: IsoDate;
  /** Saves edits still being typed, so the document shows what is on screen. */
  readonly flush: () => Promise<void>;
  readonly confirmMissing: (document: string, missing: readonly string[]) => Promise<MissingChoice>;
  /** Goes to the document settings of this issuing body. */
  readonly openSettings: (unitId: Id | null) => void;
}

/** How the export ended: an outcome to show, or nothing to say (the user stopped at the missing list). */
type MeetingExportResult = { kind: 'done'; outcome: ExportOutcome; action: 'save' | 'print' } | { kind: 'stopped' } | { kind: 'not-found' };

/** Exports one document of a meeting. Never throws: failures come back as a failed outcome. */
export async function exportMeetingDocument(
  meetingId: Id,
  document: MeetingDocumentKind,
  action: MeetingExportAction,
  deps: MeetingExportDeps,
): Promise<MeetingExportResult> {
  const reportAs = action === 'print' ? 'print' : 'save';
  try {
    await deps.flush();
    const [docs, data] = await Promise.all([loadDocuments(), loadMeetingDocumentData(deps.db, meetingId)]);
    if (data === null) return { kind: 'not-found' };
    const view = docs.buildMeetingView({ ...data, issuedOn: deps.today }, document);
    const missing = docs.missingForMeetingDocument(view, document);
    if (missing.length > 0) {
      const choice = await deps.confirmMissing(t(document === 'minutes' ? 'export.doc.minutes' : 'export.doc.notice'), missing);
      if (choice === 'settings') deps.openSettings(data.meeting.issuingUnitId);
      if (choice !== 'export') return { kind: 'stopped' };
    }
    const { meeting } = data;
    if (action === 'word') {
      const built = document === 'minutes' ? docs.buildMinutesDocument(view) : docs.buildNoticeDocument(view);
      const bytes = await docs.packDocument(built);
      const suggestedName = docs.documentFileName(document, meeting.title, meeting.date, 'docx');
      return { kind: 'done', action: reportAs, outcome: await deps.bridge.saveFile({ suggestedName, filters: [WORD_FILTER], data: toSaveData(bytes) }) };
    }
    const html = document === 'minutes' ? docs.minutesPrintHtml(view) : docs.noticePrintHtml(view);
    const request = { html, suggestedName: docs.documentFileName(document, meeting.title, meeting.date, 'pdf'), landscape: false };
    const outcome = action === 'print' ? await deps.bridge.printDocument(request) : await deps.bridge.printToPdf(request);
    return { kind: 'done', action: reportAs, outcome };
  } catch (error) {
    return { kind: 'done', action: reportAs, outcome: failedOutcome(error) };
  }
}
