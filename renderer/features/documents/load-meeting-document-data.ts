/**
 * Everything the minutes and the notice of one meeting are built from, read in one Dexie read transaction so
 * that a document never mixes records from before and after a concurrent edit.
 */
import type { Attendance, Directive, Id, MeetingWithTexts, Person, Unit } from '../../../src/domain/types.js';
import { byOrder } from '../../../src/domain/ordering.js';
import { documentSettingsKey } from '../../../src/documents/settings.js';
import type { SecretariatDb } from '../../db/database.js';
import { withTexts } from '../../db/writes/meetings.js';

export interface MeetingDocumentData {
  /** The meeting with its agenda, minutes and conclusion. */
  readonly meeting: MeetingWithTexts;
  /** In rank order. */
  readonly attendances: readonly Attendance[];
  /** In numbered order. */
  readonly directives: readonly Directive[];
  /** The units and people the meeting refers to (attendees, chair, secretary, leaders, lead and support units). */
  readonly units: ReadonlyMap<Id, Unit>;
  readonly people: ReadonlyMap<Id, Person>;
  /** The issuing body's stored document settings, of unknown shape (the document core parses them); null if none. */
  readonly settings: unknown;
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** Reads a meeting and what its documents refer to; null when there is no such meeting. */
export async function loadMeetingDocumentData(db: SecretariatDb, meetingId: Id): Promise<MeetingDocumentData | null> {
  return db.transaction('r', [db.meetings, db.meetingTexts, db.attendances, db.directives, db.units, db.people, db.settings], async () => {
    const stored = await db.meetings.get(meetingId);
    if (stored === undefined) return null;
    const [texts, attendances, directives] = await Promise.all([
      db.meetingTexts.get(meetingId),
      db.attendances.where('meetingId').equals(meetingId).toArray(),
      db.directives.where('meetingId').equals(meetingId).toArray(),
    ]);
    const meeting = withTexts(stored, texts);

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
    const settings = meeting.issuingUnitId === null ? null : ((await db.settings.get(documentSettingsKey(meeting.issuingUnitId)))?.value ?? null);

    return {
      meeting,
      attendances: byOrder(attendances),
      directives: byOrder(directives),
      units: new Map(units.map((u) => [u.id, u])),
      people: new Map(people.map((p) => [p.id, p])),
      settings,
    };
  });
}
