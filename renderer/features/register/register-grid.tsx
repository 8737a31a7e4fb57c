/**
 * The register as a virtualised grid: only the rows in view (plus a few) are in the page, each of one fixed
 * height, so 20,000 directives scroll as smoothly as 20. A div grid with ARIA roles (grid, row, columnheader,
 * gridcell, aria-rowcount/aria-rowindex) rather than a table component, which would be far heavier per row.
 *
 * Keyboard: the grid takes focus as a whole and points at the active row with aria-activedescendant;
 * ↑/↓/PageUp/PageDown/Home/End move the active row and keep it in view, Enter opens its follow-up, Shift+Enter its
 * meeting.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Id } from '../../../src/domain/types.js';
import type { CategoryContext } from '../../../src/followup/categories.js';
import type { RegisterIndex } from '../../../src/followup/register-index.js';
import type { RegisterRow } from '../../../src/followup/register-rows.js';
import { t } from '../../../src/i18n/index.js';
import { charsPerLine, GRID_MIN_WIDTH, GRID_TEMPLATE, REGISTER_COLUMNS } from './register-columns.js';
import type { RegisterSort } from './register-state.js';

export const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 44;
// Rows beyond the view, so a quick wheel turn never shows a blank: each extra row is laid out again on every keystroke
// that changes the result (about 0.6 ms a row on a slow machine), so two are kept on each side.
const OVERSCAN = 2;

/** Element id of a row, for aria-activedescendant. */
export const rowDomId = (id: Id): string => `register-row-${id}`;

interface Props {
  index: RegisterIndex;
  /** Positions (into index.rows) of the rows shown, in order. */
  positions: Int32Array;
  ctx: CategoryContext;
  sort: RegisterSort | null;
  activeId: Id | null;
  onSort: (key: NonNullable<RegisterSort['key']>) => void;
  onActivate: (id: Id) => void;
  onOpen: (id: Id) => void;
  onOpenMeeting: (id: Id) => void;
  /** Receives the grid element (to give it focus back after the drawer closes). */
  gridRef?: RefObject<HTMLDivElement | null>;
}

export function RegisterGrid({ index, positions, ctx, sort, activeId, onSort, onActivate, onOpen, onOpenMeeting, gridRef }: Props) {
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = gridRef ?? ownRef;
  const rows = index.rows;
  const count = positions.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
  });

  const activeIndex = useMemo(() => {
    if (activeId === null) return -1;
    for (let i = 0; i < positions.length; i += 1) if (rows[positions[i]!]!.id === activeId) return i;
    return -1;
  }, [activeId, positions, rows]);

  // Only a move by keyboard scrolls: reading the scroll position forces a layout, which a new search result (that
  // also moves the active row's index) should not pay for. Fixed row heights make "in view" plain arithmetic.
  const scrollPending = useRef(false);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!scrollPending.current || el === null || activeIndex < 0) return;
    scrollPending.current = false;
    const top = HEADER_HEIGHT + activeIndex * ROW_HEIGHT;
    if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight && el.clientHeight > 0) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [activeIndex, scrollRef]);

  const idAt = useCallback((i: number): Id | null => (i >= 0 && i < count ? rows[positions[i]!]!.id : null), [count, positions, rows]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (count === 0) return;
    // A page is what fits in view, less one row kept for context (ten rows before the grid has a size).
    const visible = Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT);
    const page = visible > 1 ? visible - 1 : 10;
    const current = activeIndex;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current < 0 ? 0 : Math.min(count - 1, current + 1);
        break;
      case 'ArrowUp':
        next = current < 0 ? 0 : Math.max(0, current - 1);
        break;
      case 'PageDown':
        next = Math.min(count - 1, Math.max(0, current) + page);
        break;
      case 'PageUp':
        next = Math.max(0, current - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter': {
        const id = idAt(current);
        if (id === null) return;
        event.preventDefault();
        if (event.shiftKey) onOpenMeeting(id);
        else onOpen(id);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const id = idAt(next);
    if (id === null) return;
    scrollPending.current = true;
    onActivate(id);
  }

  function onFocus(): void {
    // A keyboard user arriving on the grid lands on a row, never on nothing.
    if (activeIndex < 0) {
      const first = idAt(0);
      if (first !== null) onActivate(first);
    }
  }

  const chars = useColumnChars(scrollRef);
  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={t('register.grid')}
      aria-rowcount={count + 1}
      aria-colcount={REGISTER_COLUMNS.length}
      aria-activedescendant={activeIndex >= 0 && activeId !== null ? rowDomId(activeId) : undefined}
      tabIndex={0}
      data-testid="register-grid"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      // Strict containment: the grid's size never depends on its rows, so a new search result is laid out inside the
      // grid only, never as a layout of the whole page.
      style={{ position: 'relative', height: '100%', overflow: 'auto', border: '1px solid #e5e7eb', borderRadius: 6, outlineOffset: -2, contain: 'strict' }}
    >
      <div style={{ minWidth: GRID_MIN_WIDTH }}>
        <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1 }}>
          <div
            role="row"
            aria-rowindex={1}
            style={{ display: 'grid', gridTemplateColumns: GRID_TEMPLATE, height: HEADER_HEIGHT, background: '#fafafa', borderBottom: '1px solid #e5e7eb' }}
          >
            {REGISTER_COLUMNS.map((column, c) => (
              <HeaderCell key={column.id} column={column} colIndex={c + 1} sort={sort} onSort={onSort} />
            ))}
          </div>
        </div>
        <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[positions[item.index]!]!;
            // Keyed by place on screen, not by directive: a new search result updates the rows in view in place
            // instead of replacing their elements.
            return (
              <GridRow
                key={item.index}
                row={row}
                rowIndex={item.index + 2}
                top={item.start - HEADER_HEIGHT}
                active={item.index === activeIndex}
                ctx={ctx}
                chars={chars}
                onActivate={onActivate}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function HeaderCell({
  column,
  colIndex,
  sort,
  onSort,
}: {
  column: (typeof REGISTER_COLUMNS)[number];
  colIndex: number;
  sort: RegisterSort | null;
  onSort: Props['onSort'];
}) {
  const label = t(column.label);
  const sorted = column.sortKey !== null && sort?.key === column.sortKey ? sort.direction : null;
  const ariaSort = column.sortKey === null ? undefined : sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const sortKey = column.sortKey;
  return (
    <div role="columnheader" aria-colindex={colIndex} aria-sort={ariaSort} style={{ display: 'flex', alignItems: 'center', padding: '0 8px', fontWeight: 600, minWidth: 0, overflow: 'hidden', lineHeight: '16px' }}>
      {sortKey === null ? (
        label
      ) : (
        <button
          type="button"
          title={t('register.sortBy', { column: label })}
          onClick={() => onSort(sortKey)}
          style={{ all: 'unset', cursor: 'pointer', display: 'inline-flex', gap: 4, alignItems: 'center' }}
        >
          {label}
          <span aria-hidden="true" style={{ color: sorted === null ? '#bfbfbf' : '#1f5fa8' }}>
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      )}
    </div>
  );
}

interface RowProps {
  row: RegisterRow;
  rowIndex: number;
  top: number;
  active: boolean;
  ctx: CategoryContext;
  chars: readonly number[];
  onActivate: (id: Id) => void;
  onOpen: (id: Id) => void;
}

/** Characters per line of each column at the grid's width, followed as the window is resized. */
function useColumnChars(gridRef: RefObject<HTMLDivElement | null>): readonly number[] {
  const [width, setWidth] = useState(() => document.documentElement.clientWidth);
  useEffect(() => {
    const el = gridRef.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [gridRef]);
  // Steps of 40 pixels: a resize redraws the rows only when the budgets change.
  const step = Math.round(width / 40) * 40;
  return useMemo(() => charsPerLine(step), [step]);
}

// Memoised: scrolling re-renders the grid, but a row that stays in view and did not change is not redrawn.
const GridRow = memo(function GridRow({ row, rowIndex, top, active, ctx, chars, onActivate, onOpen }: RowProps) {
  return (
    <div
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={rowIndex}
      aria-selected={active}
      data-directive-id={row.id}
      onClick={() => onActivate(row.id)}
      onDoubleClick={() => onOpen(row.id)}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        // Each row is its own layout boundary: new text in one row is laid out within that row.
        contain: 'strict',
        transform: `translateY(${top}px)`,
        display: 'grid',
        gridTemplateColumns: GRID_TEMPLATE,
        alignItems: 'center',
        borderBottom: '1px solid #f0f0f0',
        background: active ? '#e6f0fb' : undefined,
        boxShadow: active ? 'inset 3px 0 0 #1f5fa8' : undefined,
        cursor: 'default',
        fontSize: 13,
        lineHeight: '18px',
      }}
    >
      {REGISTER_COLUMNS.map((column, c) => (
        <div key={column.id} role="gridcell" aria-colindex={c + 1} style={{ padding: '0 8px', minWidth: 0, overflow: 'hidden' }}>
          {column.cell(row, ctx, chars[c] ?? 0)}
        </div>
      ))}
    </div>
  );
});
