/**
 * One reminder run: once a day (the rule of src/followup/reminders.ts, with the last day kept in settings), one
 * desktop notification about overdue and due-soon directives. One directive gets its own notice (its tag opens
 * it); several get the summary ("3 việc quá hạn, 5 việc sắp đến hạn ..."), whose tag opens the register
 * filtered to them. What a click on either opens is decided here too, so both stay in one place.
 */
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import { directiveNotice, reminderPlan, reminderSummary, reminderTag, SUMMARY_TAG, type Notice, type ReminderPlan } from '../../../src/followup/reminders.js';
import type { Bridge } from '../../../src/ipc/contract.js';
import type { Route } from '../../app/routes.js';
import { buildFollowUpData, readFollowUpRecords, type FollowUpData } from '../../data/follow-up-data.js';
import type { SecretariatDb } from '../../db/database.js';
import { claimReminderDay, readReminderSettings } from './reminder-settings.js';

/** The one notice for a plan: a single directive's own, or the summary; null when nothing is due. */
function noticeFor(plan: ReminderPlan, textOf: (directiveId: Id) => string): Notice | null {
  const total = plan.overdue.length + plan.dueSoon.length;
  if (total === 0) return null;
  if (total === 1) {
    const overdue = plan.overdue[0];
    const item = overdue ?? plan.dueSoon[0]!;
    return directiveNotice(item, textOf(item.directiveId), overdue !== undefined);
  }
  return reminderSummary(plan);
}

/**
 * Runs reminders if they are on and have not run today; returns the notice sent (null: none). `live` gives the
 * follow-up screens' current data when they have it, so the records are not read a second time.
 */
export async function runReminders(
  db: SecretariatDb,
  bridge: Pick<Bridge, 'showNotification'>,
  today: IsoDate,
  live: () => FollowUpData | undefined = () => undefined,
): Promise<Notice | null> {
  const settings = await readReminderSettings(db);
  if (!settings.enabled) return null;
  // Claimed before the work: a failure later costs one day's reminder, never a notice repeated every few minutes.
  if (!(await claimReminderDay(db, today))) return null;
  const data = live() ?? buildFollowUpData(await readFollowUpRecords(db), 0);
  const plan = reminderPlan(data.prepared, today, settings.horizonDays);
  const notice = noticeFor(plan, (id) => data.directiveById.get(id)?.text ?? '');
  if (notice !== null) await bridge.showNotification(notice);
  return notice;
}

/** What a click on a reminder opens: the register of urgent directives, a directive's meeting, or nothing. */
export type ReminderTarget = { kind: 'urgent' } | { kind: 'directive'; directiveId: Id } | null;

/** Reads a notification tag back into what it is about. */
export function reminderTarget(tag: string): ReminderTarget {
  if (tag === SUMMARY_TAG) return { kind: 'urgent' };
  const prefix = reminderTag('');
  if (tag.startsWith(prefix) && tag.length > prefix.length) return { kind: 'directive', directiveId: tag.slice(prefix.length) };
  return null;
}

/** The route that shows a directive in its meeting, or null when it no longer exists. */
export async function directiveRoute(db: SecretariatDb, directiveId: Id): Promise<Route | null> {
  const directive = await db.directives.get(directiveId);
  return directive === undefined ? null : { name: 'meeting', id: directive.meetingId, directiveId };
}
