/**
 * Writes to meetings. A meeting is two records: its short fields in `meetings` and its long texts in
 * `meetingTexts` (see src/db/schema-versions.ts, version 2); the form is saved to both in one transaction.
 * Trashing keeps every child record so that restoring gives back the whole meeting; only purging deletes them,
 * in one transaction.
 */
import { newId } from '../../../src/domain/ids.js';
import { meetingInputSchema, type MeetingInput } from '../../../src/domain/schemas.js';
import type { Id, Meeting, MeetingTextField, MeetingTexts, MeetingWithTexts } from '../../../src/domain/types.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import type { SecretariatDb } from '../database.js';
import { requireRecord } from './require.js';

/** Splits a validated form into the meeting's short fields and its texts. */
function splitInput(value: MeetingInput): { fields: Omit<MeetingInput, MeetingTextField>; texts: Pick<MeetingTexts, MeetingTextField> } {
  const { agenda, content, conclusion, ...fields } = value;
  return { fields, texts: { agenda, content, conclusion } };
}

/** Creates a meeting and its texts from a validated form. */
export async function createMeeting(db: SecretariatDb, input: unknown): Promise<MeetingWithTexts> {
  const { fields, texts } = splitInput(parseOrThrow(meetingInputSchema, input));
  return db.transaction('rw', [db.meetings, db.meetingTexts, db.units, db.people], async () => {
    await checkReferences(db, fields);
    const now = Date.now();
    const meeting: Meeting = { id: newId(), ...fields, state: 'active', trashedAt: null, createdAt: now, updatedAt: now };
    await db.meetings.add(meeting);
    await db.meetingTexts.add({ meetingId: meeting.id, ...texts, updatedAt: now });
    return { ...meeting, ...texts };
  });
}

/** Saves the whole meeting form (autosave) to the meeting and its texts; both are unchanged if the form is invalid. */
export async function updateMeeting(db: SecretariatDb, id: Id, input: unknown): Promise<MeetingWithTexts> {
  const { fields, texts } = splitInput(parseOrThrow(meetingInputSchema, input));
  return db.transaction('rw', [db.meetings, db.meetingTexts, db.units, db.people], async () => {
    const meeting = await requireRecord(db.meetings, id, 'field.meeting');
    await checkReferences(db, fields);
    const now = Date.now();
    const updated: Meeting = { ...meeting, ...fields, updatedAt: now };
    await db.meetings.put(updated);
    await db.meetingTexts.put({ meetingId: id, ...texts, updatedAt: now });
    return { ...updated, ...texts };
  });
}

/** A meeting with its texts, read together so they match; null when there is no such meeting. */
export async function readMeetingWithTexts(db: SecretariatDb, id: Id): Promise<MeetingWithTexts | null> {
  return db.transaction('r', [db.meetings, db.meetingTexts], async () => {
    const [meeting, texts] = await Promise.all([db.meetings.get(id), db.meetingTexts.get(id)]);
    return meeting === undefined ? null : withTexts(meeting, texts);
  });
}

/** Joins a meeting with its texts; a meeting without a texts record (never written by the app) has empty texts. */
export function withTexts(meeting: Meeting, texts: MeetingTexts | undefined): MeetingWithTexts {
  return { ...meeting, agenda: texts?.agenda ?? '', content: texts?.content ?? '', conclusion: texts?.conclusion ?? '' };
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

/** Deletes a trashed meeting for good, with its texts, attendances, directives and their follow-up entries. */
export async function purgeMeeting(db: SecretariatDb, id: Id): Promise<void> {
  await db.transaction('rw', [db.meetings, db.meetingTexts, db.attendances, db.directives, db.followUps], async () => {
    const directiveIds = await db.directives.where('meetingId').equals(id).primaryKeys();
    await db.followUps.where('directiveId').anyOf(directiveIds).delete();
    await db.directives.where('meetingId').equals(id).delete();
    await db.attendances.where('meetingId').equals(id).delete();
    await db.meetingTexts.delete(id);
    await db.meetings.delete(id);
  });
}

async function checkReferences(db: SecretariatDb, value: Pick<MeetingInput, 'issuingUnitId' | 'chairPersonId' | 'secretaryPersonId'>): Promise<void> {
  if (value.issuingUnitId !== null) await requireRecord(db.units, value.issuingUnitId, 'field.unit');
  if (value.chairPersonId !== null) await requireRecord(db.people, value.chairPersonId, 'field.person');
  if (value.secretaryPersonId !== null) await requireRecord(db.people, value.secretaryPersonId, 'field.person');
}
