/**
 * The meeting list's rows: only what the table shows, cut from the full records once per database change so
 * that typing in the search box filters precomputed, folded titles and never touches the records again.
 */
import type { Id, Meeting, MeetingKind } from '../../../src/domain/types.js';
import { foldForSearch, matchesTerms, queryTerms } from '../../../src/text/fold.js';

export interface MeetingRow {
  id: Id;
  date: string;
  startTime: string;
  title: string;
  /** The title folded for search ("dan van" matches "Dân vận"). */
  searchText: string;
  kind: MeetingKind;
  place: string;
  issuingUnitId: Id | null;
  createdAt: number;
}

/** Rows for the list, newest first: by date, then start time, then creation. */
export function toMeetingRows(meetings: readonly Meeting[]): MeetingRow[] {
  const rows = meetings.map<MeetingRow>((m) => ({
    id: m.id,
    date: m.date,
    startTime: m.startTime,
    title: m.title,
    searchText: foldForSearch(m.title),
    kind: m.kind,
    place: m.place,
    issuingUnitId: m.issuingUnitId,
    createdAt: m.createdAt,
  }));
  return rows.sort(newestFirst);
}

function newestFirst(a: MeetingRow, b: MeetingRow): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? 1 : -1;
  return b.createdAt - a.createdAt;
}

/** The rows whose title contains every word of the query, diacritics and đ ignored. */
export function filterMeetingRows(rows: MeetingRow[], query: string): MeetingRow[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => matchesTerms(row.searchText, terms));
}
