/**
 * The register's search, filter and sort engine for tens of thousands of rows.
 *
 * Built once per data change: one folded search string per row (diacritics removed, đ→d, lower case; fields
 * joined by a character no query word contains, so a word never matches across two fields) and an index of the
 * words of those strings (./word-index.ts) that gives the rows of each query word without reading the texts.
 * Rebuilding after an edit reuses both for unchanged rows. A query marks the rows holding its words, then makes
 * one tight loop over flat arrays, narrowed to the previous hits while the user keeps typing;
 * sorting uses integer ranks computed once per sort key (Vietnamese collation for text and unit names, people by
 * given name first as in staff lists), packed with the row position into one number so the sort is a plain
 * numeric sort and ties keep the natural order.
 */
import { DIRECTIVE_STATUSES, type DirectiveStatus, type Id } from '../domain/types.js';
import { comparePersonNames, compareVietnamese } from '../text/collate.js';
import { queryTerms } from '../text/fold.js';
import { CATEGORIES, categoryOf, type Category, type CategoryContext } from './categories.js';
import { foldFast } from './fast-fold.js';
import { countTermsPerRow, FIELD_SEPARATOR, WordIndexBuilder, type WordIndex, type WordIndexReuse } from './word-index.js';
import type { Period } from './overview.js';
import type { RegisterRow } from './register-rows.js';

export const SORT_KEYS = ['meeting', 'number', 'due', 'text', 'leadUnit', 'leader', 'category', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface RegisterQuery {
  /** Words to find, with or without diacritics, in any order. */
  text?: string;
  /** Only these categories (at the context's day); empty or absent for all. */
  categories?: readonly Category[];
  /** Only these stored statuses; empty or absent for all. */
  statuses?: readonly DirectiveStatus[];
  /** The lead unit; null for directives without one; absent for any. */
  leadUnitId?: Id | null;
  /** A unit that leads or supports. */
  involvedUnitId?: Id;
  leaderPersonId?: Id | null;
  meetingId?: Id;
  issuingUnitId?: Id | null;
  period?: Period | null;
  /** Absent: natural order (newest meeting first, then by number). */
  sort?: { key: SortKey; direction: SortDirection };
}

export interface RegisterIndex {
  readonly rows: readonly RegisterRow[];
  /** Folded search text of each row. */
  readonly folded: readonly string[];
  /** The words of the folded texts and the rows holding each: built on the first text search (`searchWords`). */
  words: WordIndex | null;
  /** What the word index may take over from the index this one replaced, until it is built. */
  wordsReuse: WordIndexReuse | null;
  /** The word index being built in idle moments (`prepareSearchWords`). */
  wordsBuilder: WordIndexBuilder | null;
  /** Sort ranks per key, computed on first use (same data, so never stale). */
  readonly ranks: Map<SortKey, Int32Array>;
  /** The last text search, so that typing one more letter only re-checks the rows that matched before (a cache). */
  memo: { filters: string; terms: readonly string[]; hits: Int32Array } | null;
  /** Category rank (index in CATEGORIES) of each row for one day and horizon (a cache; categories change daily). */
  categories: { day: string; ranks: Int32Array } | null;
}

/** Builds the index; pass the previous index to reuse the folded text of rows that did not change. */
export function buildRegisterIndex(rows: readonly RegisterRow[], previous?: RegisterIndex): RegisterIndex {
  const reuse = new Map<Id, number>();
  if (previous !== undefined) previous.rows.forEach((row, i) => reuse.set(row.id, i));
  const folded = new Array<string>(rows.length);
  const previousRowOf = new Int32Array(rows.length).fill(-1);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const old = previous === undefined ? undefined : reuse.get(row.id);
    if (old !== undefined && sameSearchText(previous!.rows[old]!, row)) {
      folded[i] = previous!.folded[old]!;
      previousRowOf[i] = old;
    } else {
      folded[i] = searchText(row);
    }
  }
  const wordsReuse = previous?.words == null ? null : { previous: previous.words, previousRowOf };
  return { rows, folded, words: null, wordsReuse, wordsBuilder: null, ranks: new Map(), memo: null, categories: null };
}

/**
 * The word index, built on first need: the register shows its rows without it, and a screen can build it while
 * the user has not typed yet (a few hundred milliseconds for 20,000 directives).
 */
export function searchWords(index: RegisterIndex): WordIndex {
  if (index.words === null) {
    index.words = builderOf(index).finish();
    index.wordsBuilder = null;
    index.wordsReuse = null;
  }
  return index.words;
}

/** Builds part of the word index, until `stop()` says so; true once it is ready. */
export function prepareSearchWords(index: RegisterIndex, stop: () => boolean): boolean {
  if (index.words !== null) return true;
  if (!builderOf(index).step(stop)) return false;
  searchWords(index);
  return true;
}

function builderOf(index: RegisterIndex): WordIndexBuilder {
  index.wordsBuilder ??= new WordIndexBuilder(index.folded, index.wordsReuse ?? undefined);
  return index.wordsBuilder;
}

function searchText(row: RegisterRow): string {
  // One fold per row: the separator folds to itself, and query words never contain it nor spaces around it.
  const parts = [row.text, row.meetingTitle, row.leadUnitName, ...row.supportUnitNames, row.leaderName, row.aliases];
  return foldFast(parts.join(FIELD_SEPARATOR));
}

function sameSearchText(a: RegisterRow, b: RegisterRow): boolean {
  if (a.text !== b.text || a.meetingTitle !== b.meetingTitle || a.leadUnitName !== b.leadUnitName) return false;
  if (a.leaderName !== b.leaderName || a.aliases !== b.aliases) return false;
  if (a.supportUnitNames.length !== b.supportUnitNames.length) return false;
  return a.supportUnitNames.every((name, i) => name === b.supportUnitNames[i]);
}

const CATEGORY_RANK = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const STATUS_RANK = new Map<DirectiveStatus, number>(DIRECTIVE_STATUSES.map((s, i) => [s, i]));

/** Positions (into index.rows) of the rows that match, in the requested order. */
export function queryRegister(index: RegisterIndex, query: RegisterQuery, ctx: CategoryContext): Int32Array {
  const { rows } = index;
  const terms = queryTerms(query.text ?? '');
  const wantCategories = flags(query.categories, CATEGORY_RANK);
  const wantStatuses = flags(query.statuses, STATUS_RANK);
  const period = query.period ?? null;
  const byDue = period?.basis === 'due';
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  const { leadUnitId, involvedUnitId, leaderPersonId, meetingId, issuingUnitId } = query;
  const filters = filterKey(query, wantCategories === null ? null : ctx);
  // Rows that failed an earlier search cannot match a narrower one: each earlier word is inside a word of this one.
  const memo = index.memo;
  const candidates = memo !== null && memo.filters === filters && narrows(memo.terms, terms) ? memo.hits : null;
  // Those rows already contain every earlier word: only the words that are new need checking.
  const check = candidates === null ? terms : terms.filter((term) => !memo!.terms.includes(term));
  // How many of the words to check each row holds, from the word index: a row matches when it holds them all.
  const termCounts = check.length > 0 ? countTermsPerRow(searchWords(index), check) : null;
  const wanted = check.length;
  const categoryRank = wantCategories === null ? null : categoryRanks(index, ctx);
  const count = candidates === null ? rows.length : candidates.length;
  const out = new Int32Array(count);
  let found = 0;

  for (let k = 0; k < count; k += 1) {
    const i = candidates === null ? k : candidates[k]!;
    const row = rows[i]!;
    if (meetingId !== undefined && row.meetingId !== meetingId) continue;
    if (leadUnitId !== undefined && row.leadUnitId !== leadUnitId) continue;
    if (leaderPersonId !== undefined && row.leaderPersonId !== leaderPersonId) continue;
    if (issuingUnitId !== undefined && row.issuingUnitId !== issuingUnitId) continue;
    if (involvedUnitId !== undefined && row.leadUnitId !== involvedUnitId && !row.supportUnitIds.includes(involvedUnitId)) continue;
    if (wantStatuses !== null && wantStatuses[STATUS_RANK.get(row.status)!] === 0) continue;
    if (period !== null) {
      const key = byDue ? row.due : row.meetingDate;
      if (key === null || (from !== null && key < from) || (to !== null && key > to)) continue;
    }
    if (wantCategories !== null && wantCategories[categoryRank![i]!] === 0) continue;
    if (termCounts !== null && termCounts[i] !== wanted) continue;
    out[found] = i;
    found += 1;
  }
  const hits = out.subarray(0, found);
  if (terms.length > 0) index.memo = { filters, terms, hits: hits.slice() };
  return query.sort === undefined ? hits : sortPositions(index, hits, query.sort.key, query.sort.direction, ctx);
}

/** Everything but the text that decides which rows match (the day counts only when filtering by category). */
function filterKey(query: RegisterQuery, ctx: CategoryContext | null): string {
  const parts: unknown[] = [
    query.categories ?? [],
    query.statuses ?? [],
    query.leadUnitId,
    query.involvedUnitId,
    query.leaderPersonId,
    query.meetingId,
    query.issuingUnitId,
    query.period ?? null,
    ctx === null ? null : [ctx.asOf, ctx.horizonEnd],
  ];
  // JSON writes undefined inside arrays as null; "any unit" (undefined) and "no unit" (null) must differ.
  return JSON.stringify(parts.map((p) => (p === undefined ? '*' : p)));
}

function narrows(before: readonly string[], now: readonly string[]): boolean {
  if (before.length === 0) return false;
  return before.every((old) => now.some((term) => term.includes(old)));
}

function flags<T>(wanted: readonly T[] | undefined, rank: Map<T, number>): Uint8Array | null {
  if (wanted === undefined || wanted.length === 0) return null;
  const set = new Uint8Array(rank.size);
  for (const value of wanted) set[rank.get(value)!] = 1;
  return set;
}

/**
 * Sorts positions by a key. Each position gets rank * n + position, so equal keys keep the natural order in
 * both directions; rows without a value (no due day, no unit) come last in both directions.
 */
function sortPositions(index: RegisterIndex, positions: Int32Array, key: SortKey, direction: SortDirection, ctx: CategoryContext): Int32Array {
  const ranks = key === 'category' ? categoryRanks(index, ctx) : ranksFor(index, key);
  const n = index.rows.length;
  let max = 0;
  for (let i = 0; i < ranks.length; i += 1) if (ranks[i]! > max) max = ranks[i]!;
  const packed = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i += 1) {
    const p = positions[i]!;
    const r = ranks[p]!;
    const ordered = r < 0 ? max + 1 : direction === 'asc' ? r : max - r;
    packed[i] = ordered * n + p;
  }
  packed.sort();
  const sorted = new Int32Array(positions.length);
  for (let i = 0; i < packed.length; i += 1) sorted[i] = packed[i]! % n;
  return sorted;
}

/** Rank of each row for a key (negative: no value); cached on the index. */
function ranksFor(index: RegisterIndex, key: Exclude<SortKey, 'category'>): Int32Array {
  const cached = index.ranks.get(key);
  if (cached !== undefined) return cached;
  const rows = index.rows;
  let ranks: Int32Array;
  switch (key) {
    case 'meeting':
      ranks = rankStrings(rows.map((r) => r.meetingDate), compareCodeUnits);
      break;
    case 'due':
      ranks = rankStrings(rows.map((r) => r.due ?? ''), compareCodeUnits);
      break;
    case 'text':
      ranks = rankStrings(rows.map((r) => r.text), compareVietnamese);
      break;
    case 'leadUnit':
      ranks = rankStrings(rows.map((r) => r.leadUnitName), compareVietnamese);
      break;
    case 'leader':
      ranks = rankStrings(rows.map((r) => r.leaderName), comparePersonNames);
      break;
    case 'number':
      ranks = Int32Array.from(rows, (r) => r.number);
      break;
    case 'status':
      ranks = Int32Array.from(rows, (r) => STATUS_RANK.get(r.status)!);
      break;
  }
  index.ranks.set(key, ranks);
  return ranks;
}

function categoryRanks(index: RegisterIndex, ctx: CategoryContext): Int32Array {
  const day = `${ctx.asOf}/${ctx.horizonEnd}`;
  if (index.categories !== null && index.categories.day === day) return index.categories.ranks;
  const ranks = Int32Array.from(index.rows, (r) => CATEGORY_RANK.get(rowCategory(r, ctx))!);
  index.categories = { day, ranks };
  return ranks;
}

/** Dense ranks of strings in the given order; the empty string gets -1 (sorted last). Sorts distinct values only. */
function rankStrings(values: readonly string[], compare: (a: string, b: string) => number): Int32Array {
  const distinct = [...new Set(values)].filter((v) => v !== '').sort(compare);
  const rankOf = new Map<string, number>();
  let rank = -1;
  let last: string | null = null;
  for (const value of distinct) {
    // Strings the collation treats as equal (e.g. "ủy"/"uỷ") share a rank, so the natural order decides.
    if (last === null || compare(last, value) !== 0) rank += 1;
    rankOf.set(value, rank);
    last = value;
  }
  return Int32Array.from(values, (v) => (v === '' ? -1 : rankOf.get(v)!));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ids of rows at the given positions. */
export function idsAt(index: RegisterIndex, positions: Int32Array): Id[] {
  return Array.from(positions, (p) => index.rows[p]!.id);
}

/** The category of one row at the context's day (to colour the visible rows). */
export function rowCategory(row: RegisterRow, ctx: CategoryContext): Category {
  return categoryOf(row.status, row.completedOn, row.due, row.deadline.kind === 'ongoing', ctx);
}

/**
 * The simple way, kept only for the benchmark to compare with: concatenate and lower-case every row's text on
 * every query and test with includes (no diacritic folding, so "thi dua" does not find "thi đua").
 */
export function naiveSearch(rows: readonly RegisterRow[], text: string): Id[] {
  const needle = text.toLowerCase();
  return rows
    .filter((row) => [row.text, row.meetingTitle, row.leadUnitName, ...row.supportUnitNames].join(' ').toLowerCase().includes(needle))
    .map((row) => row.id);
}
