/**
 * Columns of the register grid: heading, width, the sort key a click on the heading uses, and how a row's cell
 * reads. Cells are plain text clipped to a fixed row height (the grid is virtualised with fixed rows).
 */
import type { CSSProperties, ReactNode } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import { formatDeadline } from '../../../src/domain/deadline.js';
import { statusLabel, type CategoryContext } from '../../../src/followup/categories.js';
import { rowCategory, type SortKey } from '../../../src/followup/register-index.js';
import type { RegisterRow } from '../../../src/followup/register-rows.js';
import type { MessageKey } from '../../../src/i18n/index.js';
import { CategoryTag } from '../follow-up/category-tag.js';

/** A column's width: fixed pixels, or a share (fr) of what the fixed columns leave, never below `min` pixels. */
type ColumnWidth = { px: number } | { fr: number; min: number };

export interface RegisterColumn {
  id: string;
  label: MessageKey;
  width: ColumnWidth;
  sortKey: SortKey | null;
  /** `chars`: how many characters of a long text the cell can show at the grid's current width (see clipText). */
  cell: (row: RegisterRow, ctx: CategoryContext, chars: number) => ReactNode;
}

const clamp = (lines: number): CSSProperties => ({
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
});

const secondary: CSSProperties = { color: '#595959', fontSize: 12 };

/**
 * The start of a long text, enough to fill the lines its cell shows. The browser lays out all the text a cell
 * holds, clamped or not, and layout was most of the cost of showing a new search result: rows holding whole
 * directives of several hundred characters took 0.7 ms each to lay out. The full text is in the cell's tooltip and
 * in the follow-up drawer.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a character written as two UTF-16 units (an emoji) in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

const CELL_PADDING = 16;
// Narrower than any letter of the 13 px interface font but "i", "l" and punctuation: a line never shows more.
const MIN_CHAR_WIDTH = 5;

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { id: 'number', label: 'register.col.number', width: { px: 44 }, sortKey: 'number', cell: (r) => <span style={{ fontWeight: 600 }}>{r.number}</span> },
  {
    id: 'text',
    label: 'register.col.text',
    width: { fr: 3, min: 200 },
    sortKey: 'text',
    cell: (r, _ctx, chars) => (
      <span title={r.text} style={clamp(2)}>
        {clipText(r.text, 2 * chars)}
      </span>
    ),
  },
  {
    id: 'meeting',
    label: 'register.col.meeting',
    width: { fr: 1.2, min: 140 },
    sortKey: 'meeting',
    cell: (r, _ctx, chars) => (
      <span title={r.meetingTitle} style={{ display: 'block', minWidth: 0 }}>
        <span style={clamp(1)}>{clipText(r.meetingTitle, chars)}</span>
        <span style={secondary}>{formatViDate(r.meetingDate)}</span>
      </span>
    ),
  },
  { id: 'leader', label: 'register.col.leader', width: { fr: 0.8, min: 100 }, sortKey: 'leader', cell: (r, _ctx, chars) => <span style={clamp(2)}>{clipText(r.leaderName, 2 * chars)}</span> },
  { id: 'leadUnit', label: 'register.col.leadUnit', width: { fr: 0.9, min: 110 }, sortKey: 'leadUnit', cell: (r, _ctx, chars) => <span style={clamp(2)}>{clipText(r.leadUnitName, 2 * chars)}</span> },
  {
    id: 'support',
    label: 'register.col.support',
    width: { fr: 0.8, min: 100 },
    sortKey: null,
    cell: (r, _ctx, chars) => {
      const names = r.supportUnitNames.filter((n) => n !== '').join(', ');
      return (
        <span title={names} style={clamp(2)}>
          {clipText(names, 2 * chars)}
        </span>
      );
    },
  },
  { id: 'deadline', label: 'register.col.deadline', width: { px: 92 }, sortKey: 'due', cell: (r) => formatDeadline(r.deadline) },
  {
    id: 'status',
    label: 'register.col.status',
    width: { px: 106 },
    sortKey: 'status',
    cell: (r) => (
      <span style={{ display: 'block' }}>
        <span style={clamp(r.status === 'done' ? 1 : 2)}>{statusLabel(r.status)}</span>
        {r.status === 'done' && r.completedOn !== null && <span style={secondary}>{formatViDate(r.completedOn)}</span>}
      </span>
    ),
  },
  { id: 'category', label: 'register.col.category', width: { px: 176 }, sortKey: 'category', cell: (r, ctx) => <CategoryTag category={rowCategory(r, ctx)} /> },
];

/** Narrowest the grid gets before it scrolls sideways. */
// Sum of the minimum widths: fits a 1366-pixel screen beside the menu, so the category column stays in view.
export const GRID_MIN_WIDTH = 1080;

/** The CSS grid template shared by the heading and every row. */
export const GRID_TEMPLATE = REGISTER_COLUMNS.map(({ width: w }) => ('px' in w ? `${w.px}px` : `minmax(${w.min}px, ${w.fr}fr)`)).join(' ');

/**
 * Per column, how many characters fill one line of it when the grid is `gridWidth` pixels wide (the grid's own
 * track sizing, approximated: fixed columns first, the rest shared by fr, never below a column's minimum).
 */
export function charsPerLine(gridWidth: number): number[] {
  const width = Math.max(gridWidth, GRID_MIN_WIDTH);
  let fixed = 0;
  let shares = 0;
  for (const { width: w } of REGISTER_COLUMNS) {
    if ('px' in w) fixed += w.px;
    else shares += w.fr;
  }
  const fr = (width - fixed) / shares;
  return REGISTER_COLUMNS.map(({ width: w }) => {
    const px = 'px' in w ? w.px : Math.max(w.min, w.fr * fr);
    return Math.ceil((px - CELL_PADDING) / MIN_CHAR_WIDTH) + 4;
  });
}
