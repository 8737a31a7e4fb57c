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

export interface RegisterColumn {
  id: string;
  label: MessageKey;
  width: string;
  sortKey: SortKey | null;
  cell: (row: RegisterRow, ctx: CategoryContext) => ReactNode;
}

const clamp = (lines: number): CSSProperties => ({
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
});

const secondary: CSSProperties = { color: '#595959', fontSize: 12 };

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { id: 'number', label: 'register.col.number', width: '44px', sortKey: 'number', cell: (r) => <span style={{ fontWeight: 600 }}>{r.number}</span> },
  {
    id: 'text',
    label: 'register.col.text',
    width: 'minmax(200px, 3fr)',
    sortKey: 'text',
    cell: (r) => (
      <span title={r.text} style={clamp(2)}>
        {r.text}
      </span>
    ),
  },
  {
    id: 'meeting',
    label: 'register.col.meeting',
    width: 'minmax(140px, 1.2fr)',
    sortKey: 'meeting',
    cell: (r) => (
      <span title={r.meetingTitle} style={{ display: 'block', minWidth: 0 }}>
        <span style={clamp(1)}>{r.meetingTitle}</span>
        <span style={secondary}>{formatViDate(r.meetingDate)}</span>
      </span>
    ),
  },
  { id: 'leader', label: 'register.col.leader', width: 'minmax(100px, 0.8fr)', sortKey: 'leader', cell: (r) => <span style={clamp(2)}>{r.leaderName}</span> },
  { id: 'leadUnit', label: 'register.col.leadUnit', width: 'minmax(110px, 0.9fr)', sortKey: 'leadUnit', cell: (r) => <span style={clamp(2)}>{r.leadUnitName}</span> },
  {
    id: 'support',
    label: 'register.col.support',
    width: 'minmax(100px, 0.8fr)',
    sortKey: null,
    cell: (r) => {
      const names = r.supportUnitNames.filter((n) => n !== '').join(', ');
      return (
        <span title={names} style={clamp(2)}>
          {names}
        </span>
      );
    },
  },
  { id: 'deadline', label: 'register.col.deadline', width: '92px', sortKey: 'due', cell: (r) => formatDeadline(r.deadline) },
  {
    id: 'status',
    label: 'register.col.status',
    width: '106px',
    sortKey: 'status',
    cell: (r) => (
      <span style={{ display: 'block' }}>
        <span style={clamp(r.status === 'done' ? 1 : 2)}>{statusLabel(r.status)}</span>
        {r.status === 'done' && r.completedOn !== null && <span style={secondary}>{formatViDate(r.completedOn)}</span>}
      </span>
    ),
  },
  { id: 'category', label: 'register.col.category', width: '176px', sortKey: 'category', cell: (r, ctx) => <CategoryTag category={rowCategory(r, ctx)} /> },
];

/** The CSS grid template shared by the heading and every row. */
export const GRID_TEMPLATE = REGISTER_COLUMNS.map((c) => c.width).join(' ');
/** Narrowest the grid gets before it scrolls sideways. */
// Sum of the minimum widths: fits a 1366-pixel screen beside the menu, so the category column stays in view.
export const GRID_MIN_WIDTH = 1080;
