/**
 * Writes to meetings. Trashing keeps every child record so that restoring gives back the whole meeting;
 * only purging deletes them, in one transaction.
 */
import { newId } from '../../../src/domain/ids.js';
import { meetingInputSchema, type MeetingInput } from '../../../src/domain/schemas.js';
import type { Id, Meeting } from '../../../src/domain/types.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import type { SecretariatDb } from '../database.js';
import { requireRecord } from './require.js';

/** Creates a meeting from a validated form. */
export async function createMeeting(db: SecretariatDb, input: unknown): Promise<Meeting> {
  const value = parseOrThrow(meetingInputSchema, input);
  return db.transaction('rw', db.meetings, db.units, db.people, async () => {
    await checkReferences(db, value);
    const now = Date.now();
    const meeting: Meeting = { id: newId(), ...value, state: 'active', trashedAt: null, createdAt: now, updatedAt: now };
    await db.meetings.add(meeting);
    return meeting;
  });
}

/** Saves the whole meeting form (autosave); the stored meeting is unchanged if the form is invalid. */
export async function updateMeeting(db: SecretariatDb, id: Id, input: unknown): Promise<Meeting> {
  const value = parseOrThrow(meetingInputSchema, input);
  return db.transaction('rw', db.meetings, db.units, db.people, async () => {
    const meeting = await requireRecord(db.meetings, id, 'field.meeting');
    await checkReferences(db, value);
    const updated: Meeting = { ...meeting, ...value, updatedAt: Date.now() };
    await db.meetings.put(updated);
    return updated;
  });
}

/** Moves a meeting to the trash. */
export async function trashMeeting(db: SecretariatDb, id: Id): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    await requireRecord(db.meetings, id, 'field.meeting');
    const now = Date.now();
    await db.meetings.update(id, { state: 'trashed', trashedAt: now, updatedAt: now });
  });
}

/** Brings a meeting back from the trash with everything it had. */
export async function restoreMeeting(db: SecretariatDb, id: Id): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    await requireRecord(db.meetings, id, 'field.meeting');
    await db.meetings.update(id, { state: 'active', trashedAt: null, updatedAt: Date.now() });
  });
}

/** Deletes a trashed meeting for good, with its attendances, directives and their follow-up entries. */
export async function purgeMeeting(db: SecretariatDb, id: Id): Promise<void> {
  await db.transaction('rw', [db.meetings, db.attendances, db.directives, db.followUps], async () => {
    const directiveIds = await db.directives.where('meetingId').equals(id).primaryKeys();
    await db.followUps.where('directiveId').anyOf(directiveIds).delete();
    await db.directives.where('meetingId').equals(id).delete();
    await db.attendances.where('meetingId').equals(id).delete();
    await db.meetings.delete(id);
  });
}

async function checkReferences(db: SecretariatDb, value: MeetingInput): Promise<void> {
  if (value.issuingUnitId !== null) await requireRecord(db.units, value.issuingUnitId, 'field.unit');
  if (value.chairPersonId !== null) await requireRecord(db.people, value.chairPersonId, 'field.person');
  if (value.secretaryPersonId !== null) await requireRecord(db.people, value.secretaryPersonId, 'field.person');
}
