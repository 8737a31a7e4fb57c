/**
 * Explicit order of directives and attendees. Directive numbers are positions (1, 2, 3 ...), so numbers
 * always follow the order after an insert, a move or a delete. Attendees keep the rank order the secretary set.
 */

export interface Ordered {
  readonly id: string;
  readonly order: number;
}

/** Sorts by `order` (stable for equal orders). */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** Gives each item its position as order, 1-based; returns only those whose order changed. */
export function renumber<T extends Ordered>(ordered: readonly T[]): Array<{ id: string; order: number }> {
  const changes: Array<{ id: string; order: number }> = [];
  ordered.forEach((item, index) => {
    if (item.order !== index + 1) changes.push({ id: item.id, order: index + 1 });
  });
  return changes;
}

/** Moves the item at `from` to position `to` (both 0-based), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const target = Math.max(0, Math.min(to, result.length - 1));
  const [moved] = result.splice(from, 1);
  if (moved !== undefined) result.splice(target, 0, moved);
  return result;
}

/** Inserts at position `at` (0-based, clamped), returning a new array. */
export function insertItem<T>(items: readonly T[], at: number, item: T): T[] {
  const result = [...items];
  result.splice(Math.max(0, Math.min(at, result.length)), 0, item);
  return result;
}

/** Display number of each item by id: position + 1 in order. */
export function numberById<T extends Ordered>(items: readonly T[]): Map<string, number> {
  return new Map(byOrder(items).map((item, index) => [item.id, index + 1]));
}
