/**
 * Print views (HTML for PDF printing) of the three documents, from the same views as the Word files.
 */
import { renderPrintHtml } from './html-print.js';
import { minutesOutline } from './minutes-outline.js';
import { noticeOutline } from './notice-outline.js';
import { reportOutline } from './report-outline.js';
import type { MeetingDocumentView, ReportView } from './view-model.js';

/** Print view of the minutes of a meeting. */
export function minutesPrintHtml(view: MeetingDocumentView): string {
  return renderPrintHtml(minutesOutline(view));
}

/** Print view of the conclusion notice of a meeting. */
export function noticePrintHtml(view: MeetingDocumentView): string {
  return renderPrintHtml(noticeOutline(view));
}

/** Print view of a follow-up report. */
export function reportPrintHtml(view: ReportView): string {
  return renderPrintHtml(reportOutline(view));
}
