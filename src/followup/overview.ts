/**
 * The leaders' overview: how many directives stand in each category at an as-of day, the same per lead unit,
 * per leader and per issuing body, and the overdue and due-soon lists in order of urgency.
 *
 * Which directives are counted: those of live meetings (not trashed) held on or before the as-of day (a
 * directive did not exist before its meeting), optionally of one issuing body, and inside the period if one is
 * given. The period applies either to the meeting date ("what was assigned in Q1") or to the due day ("what falls
 * due in Q1"; directives without a due day then drop out). One pass over precomputed arrays.
 */
import type { IsoDate } from '../domain/dates.js';
import type { DirectiveStatus, Id } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { CATEGORIES, categoryContext, categoryOf, GROUPS, groupOf, type Category, type CategoryContext, type Group } from './categories.js';
import { daysFromTo } from './day-number.js';
import type { PreparedDirectives } from './prepared.js';

export type PeriodBasis = 'meeting' | 'due';

/** A span of days, both ends included; a null end is open. */
export interface Period {
  from: IsoDate | null;
  to: IsoDate | null;
  basis: PeriodBasis;
}

export interface OverviewOptions {
  asOf: IsoDate;
  horizonDays?: number;
  period?: Period | null;
  /** Only directives of meetings issued by this body; undefined for all bodies, null for meetings without one. */
  issuingUnitId?: Id | null;
}

export interface CategoryCounts {
  total: number;
  categories: Record<Category, number>;
  groups: Record<Group, number>;
}

export interface BreakdownRow {
  /** The unit or person id; null gathers directives that name none. */
  key: Id | null;
  counts: CategoryCounts;
}

/** A directive in the overdue or due-soon list. */
export interface UrgentItem {
  directiveId: Id;
  meetingId: Id;
  meetingDate: IsoDate;
  meetingTitle: string;
  /** The directive's number in its meeting. */
  number: number;
  due: IsoDate;
  /** Days past the due day (overdue list) or days left (due-soon list, 0 = due today). */
  days: number;
  status: DirectiveStatus;
  leadUnitId: Id | null;
  leaderPersonId: Id | null;
}

export interface Overview {
  context: CategoryContext;
  totals: CategoryCounts;
  byLeadUnit: BreakdownRow[];
  byLeader: BreakdownRow[];
  byIssuingUnit: BreakdownRow[];
  /** Most days late first. */
  overdue: UrgentItem[];
  /** Soonest due first. */
  dueSoon: UrgentItem[];
}

const N_CATEGORIES = CATEGORIES.length;
const SLOTS = N_CATEGORIES + GROUPS.length;
const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const GROUP_INDEX = new Map<Group, number>(GROUPS.map((g, i) => [g, i + N_CATEGORIES]));
// Map keys cannot tell "no unit" from a unit id without a sentinel; ids are UUIDs, never empty.
const NONE = '';

/** Computes the overview at options.asOf over prepared directives. */
export function buildOverview(data: PreparedDirectives, options: OverviewOptions): Overview {
  const ctx = categoryContext(options.asOf, options.horizonDays);
  const period = options.period ?? null;
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  const byDue = period?.basis === 'due';
  const body = options.issuingUnitId;
  const totals = new Int32Array(SLOTS);
  const units = new Map<string, Int32Array>();
  const leaders = new Map<string, Int32Array>();
  const bodies = new Map<string, Int32Array>();
  const overdue: number[] = [];
  const dueSoon: number[] = [];
  const { directives, due, ongoing, live, meetingDate, issuingUnitId } = data;

  for (let i = 0; i < directives.length; i += 1) {
    if (live[i] === 0) continue;
    const held = meetingDate[i] as IsoDate;
    if (held > ctx.asOf) continue;
    if (body !== undefined && issuingUnitId[i] !== body) continue;
    const dueDay = due[i] ?? null;
    if (period !== null) {
      const key = byDue ? dueDay : held;
      if (key === null || (from !== null && key < from) || (to !== null && key > to)) continue;
    }
    const d = directives[i]!;
    const category = categoryOf(d.status, d.completedOn, dueDay, ongoing[i] === 1, ctx);
    const c = CATEGORY_INDEX.get(category)!;
    const g = GROUP_INDEX.get(groupOf(category, dueDay !== null))!;
    totals[c]! += 1;
    totals[g]! += 1;
    count(units, d.leadUnitId, c, g);
    count(leaders, d.leaderPersonId, c, g);
    count(bodies, issuingUnitId[i] ?? null, c, g);
    if (category === 'overdue') overdue.push(i);
    else if (category === 'due-soon') dueSoon.push(i);
  }

  return {
    context: ctx,
    totals: toCounts(totals),
    byLeadUnit: toRows(units),
    byLeader: toRows(leaders),
    byIssuingUnit: toRows(bodies),
    overdue: urgentList(data, overdue, ctx.asOf, true),
    dueSoon: urgentList(data, dueSoon, ctx.asOf, false),
  };
}

function count(buckets: Map<string, Int32Array>, id: Id | null, c: number, g: number): void {
  const key = id ?? NONE;
  let slots = buckets.get(key);
  if (slots === undefined) {
    slots = new Int32Array(SLOTS);
    buckets.set(key, slots);
  }
  slots[c]! += 1;
  slots[g]! += 1;
}

function toCounts(slots: Int32Array): CategoryCounts {
  const categories = {} as Record<Category, number>;
  const groups = {} as Record<Group, number>;
  let total = 0;
  CATEGORIES.forEach((c, i) => {
    categories[c] = slots[i]!;
    total += slots[i]!;
  });
  GROUPS.forEach((g, i) => {
    groups[g] = slots[i + N_CATEGORIES]!;
  });
  return { total, categories, groups };
}

/** Rows with the most overdue first, then the most directives, then by id, so the order is stable. */
function toRows(buckets: Map<string, Int32Array>): BreakdownRow[] {
  const rows = [...buckets].map(([key, slots]) => ({ key: key === NONE ? null : key, counts: toCounts(slots) }));
  return rows.sort(
    (a, b) =>
      b.counts.groups['open-overdue'] - a.counts.groups['open-overdue'] ||
      b.counts.total - a.counts.total ||
      compareKeys(a.key, b.key),
  );
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function urgentList(data: PreparedDirectives, rows: number[], asOf: IsoDate, late: boolean): UrgentItem[] {
  // Earliest due day is both the most overdue and the soonest due; then older meetings, then lower numbers.
  rows.sort((a, b) => {
    const da = data.due[a]!;
    const db = data.due[b]!;
    if (da !== db) return da < db ? -1 : 1;
    const ma = data.meetingDate[a]!;
    const mb = data.meetingDate[b]!;
    if (ma !== mb) return ma < mb ? -1 : 1;
    const oa = data.directives[a]!;
    const ob = data.directives[b]!;
    return oa.order - ob.order || (oa.id < ob.id ? -1 : oa.id > ob.id ? 1 : 0);
  });
  return rows.map((i) => {
    const d = data.directives[i]!;
    const due = data.due[i]!;
    return {
      directiveId: d.id,
      meetingId: d.meetingId,
      meetingDate: data.meetingDate[i]!,
      meetingTitle: data.meetingTitle[i]!,
      number: d.order,
      due,
      days: late ? daysFromTo(due, asOf) : daysFromTo(asOf, due),
      status: d.status,
      leadUnitId: d.leadUnitId,
      leaderPersonId: d.leaderPersonId,
    };
  });
}

/** "Quá hạn 25 ngày", "Đến hạn hôm nay" or "Còn 5 ngày", for an item of the overdue or due-soon list. */
export function urgencyText(item: Pick<UrgentItem, 'days'>, overdue: boolean): string {
  if (overdue) return t('followup.days.late', { days: item.days });
  return item.days === 0 ? t('followup.days.dueToday') : t('followup.days.left', { days: item.days });
}
