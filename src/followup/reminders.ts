/**
 * Reminders: which directives deserve one (overdue, or due within the horizon), the text of the desktop
 * notifications, a stable tag per directive (so a new notification replaces yesterday's instead of piling up),
 * and the once-a-day rule. The desktop side only shows what these functions return.
 */
import type { IsoDate } from '../domain/dates.js';
import type { Id } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { DEFAULT_HORIZON_DAYS, horizonPhrase } from './categories.js';
import { buildOverview, type UrgentItem } from './overview.js';
import type { PreparedDirectives } from './prepared.js';

export interface ReminderPlan {
  today: IsoDate;
  horizonDays: number;
  /** Most days late first. */
  overdue: UrgentItem[];
  /** Soonest due first. */
  dueSoon: UrgentItem[];
}

export interface Notice {
  title: string;
  body: string;
  tag: string;
}

/** Tag of the daily summary notification (one at a time). */
export const SUMMARY_TAG = 'so-tay-ket-luan:nhac-viec';

/** The directives to remind about today: the overview's overdue and due-soon lists over every live meeting. */
export function reminderPlan(data: PreparedDirectives, today: IsoDate, horizonDays: number = DEFAULT_HORIZON_DAYS): ReminderPlan {
  const overview = buildOverview(data, { asOf: today, horizonDays });
  return { today, horizonDays: overview.context.horizonDays, overdue: overview.overdue, dueSoon: overview.dueSoon };
}

/** "3 việc quá hạn, 5 việc sắp đến hạn (trong 7 ngày tới)"; null when there is nothing to remind about. */
export function reminderSummary(plan: ReminderPlan): Notice | null {
  const parts: string[] = [];
  if (plan.overdue.length > 0) parts.push(t('followup.reminder.overdue', { count: plan.overdue.length }));
  if (plan.dueSoon.length > 0) parts.push(`${t('followup.reminder.dueSoon', { count: plan.dueSoon.length })} (${horizonPhrase(plan.horizonDays)})`);
  if (parts.length === 0) return null;
  return { title: t('followup.reminder.title'), body: parts.join(', '), tag: SUMMARY_TAG };
}

/** Stable tag of one directive's reminder (the same every day, so the new one replaces the old). */
export function reminderTag(directiveId: Id): string {
  return `${SUMMARY_TAG}:${directiveId}`;
}

const BODY_LIMIT = 160;

/** The notification for one directive: how late or how soon, its number and meeting; the body is its text. */
export function directiveNotice(item: UrgentItem, directiveText: string, overdue: boolean): Notice {
  const params = { days: item.days, number: item.number, meeting: item.meetingTitle };
  const title = overdue
    ? t('followup.reminder.itemOverdue', params)
    : item.days === 0
      ? t('followup.reminder.itemDueToday', params)
      : t('followup.reminder.itemDueSoon', params);
  return { title, body: shorten(directiveText, BODY_LIMIT), tag: reminderTag(item.directiveId) };
}

/** Cuts text at a word boundary near `limit` characters, with an ellipsis. */
export function shorten(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Once a day: run when reminders have never run or last ran on another day. "Another day" includes a later
 * one, so a clock that was wrong and is set back still gets one run, after which today is recorded.
 */
export function shouldRunReminders(lastRun: IsoDate | null, today: IsoDate): boolean {
  return lastRun !== today;
}

/** Settings keys used by follow-up (horizon in days, date of the last reminder run). */
export const FOLLOW_UP_SETTINGS = {
  horizonDays: 'followup.horizonDays',
  remindersLastRun: 'followup.remindersLastRun',
} as const;

/** Reads the stored date of the last reminder run; anything but a 'YYYY-MM-DD' string counts as never. */
export function parseLastRun(value: unknown): IsoDate | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
