/**
 * The history of a directive (progress reports and status changes) as people read it: newest first.
 */
import type { FollowUp } from '../domain/types.js';

/** Newest first: by date, then by when it was written (a report and a status change on one day keep their order). */
export function compareNewestFirst(a: FollowUp, b: FollowUp): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  // Entries written in the same millisecond (a report and the change it caused): the status change is newer.
  if (a.kind !== b.kind) return a.kind === 'status' ? -1 : 1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** A sorted copy of the history, newest first. */
export function historyNewestFirst(entries: readonly FollowUp[]): FollowUp[] {
  return [...entries].sort(compareNewestFirst);
}

/** The most recent percent of completion given in the history, or null if none was ever given. */
export function latestPercent(entries: readonly FollowUp[]): number | null {
  let best: FollowUp | null = null;
  for (const entry of entries) {
    if (entry.percent === null) continue;
    if (best === null || compareNewestFirst(entry, best) < 0) best = entry;
  }
  return best === null ? null : best.percent;
}
