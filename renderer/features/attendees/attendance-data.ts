/**
 * Reading and reordering the attendee list of one meeting. Members and guests are shown as two lists but share
 * one rank order in the database (the minutes list members first, then guests, each by rank).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Attendance, AttendanceRole, Id } from '../../../src/domain/types.js';
import { db } from '../../db/instance.js';
import { moveAttendance } from '../../db/writes/attendances.js';

/** The attendances of a meeting in rank order, kept live; undefined while loading. */
export function useMeetingAttendances(meetingId: Id): Attendance[] | undefined {
  return useLiveQuery(() => db.attendances.where('meetingId').equals(meetingId).sortBy('order'), [meetingId]);
}

/**
 * Moves an attendee to position `to` (0-based) among those of the same role. The shared order is read inside
 * the transaction, so quick successive moves each start from the previous one's result.
 */
export async function moveWithinRole(id: Id, role: AttendanceRole, to: number): Promise<void> {
  await db.transaction('rw', db.attendances, async () => {
    const current = await db.attendances.get(id);
    if (current === undefined) return;
    const all = await db.attendances.where('meetingId').equals(current.meetingId).sortBy('order');
    const target = all.filter((a) => a.role === role)[to];
    if (target === undefined) return;
    await moveAttendance(db, id, all.indexOf(target));
  });
}

/** Where a newly added attendee of a role goes in the shared order: after the last one of that role. */
export function insertPositionFor(all: readonly Attendance[], role: AttendanceRole): number {
  if (role === 'guest') return all.length;
  let last = -1;
  all.forEach((a, index) => {
    if (a.role === role) last = index;
  });
  return last + 1;
}

/** The fields updateAttendance needs, from a stored attendance with some of them changed. */
export function attendanceInput(a: Attendance, change: Partial<Pick<Attendance, 'role' | 'presence' | 'absenceReason' | 'title' | 'unitId'>>) {
  return {
    personId: a.personId,
    role: a.role,
    presence: a.presence,
    absenceReason: a.absenceReason,
    title: a.title,
    unitId: a.unitId,
    ...change,
  };
}
