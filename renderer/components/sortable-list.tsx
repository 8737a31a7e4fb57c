/**
 * A list whose order the user sets: drag with the mouse, drag with the keyboard (Space on the handle, arrows,
 * Space), Alt+↑ / Alt+↓ on a focused row, or the visible up/down buttons. Positions are 0-based; the caller
 * stores a move and the list shows the new order at once (numbers follow immediately), keeping it until the
 * stored order arrives from the database.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { moveItem } from '../../src/domain/ordering.js';
import { t } from '../../src/i18n/index.js';
import { reportError } from './report-error.js';

export interface SortableRowControls {
  /** 0-based position as shown; the displayed number is position + 1. */
  position: number;
  /** Handle for dragging with the mouse or the keyboard. */
  dragHandle: ReactNode;
  /** The "Lên trên" / "Xuống dưới" buttons. */
  moveButtons: ReactNode;
}

interface Props<T extends { id: string }> {
  /** The stored order. Pass the same array until the database answers (a live query result, or a memo of one). */
  items: readonly T[];
  /** How the item is named to assistive technology, given its 0-based position. */
  nameOf: (item: T, position: number) => string;
  /** Stores a move of an item to a 0-based position of this list. */
  onMove: (id: string, to: number) => Promise<void>;
  renderItem: (item: T, controls: SortableRowControls) => ReactNode;
  'aria-label': string;
}

interface Pending<T> {
  /** The stored list the optimistic order was made from; any newer list from the database replaces it. */
  from: readonly T[];
  order: string[];
}

export function SortableList<T extends { id: string }>(props: Props<T>) {
  const { items, nameOf, onMove } = props;
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const focusTarget = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);
  const pendingActive = pending !== null && pending.from === items;

  const shown = useMemo(() => {
    if (pending === null || pending.from !== items) return items;
    const byId = new Map(items.map((i) => [i.id, i]));
    return pending.order.map((id) => byId.get(id)).filter((i): i is T => i !== undefined);
  }, [items, pending]);
  const ids = useMemo(() => shown.map((i) => i.id), [shown]);

  async function move(id: string, to: number): Promise<void> {
    const from = ids.indexOf(id);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    const active = document.activeElement;
    focusTarget.current = active instanceof HTMLElement && listRef.current?.contains(active) ? active : null;
    setPending({ from: items, order: moveItem(ids, from, to) });
    try {
      await onMove(id, to);
    } catch (error) {
      setPending(null);
      reportError(error);
    }
  }

  // React moves list nodes in the DOM when the order changes, and a moved node loses focus: give it back, so a
  // keyboard user can press Alt+↓ several times in a row.
  useLayoutEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (target.isConnected && lost) {
      const row = target.closest<HTMLElement>('[data-sortable-id]');
      if (target.matches(':disabled')) row?.focus();
      else target.focus();
    }
    if (!pendingActive) focusTarget.current = null;
  });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const nameById = (id: UniqueIdentifier): string => {
    const index = ids.indexOf(String(id));
    const item = shown[index];
    return item === undefined ? '' : nameOf(item, index);
  };
  const positionOf = (id: UniqueIdentifier | undefined): number => (id === undefined ? 0 : ids.indexOf(String(id)) + 1);
  // The item is "over" itself as soon as it is picked up; saying its position again would cut off "Đã chọn…".
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t('reorder.picked', { name: nameById(active.id), position: positionOf(active.id) });
    },
    onDragOver: ({ active, over }) => {
      if (over === null || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return t('reorder.over', { name: nameById(active.id), position: positionOf(over.id) });
    },
    onDragEnd: ({ active, over }) => (over ? t('reorder.dropped', { name: nameById(active.id), position: positionOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('reorder.cancelled', { name: nameById(active.id) }),
  };

  function onDragEnd(event: DragEndEvent): void {
    if (event.over === null) return;
    void move(String(event.active.id), ids.indexOf(String(event.over.id)));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('reorder.instructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {/* aria-busy while a move is shown but not yet stored: assistive technology (and tests) can wait for it. */}
        <ol ref={listRef} aria-label={props['aria-label']} aria-busy={pendingActive} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((item, position) => (
            <SortableRow
              key={item.id}
              id={item.id}
              name={nameOf(item, position)}
              position={position}
              last={position === shown.length - 1}
              onMove={(to) => void move(item.id, to)}
            >
              {(controls) => props.renderItem(item, controls)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface RowProps {
  id: string;
  name: string;
  position: number;
  last: boolean;
  onMove: (to: number) => void;
  children: (controls: SortableRowControls) => ReactNode;
}

// Alt+arrows in a text field or a dropdown belong to that field, not to the list.
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="combobox"]';

function SortableRow({ id, name, position, last, onMove, children }: RowProps) {
  const sortable = useSortable({ id, attributes: { roleDescription: t('reorder.roleDescription') } });
  const rowStyle: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
    position: 'relative',
    zIndex: sortable.isDragging ? 2 : undefined,
    opacity: sortable.isDragging ? 0.85 : undefined,
  };
  function onKeyDown(event: KeyboardEvent<HTMLLIElement>): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof Element && event.target.closest(OWN_KEYS) !== null) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? position - 1 : position + 1);
  }
  const dragHandle = (
    <Button
      ref={sortable.setActivatorNodeRef}
      type="text"
      size="small"
      style={{ cursor: 'grab', touchAction: 'none' }}
      {...sortable.attributes}
      {...sortable.listeners}
      aria-label={t('reorder.handle', { name })}
    >
      ⠿
    </Button>
  );
  const moveButtons = (
    <>
      <Button size="small" type="text" aria-label={t('action.moveUp')} title={t('action.moveUp')} disabled={position === 0} onClick={() => onMove(position - 1)}>
        ↑
      </Button>
      <Button size="small" type="text" aria-label={t('action.moveDown')} title={t('action.moveDown')} disabled={last} onClick={() => onMove(position + 1)}>
        ↓
      </Button>
    </>
  );
  return (
    <li ref={sortable.setNodeRef} data-sortable-id={id} tabIndex={0} aria-label={name} onKeyDown={onKeyDown} style={rowStyle}>
      {children({ position, dragHandle, moveButtons })}
    </li>
  );
}
