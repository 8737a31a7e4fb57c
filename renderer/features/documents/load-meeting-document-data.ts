/**
 * Everything the minutes and the notice of one meeting are built from, read in one Dexie read transaction so
 * that a document never mixes records from before and after a concurrent edit. Attendances and directives come
 * in stored order: the view (buildMeetingView) puts them in rank and numbered order.
 */
import type { Id } from '../../../src/domain/types.js';
import type { MeetingDocumentInput } from '../../../src/documents/meeting-view.js';
import type { SecretariatDb } from '../../db/database.js';
import { readMeetingWithTexts } from '../../db/writes/meetings.js';
import { readStoredDocumentSettings } from './document-settings-data.js';

/**
 * The records of the meeting's documents: everything but the issue day and number. The units and people are
 * those the meeting refers to (attendees, chair, secretary, leaders, lead and support units).
 */
export type MeetingDocumentData = Omit<MeetingDocumentInput, 'issuedOn' | 'documentNumber'>;

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** Reads a meeting and what its documents refer to; null when there is no such meeting. */
export async function loadMeetingDocumentData(db: SecretariatDb, meetingId: Id): Promise<MeetingDocumentData | null> {
  return db.transaction('r', [db.meetings, db.meetingTexts, db.attendances, db.directives, db.units, db.people, db.settings], async () => {
    const meeting = await readMeetingWithTexts(db, meetingId);
    if (meeting === null) return null;
    const [attendances, directives] = await Promise.all([
      db.attendances.where('meetingId').equals(meetingId).toArray(),
      db.directives.where('meetingId').equals(meetingId).toArray(),
    ]);

    const personIds = new Set<Id>();
    const add = (set: Set<Id>, id: Id | null) => {
      if (id !== null) set.add(id);
    };
    for (const a of attendances) personIds.add(a.personId);
    add(personIds, meeting.chairPersonId);
    add(personIds, meeting.secretaryPersonId);
    for (const d of directives) add(personIds, d.leaderPersonId);
    const people = present(await db.people.bulkGet([...personIds]));

    const unitIds = new Set<Id>();
    add(unitIds, meeting.issuingUnitId);
    for (const a of attendances) add(unitIds, a.unitId);
    for (const p of people) add(unitIds, p.unitId);
    for (const d of directives) {
      add(unitIds, d.leadUnitId);
      for (const id of d.supportUnitIds) unitIds.add(id);
    }
    const units = present(await db.units.bulkGet([...unitIds]));
    const settings = await readStoredDocumentSettings(db, meeting.issuingUnitId);

    return {
      meeting,
      attendances,
      directives,
      units: new Map(units.map((u) => [u.id, u])),
      people: new Map(people.map((p) => [p.id, p])),
      settings,
    };
  });
}
