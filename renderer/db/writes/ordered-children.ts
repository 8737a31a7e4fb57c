/**
 * Shared mechanics of the ordered children of a meeting (attendances, directives): read them in order,
 * and write back positions after an insert, move or delete, inside the caller's transaction.
 */
import type { Table } from 'dexie';
import { byOrder, renumber, type Ordered } from '../../../src/domain/ordering.js';

interface MeetingChild extends Ordered {
  meetingId: string;
}

/** The children of one meeting sorted by order. */
export async function childrenInOrder<T extends MeetingChild>(table: Table<T, string>, meetingId: string): Promise<T[]> {
  return byOrder(await table.where('meetingId').equals(meetingId).toArray());
}

/** Stores 1-based positions for the given order, touching only records whose position changed. */
export async function writePositions<T extends MeetingChild>(table: Table<T, string>, ordered: readonly T[]): Promise<void> {
  const now = Date.now();
  for (const change of renumber(ordered)) {
    // Dexie's UpdateSpec cannot see through the generic T; order and updatedAt exist on every child.
    await table.update(change.id, { order: change.order, updatedAt: now } as never);
  }
}
