/**
 * Writes of the follow-up of directives: changes of status and progress reports. Each runs in one transaction
 * that reads the directive and its meeting, checks the input against the meeting date and today, and writes the
 * directive and its history together, so a failure anywhere leaves both as they were.
 */
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Directive, FollowUp, Id } from '../../../src/domain/types.js';
import { parseOrThrow, ValidationError } from '../../../src/domain/validation.js';
import { historyNewestFirst } from '../../../src/followup/history.js';
import { PROGRESS_REPORT_LABELS, progressReportSchema, statusChangeLabels, statusChangeSchema } from '../../../src/followup/schemas.js';
import {
  applyProgressReport,
  applyReportEdit,
  applyStatusChange,
  checkProgressReport,
  checkStatusChange,
  type FollowUpContext,
} from '../../../src/followup/status.js';
import { t } from '../../../src/i18n/index.js';
import type { SecretariatDb } from '../database.js';
import { requireRecord } from './require.js';

export interface StatusChangeWritten {
  directive: Directive;
  followUp: FollowUp;
}

/** Changes the status of a directive and records the change in its history. */
export async function changeDirectiveStatus(db: SecretariatDb, directiveId: Id, change: unknown, today: IsoDate): Promise<StatusChangeWritten> {
  const to = typeof change === 'object' && change !== null ? (change as { to?: unknown }).to : undefined;
  const value = parseOrThrow(statusChangeSchema, change, statusChangeLabels(to));
  return db.transaction('rw', [db.meetings, db.directives, db.followUps], async () => {
    const { directive, ctx } = await loadDirective(db, directiveId, today);
    throwIfAny(checkStatusChange(directive, value, ctx));
    const result = applyStatusChange(directive, value, Date.now());
    await db.directives.put(result.directive);
    await db.followUps.add(result.followUp);
    return result;
  });
}

export interface ProgressReportWritten {
  followUp: FollowUp;
  /** The directive as stored after the report (moved to in progress if it had not started). */
  directive: Directive;
  /** The status change the report caused, if any. */
  statusChange: FollowUp | null;
}

/** Adds a progress report; a directive not yet started moves to in progress with a history entry. */
export async function addProgressReport(db: SecretariatDb, directiveId: Id, report: unknown, today: IsoDate): Promise<ProgressReportWritten> {
  const value = parseOrThrow(progressReportSchema, report, PROGRESS_REPORT_LABELS);
  return db.transaction('rw', [db.meetings, db.directives, db.followUps], async () => {
    const { directive, ctx } = await loadDirective(db, directiveId, today);
    throwIfAny(checkProgressReport(value, ctx));
    const result = applyProgressReport(directive, value, Date.now());
    await db.followUps.add(result.followUp);
    if (result.started !== null) {
      await db.directives.put(result.started.directive);
      await db.followUps.add(result.started.followUp);
    }
    return { followUp: result.followUp, directive: result.started?.directive ?? directive, statusChange: result.started?.followUp ?? null };
  });
}

/** Corrects a progress report (date, text, reporter, percent). Status entries cannot be edited. */
export async function updateProgressReport(db: SecretariatDb, followUpId: Id, report: unknown, today: IsoDate): Promise<FollowUp> {
  const value = parseOrThrow(progressReportSchema, report, PROGRESS_REPORT_LABELS);
  return db.transaction('rw', [db.meetings, db.directives, db.followUps], async () => {
    const entry = await requireReport(db, followUpId);
    const { ctx } = await loadDirective(db, entry.directiveId, today);
    throwIfAny(checkProgressReport(value, ctx));
    const updated = applyReportEdit(entry, value, Date.now());
    await db.followUps.put(updated);
    return updated;
  });
}

/** Deletes a progress report and returns it (for undo). Status entries are the audit trail and stay. */
export async function deleteProgressReport(db: SecretariatDb, followUpId: Id): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const entry = await requireReport(db, followUpId);
    await db.followUps.delete(followUpId);
    return entry;
  });
}

/** Undoes deleteProgressReport: puts the report back exactly as it was, if its directive still exists. */
export async function restoreProgressReport(db: SecretariatDb, entry: FollowUp): Promise<void> {
  await db.transaction('rw', [db.directives, db.followUps], async () => {
    await requireRecord(db.directives, entry.directiveId, 'field.directive');
    await db.followUps.put(entry);
  });
}

/** The history of a directive, newest first. */
export async function directiveHistory(db: SecretariatDb, directiveId: Id): Promise<FollowUp[]> {
  return historyNewestFirst(await db.followUps.where('directiveId').equals(directiveId).toArray());
}

async function loadDirective(db: SecretariatDb, directiveId: Id, today: IsoDate): Promise<{ directive: Directive; ctx: FollowUpContext }> {
  const directive = await requireRecord(db.directives, directiveId, 'field.directive');
  const meeting = await requireRecord(db.meetings, directive.meetingId, 'field.meeting');
  return { directive, ctx: { meetingDate: meeting.date, today } };
}

async function requireReport(db: SecretariatDb, followUpId: Id): Promise<FollowUp> {
  const entry = await requireRecord(db.followUps, followUpId, 'followup.field.report');
  if (entry.kind !== 'report') throw new ValidationError([{ field: '', message: t('followup.error.notAReport') }]);
  return entry;
}

function throwIfAny(issues: ValidationError['issues']): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
