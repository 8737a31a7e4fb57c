/**
 * Official documents: settings per issuing body, layout profiles, views built from records, Word builders,
 * print views and file names. Loaded lazily by the UI when a user exports (docx is large).
 */
export * from './settings.js';
export * from './view-model.js';
export { profileFor, STATE_PROFILE, PARTY_PROFILE, textWidth, type LayoutProfile } from './profiles/index.js';
export { buildMeetingView, type MeetingDocumentInput } from './meeting-view.js';
export { buildReportView, countBuckets, summaryBucket, type ReportInput, type ReportItem } from './report-view.js';
export { buildMinutesDocument, buildNoticeDocument, buildReportDocument } from './builders.js';
export { minutesPrintHtml, noticePrintHtml, reportPrintHtml } from './print-views.js';
export { packDocument } from './pack.js';
export { documentFileName } from './file-name.js';
export { missingForMeetingDocument, missingForReport } from './missing.js';
export { officialDate, placeDateLine, numberLine } from './format.js';
