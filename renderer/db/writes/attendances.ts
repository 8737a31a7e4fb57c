/**
 * Writes to the attendee list of a meeting. People are listed by rank, so the order is explicit and kept.
 */
import { newId } from '../../../src/domain/ids.js';
import { insertItem, moveItem } from '../../../src/domain/ordering.js';
import { attendanceInputSchema, personInputSchema } from '../../../src/domain/schemas.js';
import type { Attendance, Id, Person } from '../../../src/domain/types.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import type { SecretariatDb } from '../database.js';
import { childrenInOrder, writePositions } from './ordered-children.js';
import { requireRecord } from './require.js';

/** Adds a directory person to a meeting at a position (default: last). */
export async function addAttendance(db: SecretariatDb, meetingId: Id, input: unknown, at?: number): Promise<Attendance> {
  const value = parseOrThrow(attendanceInputSchema, input);
  return db.transaction('rw', [db.meetings, db.people, db.units, db.attendances], async () => {
    await requireRecord(db.meetings, meetingId, 'field.meeting');
    await requireRecord(db.people, value.personId, 'field.person');
    if (value.unitId !== null) await requireRecord(db.units, value.unitId, 'field.unit');
    return insertAttendance(db, meetingId, value, at);
  });
}

/**
 * Creates a person in the directory and adds them to the meeting in one step, so a failure leaves neither.
 */
export async function addNewPersonAsAttendance(
  db: SecretariatDb,
  meetingId: Id,
  personInput: unknown,
  attendance: { role: Attendance['role']; presence?: Attendance['presence']; absenceReason?: string },
  at?: number,
): Promise<{ person: Person; attendance: Attendance }> {
  const personValue = parseOrThrow(personInputSchema, personInput);
  return db.transaction('rw', [db.meetings, db.people, db.units, db.attendances], async () => {
    await requireRecord(db.meetings, meetingId, 'field.meeting');
    if (personValue.unitId !== null) await requireRecord(db.units, personValue.unitId, 'field.unit');
    const now = Date.now();
    const person: Person = { id: newId(), ...personValue, state: 'active', createdAt: now, updatedAt: now };
    await db.people.add(person);
    const value = parseOrThrow(attendanceInputSchema, {
      personId: person.id,
      role: attendance.role,
      presence: attendance.presence ?? 'present',
      absenceReason: attendance.absenceReason ?? '',
      title: person.title,
      unitId: person.unitId,
    });
    return { person, attendance: await insertAttendance(db, meetingId, value, at) };
  });
}

async function insertAttendance(
  db: SecretariatDb,
  meetingId: Id,
  value: Omit<Attendance, 'id' | 'meetingId' | 'order' | 'createdAt' | 'updatedAt'>,
  at: number | undefined,
): Promise<Attendance> {
  const siblings = await childrenInOrder(db.attendances, meetingId);
  const now = Date.now();
  const attendance: Attendance = { id: newId(), meetingId, ...value, order: siblings.length + 1, createdAt: now, updatedAt: now };
  await db.attendances.add(attendance);
  const ordered = insertItem(siblings, at ?? siblings.length, attendance);
  await writePositions(db.attendances, ordered);
  return { ...attendance, order: ordered.indexOf(attendance) + 1 };
}

/** Edits an attendee's role, presence, reason, title or unit for this meeting. */
export async function updateAttendance(db: SecretariatDb, id: Id, input: unknown): Promise<Attendance> {
  const value = parseOrThrow(attendanceInputSchema, input);
  return db.transaction('rw', [db.attendances, db.people, db.units], async () => {
    const current = await requireRecord(db.attendances, id, 'field.person');
    await requireRecord(db.people, value.personId, 'field.person');
    if (value.unitId !== null) await requireRecord(db.units, value.unitId, 'field.unit');
    const updated: Attendance = { ...current, ...value, updatedAt: Date.now() };
    await db.attendances.put(updated);
    return updated;
  });
}

/** Moves an attendee to another rank position (0-based). */
export async function moveAttendance(db: SecretariatDb, id: Id, to: number): Promise<void> {
  await db.transaction('rw', db.attendances, async () => {
    const current = await requireRecord(db.attendances, id, 'field.person');
    const siblings = await childrenInOrder(db.attendances, current.meetingId);
    const from = siblings.findIndex((a) => a.id === id);
    await writePositions(db.attendances, moveItem(siblings, from, to));
  });
}

/** Removes an attendee; returns the removed record so the UI can offer undo. */
export async function removeAttendance(db: SecretariatDb, id: Id): Promise<Attendance> {
  return db.transaction('rw', db.attendances, async () => {
    const current = await requireRecord(db.attendances, id, 'field.person');
    await db.attendances.delete(id);
    await writePositions(db.attendances, await childrenInOrder(db.attendances, current.meetingId));
    return current;
  });
}

/** Puts back a removed attendee at its old position. */
export async function restoreAttendance(db: SecretariatDb, removed: Attendance): Promise<void> {
  await db.transaction('rw', [db.meetings, db.attendances], async () => {
    await requireRecord(db.meetings, removed.meetingId, 'field.meeting');
    const siblings = await childrenInOrder(db.attendances, removed.meetingId);
    await db.attendances.put(removed);
    await writePositions(db.attendances, insertItem(siblings, removed.order - 1, removed));
  });
}
