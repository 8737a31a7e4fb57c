/**
 * The three documents, each a pure function from its view to a docx Document.
 */
import type { Document } from 'docx';
import { renderDocx } from './docx-document.js';
import { minutesOutline } from './minutes-outline.js';
import { noticeOutline } from './notice-outline.js';
import { reportOutline } from './report-outline.js';
import type { MeetingDocumentView, ReportView } from './view-model.js';

/** Biên bản (minutes) of a meeting. */
export function buildMinutesDocument(view: MeetingDocumentView): Document {
  return renderDocx(minutesOutline(view));
}

/** Thông báo kết luận (conclusion notice) of a meeting. */
export function buildNoticeDocument(view: MeetingDocumentView): Document {
  return renderDocx(noticeOutline(view));
}

/** Báo cáo tình hình thực hiện (follow-up report) of a period. */
export function buildReportDocument(view: ReportView): Document {
  return renderDocx(reportOutline(view));
}
