/**
 * Follow-up categories of a directive, derived from its status, its dates and an "as-of" day (usually today).
 * Nothing here is stored: categories change with the calendar, so they are computed when shown.
 *
 * The rules (ARCHITECTURE.md has them as a table):
 * - cancelled is always 'cancelled' and never counted against a deadline;
 * - a directive counts as done at the as-of day only if its status is done and it was completed on or before
 *   that day (done with no completion date, which only old imports can have, counts as done on any day);
 *   done on or before the due day, or with no due day, is 'done-on-time', after it 'done-late';
 * - every other directive is open at that day. Date urgency comes first: past its due day it is 'overdue'
 *   (paused included: pausing does not stop the clock in the Government Office's counts, only cancelling does),
 *   due within the horizon (due day - as-of day between 0 and the horizon, both ends included) 'due-soon';
 * - otherwise the status speaks: 'paused', then 'ongoing' (thường xuyên), 'no-deadline', 'not-started', and
 *   'in-progress' (which also covers a directive done later than the as-of day: it was being worked on).
 */
import type { IsoDate } from '../domain/dates.js';
import { dueDate } from '../domain/deadline.js';
import type { Directive, DirectiveStatus } from '../domain/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { plusDays } from './day-number.js';

/** Display categories, one per directive, in the order an overview lists them (most urgent first). */
export const CATEGORIES = [
  'overdue',
  'due-soon',
  'in-progress',
  'not-started',
  'paused',
  'ongoing',
  'no-deadline',
  'done-late',
  'done-on-time',
  'cancelled',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The Government Office's groups: done on time / done late / open within deadline / open overdue / not counted. */
export const GROUPS = ['done-on-time', 'done-late', 'open-within-deadline', 'open-overdue', 'not-counted'] as const;
export type Group = (typeof GROUPS)[number];

/** Where a directive stands against its due day, for filters and reminders. */
export const TIMINGS = ['overdue', 'due-soon', 'not-due', 'ongoing', 'no-deadline', 'closed'] as const;
export type Timing = (typeof TIMINGS)[number];

export const DEFAULT_HORIZON_DAYS = 7;
export const MAX_HORIZON_DAYS = 365;

/** The day the categories are computed for and the due-soon window; build once, reuse for every row. */
export interface CategoryContext {
  readonly asOf: IsoDate;
  readonly horizonDays: number;
  /** Last day that still counts as due soon: asOf + horizonDays. */
  readonly horizonEnd: IsoDate;
}

/** Builds the context for an as-of day and a due-soon horizon in days (whole, 0 to 365). */
export function categoryContext(asOf: IsoDate, horizonDays: number = DEFAULT_HORIZON_DAYS): CategoryContext {
  const days = clampHorizon(horizonDays);
  return { asOf, horizonDays: days, horizonEnd: plusDays(asOf, days) };
}

/** A horizon setting made safe: a whole number of days from 0 to 365, 7 when unreadable. */
export function clampHorizon(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_HORIZON_DAYS;
  return Math.min(MAX_HORIZON_DAYS, Math.max(0, Math.floor(value)));
}

/** True when the directive counts as done at the as-of day. */
export function isDoneAt(status: DirectiveStatus, completedOn: IsoDate | null, asOf: IsoDate): boolean {
  return status === 'done' && (completedOn === null || completedOn <= asOf);
}

/**
 * The display category from the raw fields; the hot-loop form (no allocation, string comparisons only).
 * `due` is dueDate(deadline), computed once per directive by the caller.
 */
export function categoryOf(
  status: DirectiveStatus,
  completedOn: IsoDate | null,
  due: IsoDate | null,
  ongoing: boolean,
  ctx: CategoryContext,
): Category {
  if (status === 'cancelled') return 'cancelled';
  if (isDoneAt(status, completedOn, ctx.asOf)) {
    return due === null || completedOn === null || completedOn <= due ? 'done-on-time' : 'done-late';
  }
  if (due !== null) {
    if (due < ctx.asOf) return 'overdue';
    if (due <= ctx.horizonEnd) return 'due-soon';
  }
  if (status === 'paused') return 'paused';
  if (ongoing) return 'ongoing';
  if (due === null) return 'no-deadline';
  return status === 'not-started' ? 'not-started' : 'in-progress';
}

/** The display category of a directive at the context's as-of day. */
export function categorize(directive: Pick<Directive, 'status' | 'completedOn' | 'deadline'>, ctx: CategoryContext): Category {
  return categoryOf(directive.status, directive.completedOn, dueDate(directive.deadline), directive.deadline.kind === 'ongoing', ctx);
}

/** The Government Office group of a category; `hasDue` tells open directives with a due day from those without. */
export function groupOf(category: Category, hasDue: boolean): Group {
  switch (category) {
    case 'done-on-time':
    case 'done-late':
      return category;
    case 'overdue':
      return 'open-overdue';
    case 'cancelled':
    case 'ongoing':
    case 'no-deadline':
      return 'not-counted';
    default:
      // due-soon, in-progress, not-started and paused: open; counted only if a due day exists (paused may have none).
      return hasDue ? 'open-within-deadline' : 'not-counted';
  }
}

/** Where a directive of this category stands against its due day. */
export function timingOf(category: Category, due: IsoDate | null, ongoing: boolean): Timing {
  switch (category) {
    case 'done-on-time':
    case 'done-late':
    case 'cancelled':
      return 'closed';
    case 'overdue':
    case 'due-soon':
      return category;
    default:
      return ongoing ? 'ongoing' : due === null ? 'no-deadline' : 'not-due';
  }
}

/** Everything derived for one directive, for screens that show one row at a time. */
export interface Classification {
  category: Category;
  group: Group;
  timing: Timing;
  due: IsoDate | null;
}

/** Category, group, timing and due day of one directive. */
export function classify(directive: Pick<Directive, 'status' | 'completedOn' | 'deadline'>, ctx: CategoryContext): Classification {
  const due = dueDate(directive.deadline);
  const ongoing = directive.deadline.kind === 'ongoing';
  const category = categoryOf(directive.status, directive.completedOn, due, ongoing, ctx);
  return { category, group: groupOf(category, due !== null), timing: timingOf(category, due, ongoing), due };
}

/** Colour names follow the common palette (antd preset names); `hex` is for charts and print. */
export type CategoryColour = 'green' | 'blue' | 'orange' | 'red' | 'grey' | 'gold' | 'purple' | 'cyan' | 'geekblue' | 'slate';

export interface CategoryStyle {
  colour: CategoryColour;
  hex: string;
}

/** Colours of the categories: green on time, blue in progress, orange late, red overdue, grey not started. */
export const CATEGORY_STYLE: Readonly<Record<Category, CategoryStyle>> = {
  'done-on-time': { colour: 'green', hex: '#389e0d' },
  'done-late': { colour: 'orange', hex: '#d46b08' },
  overdue: { colour: 'red', hex: '#cf1322' },
  'due-soon': { colour: 'gold', hex: '#d48806' },
  'in-progress': { colour: 'blue', hex: '#0958d9' },
  'not-started': { colour: 'grey', hex: '#8c8c8c' },
  paused: { colour: 'purple', hex: '#531dab' },
  ongoing: { colour: 'cyan', hex: '#08979c' },
  'no-deadline': { colour: 'geekblue', hex: '#1d39c4' },
  cancelled: { colour: 'slate', hex: '#595959' },
};

/** Colours of the Government Office groups (same meaning as the categories they gather). */
export const GROUP_STYLE: Readonly<Record<Group, CategoryStyle>> = {
  'done-on-time': CATEGORY_STYLE['done-on-time'],
  'done-late': CATEGORY_STYLE['done-late'],
  'open-within-deadline': CATEGORY_STYLE['in-progress'],
  'open-overdue': CATEGORY_STYLE.overdue,
  'not-counted': CATEGORY_STYLE.cancelled,
};

/** Vietnamese label of a category (colour is never the only sign). */
export function categoryLabel(category: Category): string {
  return t(`followup.category.${category}` as MessageKey);
}

/** How far ahead "due soon" looks, in words: "trong 7 ngày tới", or "đến hạn hôm nay" for a horizon of 0. */
export function horizonPhrase(horizonDays: number): string {
  return horizonDays === 0 ? t('followup.horizon.today') : t('followup.horizon.days', { days: horizonDays });
}

/** Vietnamese label of a Government Office group. */
export function groupLabel(group: Group): string {
  return t(`followup.group.${group}` as MessageKey);
}

/** Vietnamese label of a timing. */
export function timingLabel(timing: Timing): string {
  return t(`followup.timing.${timing}` as MessageKey);
}

/** Vietnamese label of a stored status. */
export function statusLabel(status: DirectiveStatus): string {
  return t(`followup.status.${status}` as MessageKey);
}
