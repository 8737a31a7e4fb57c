/**
 * What a document still lacks, in Vietnamese, so the user is told before exporting. The document builds all the
 * same: the missing parts are left out of it.
 */
import { t } from '../i18n/index.js';
import type { DocumentKind } from './settings.js';
import type { IssuerView, MeetingDocumentView, ReportView } from './view-model.js';

const SYMBOL_EXAMPLE = {
  state: { minutes: 'BB-VP', notice: 'TB-VP', report: 'BC-VP' },
  party: { minutes: 'BB/TU', notice: 'TB/TU', report: 'BC/TU' },
} as const;
const TYPE_WORD = { minutes: 'doc.minutes.fileWord', notice: 'doc.notice.fileWord', report: 'doc.report.fileWord' } as const;

function missingIssuer(issuer: IssuerView, kind: DocumentKind): string[] {
  const out: string[] = [];
  if (issuer.issuingBody.length === 0) out.push(t('doc.missing.issuingBody'));
  if (issuer.symbol === '') {
    out.push(t('doc.missing.symbol', { type: t(TYPE_WORD[kind]).toLocaleLowerCase('vi-VN'), example: SYMBOL_EXAMPLE[issuer.profile][kind] }));
  }
  if (kind !== 'minutes') {
    if (issuer.place === '') out.push(t('doc.missing.place'));
    if (issuer.signer.titleLines.length === 0) out.push(t('doc.missing.signerTitle'));
    if (issuer.signer.name === '') out.push(t('doc.missing.signerName'));
  }
  if (issuer.recipients.length === 0) out.push(t('doc.missing.recipients'));
  return out;
}

/** What the minutes ('minutes') or the notice ('notice') of a meeting still lack; empty when complete. */
export function missingForMeetingDocument(view: MeetingDocumentView, kind: 'minutes' | 'notice'): string[] {
  const out = missingIssuer(view.issuer, kind);
  const { meeting } = view;
  if (meeting.place === '') out.push(t('doc.missing.meetingPlace'));
  if (!view.chair) out.push(t('doc.missing.chair'));
  if (view.present.length === 0) out.push(t('doc.missing.attendees'));
  if (kind === 'minutes') {
    if (meeting.startTime === '') out.push(t('doc.missing.startTime'));
    if (meeting.endTime === '') out.push(t('doc.missing.endTime'));
    if (!view.secretary) out.push(t('doc.missing.secretary'));
    if (meeting.content.length === 0) out.push(t('doc.missing.content'));
    const noReason = view.absent.filter((a) => a.absenceReason === '').length;
    if (noReason > 0) out.push(t('doc.missing.absenceReason', { count: noReason }));
  }
  if (kind === 'notice' && view.directives.length === 0) out.push(t('doc.missing.directives'));
  return out;
}

/** What a follow-up report still lacks; empty when complete. */
export function missingForReport(view: ReportView): string[] {
  const out = missingIssuer(view.issuer, 'report');
  if (view.total.total === 0) out.push(t('doc.missing.reportItems'));
  return out;
}
