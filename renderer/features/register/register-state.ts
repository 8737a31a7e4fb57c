/**
 * What the register shows: search text, filters, sort and the active row. Kept in a small store of its own (UI
 * state, never records) so that leaving the register for a meeting and coming back finds it as it was, and so
 * that a reminder can open the register already filtered to overdue and due-soon directives.
 */
import { create } from 'zustand';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { DirectiveStatus, Id } from '../../../src/domain/types.js';
import type { Category } from '../../../src/followup/categories.js';
import type { PeriodBasis } from '../../../src/followup/overview.js';
import type { RegisterQuery, SortDirection, SortKey } from '../../../src/followup/register-index.js';

/** "Any" for a select filter; null means "directives that name none". */
export const ANY = undefined;

export interface RegisterFilters {
  text: string;
  categories: Category[];
  statuses: DirectiveStatus[];
  leadUnitId: Id | null | undefined;
  leaderPersonId: Id | null | undefined;
  meetingId: Id | undefined;
  from: IsoDate | null;
  to: IsoDate | null;
  basis: PeriodBasis;
}

export interface RegisterSort {
  key: SortKey;
  direction: SortDirection;
}

export interface RegisterState extends RegisterFilters {
  sort: RegisterSort | null;
  /** Id of the active (keyboard-selected) directive. */
  activeId: Id | null;
  setFilters: (patch: Partial<RegisterFilters>) => void;
  clearFilters: () => void;
  /** Ascending, then descending, then back to the natural order. */
  cycleSort: (key: SortKey) => void;
  setActiveId: (id: Id | null) => void;
  /** Shows only overdue and due-soon directives (what a summary reminder is about). */
  showUrgent: () => void;
}

export const NO_FILTERS: RegisterFilters = {
  text: '',
  categories: [],
  statuses: [],
  leadUnitId: ANY,
  leaderPersonId: ANY,
  meetingId: ANY,
  from: null,
  to: null,
  basis: 'meeting',
};

export const useRegisterStore = create<RegisterState>()((set) => ({
  ...NO_FILTERS,
  sort: null,
  activeId: null,
  setFilters: (patch) => set(patch),
  clearFilters: () => set({ ...NO_FILTERS }),
  cycleSort: (key) =>
    set((state) => {
      if (state.sort?.key !== key) return { sort: { key, direction: 'asc' } };
      return { sort: state.sort.direction === 'asc' ? { key, direction: 'desc' } : null };
    }),
  setActiveId: (activeId) => set({ activeId }),
  showUrgent: () => set({ ...NO_FILTERS, categories: ['overdue', 'due-soon'], sort: null }),
}));

/** The filters as a query of the register index, without the text and sort (they change on their own). */
export function filterQuery(f: Omit<RegisterFilters, 'text'>): RegisterQuery {
  const query: RegisterQuery = {};
  if (f.categories.length > 0) query.categories = f.categories;
  if (f.statuses.length > 0) query.statuses = f.statuses;
  if (f.leadUnitId !== ANY) query.leadUnitId = f.leadUnitId;
  if (f.leaderPersonId !== ANY) query.leaderPersonId = f.leaderPersonId;
  if (f.meetingId !== ANY) query.meetingId = f.meetingId;
  if (f.from !== null || f.to !== null) query.period = { from: f.from, to: f.to, basis: f.basis };
  return query;
}

/** The filters other than the search text (they change rarely; the text on every keystroke). */
export type RegisterFilterFields = Omit<RegisterFilters, 'text'>;

/** Picks the filter fields out of the store's state (use with useShallow). */
export function pickFilterFields(s: RegisterFilters): RegisterFilterFields {
  return {
    categories: s.categories,
    statuses: s.statuses,
    leadUnitId: s.leadUnitId,
    leaderPersonId: s.leaderPersonId,
    meetingId: s.meetingId,
    from: s.from,
    to: s.to,
    basis: s.basis,
  };
}

/** True when any filter but the text is set. */
export function hasFilters(f: Omit<RegisterFilters, 'text'>): boolean {
  return Object.keys(filterQuery(f)).length > 0;
}
