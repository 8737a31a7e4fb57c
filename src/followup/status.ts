/**
 * Changes of status and progress reports, as pure functions: which changes are allowed, what is checked against
 * the meeting date and today, and which records a change produces (the directive and its history entry).
 * The database writes in renderer/db/writes/follow-ups.ts call these inside one transaction.
 */
import { formatViDate, type IsoDate } from '../domain/dates.js';
import { formatDeadline, type Deadline } from '../domain/deadline.js';
import { newId } from '../domain/ids.js';
import type { Directive, DirectiveStatus, FollowUp, Id } from '../domain/types.js';
import type { ValidationIssue } from '../domain/validation.js';
import { t, type MessageKey } from '../i18n/index.js';
import { dueDate } from '../domain/deadline.js';
import { statusLabel } from './categories.js';
import type { ProgressReport, StatusChange } from './schemas.js';

/**
 * Allowed changes. Done can only be reopened (to in progress) and cancelled only restored (to not started or in
 * progress): a finished or cancelled directive is never silently turned into another end state.
 */
export const TRANSITIONS: Readonly<Record<DirectiveStatus, readonly DirectiveStatus[]>> = {
  'not-started': ['in-progress', 'done', 'paused', 'cancelled'],
  'in-progress': ['not-started', 'done', 'paused', 'cancelled'],
  paused: ['not-started', 'in-progress', 'done', 'cancelled'],
  done: ['in-progress'],
  cancelled: ['not-started', 'in-progress'],
};

/** True when a directive in status `from` may be moved to `to` (see TRANSITIONS). */
export function canTransition(from: DirectiveStatus, to: DirectiveStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What the checks need besides the directive: its meeting's date and today's date. */
export interface FollowUpContext {
  meetingDate: IsoDate;
  today: IsoDate;
}

/**
 * Checks a parsed status change against the directive, its meeting date and today. Keeping the same status is
 * allowed only to correct the completion date of a done directive or the reason of a cancelled one.
 */
export function checkStatusChange(directive: Pick<Directive, 'status' | 'completedOn' | 'cancelReason'>, change: StatusChange, ctx: FollowUpContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const from = directive.status;
  if (from === change.to) {
    const corrects =
      (from === 'done' && change.date !== directive.completedOn) || (from === 'cancelled' && change.cancelReason !== directive.cancelReason);
    if (!corrects) issues.push({ field: 'to', message: t('followup.error.sameStatus', { status: statusLabel(from) }) });
  } else if (!canTransition(from, change.to)) {
    issues.push({ field: 'to', message: t('followup.error.transition', { from: statusLabel(from), to: statusLabel(change.to) }) });
  }
  const dateField: MessageKey = change.to === 'done' ? 'followup.field.completedOn' : 'followup.field.statusDate';
  issues.push(...checkDate(change.date, dateField, ctx));
  return issues;
}

/** Checks a parsed progress report against the meeting date and today. */
export function checkProgressReport(report: ProgressReport, ctx: FollowUpContext): ValidationIssue[] {
  return checkDate(report.date, 'followup.field.reportDate', ctx);
}

function checkDate(date: IsoDate, field: MessageKey, ctx: FollowUpContext): ValidationIssue[] {
  if (date < ctx.meetingDate) {
    return [{ field: 'date', message: t('followup.error.dateBeforeMeeting', { field: t(field), date: formatViDate(date), meeting: formatViDate(ctx.meetingDate) }) }];
  }
  if (date > ctx.today) {
    return [{ field: 'date', message: t('followup.error.dateInFuture', { field: t(field), date: formatViDate(date), today: formatViDate(ctx.today) }) }];
  }
  return [];
}

/** The records one status change produces: the updated directive and its history entry. */
export interface StatusChangeResult {
  directive: Directive;
  followUp: FollowUp;
}

/** Applies a checked status change; done sets the completion date and 100%, cancelled keeps the reason. */
export function applyStatusChange(directive: Directive, change: StatusChange, now: number, id: Id = newId()): StatusChangeResult {
  const to = change.to;
  const updated: Directive = {
    ...directive,
    status: to,
    completedOn: to === 'done' ? change.date : null,
    cancelReason: to === 'cancelled' ? change.cancelReason : '',
    updatedAt: now,
  };
  // The reason is on the directive, but the history must say why too once the directive is restored.
  const text = change.text !== '' ? change.text : to === 'cancelled' ? change.cancelReason : '';
  const followUp: FollowUp = {
    id,
    directiveId: directive.id,
    kind: 'status',
    date: change.date,
    text,
    reporter: change.reporter,
    percent: to === 'done' ? 100 : null,
    statusFrom: directive.status,
    statusTo: to,
    createdAt: now,
    updatedAt: now,
  };
  return { directive: updated, followUp };
}

/** The records a new progress report produces. A report on a directive not yet started starts it. */
export interface ProgressReportResult {
  followUp: FollowUp;
  /** Present when the report moved the directive from not started to in progress. */
  started: StatusChangeResult | null;
}

/** Builds a progress report entry; on a not-started directive also the change to in progress, dated the same day. */
export function applyProgressReport(directive: Directive, report: ProgressReport, now: number, makeId: () => Id = newId): ProgressReportResult {
  const followUp: FollowUp = {
    id: makeId(),
    directiveId: directive.id,
    kind: 'report',
    date: report.date,
    text: report.text,
    reporter: report.reporter,
    percent: report.percent,
    statusFrom: null,
    statusTo: null,
    createdAt: now,
    updatedAt: now,
  };
  const started =
    directive.status === 'not-started'
      ? applyStatusChange(
          directive,
          { to: 'in-progress', date: report.date, cancelReason: '', text: t('followup.history.autoStart'), reporter: report.reporter },
          now,
          makeId(),
        )
      : null;
  return { followUp, started };
}

/** Edits a stored progress report with new checked values; status entries are never edited. */
export function applyReportEdit(entry: FollowUp, report: ProgressReport, now: number): FollowUp {
  return { ...entry, date: report.date, text: report.text, reporter: report.reporter, percent: report.percent, updatedAt: now };
}

/** True when a deadline falls due before the meeting that set it (a typing slip the directive editor rejects). */
export function deadlineBeforeMeeting(deadline: Deadline, meetingDate: IsoDate): boolean {
  const due = dueDate(deadline);
  return due !== null && due < meetingDate;
}

/** The Vietnamese message for deadlineBeforeMeeting, or null when the deadline is fine. */
export function deadlineBeforeMeetingMessage(deadline: Deadline, meetingDate: IsoDate): string | null {
  if (!deadlineBeforeMeeting(deadline, meetingDate)) return null;
  return t('followup.error.deadlineBeforeMeeting', { deadline: formatDeadline(deadline), meeting: formatViDate(meetingDate) });
}
