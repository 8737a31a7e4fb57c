/**
 * A complete meeting in the application's database for export tests: the Bến Tre spring meeting of the
 * document fixtures, with a secretary so that nothing the minutes need is missing, and (optionally) the issuing
 * body's document settings. Directives are stored last-first, so a document in the right order proves it was
 * ordered by number and not by storage.
 */
import { db } from '../../../renderer/db/instance.js';
import { documentSettingsKey } from '../../../src/documents/settings.js';
import { person } from '../../documents/fixtures/records.js';
import { benTreInput, BT, BT_DIRECTIVE_TEXTS, BT_SETTINGS } from '../../documents/fixtures/samples.js';

export const SECRETARY = person('p-secretary', 'Trần Văn Ghi', 'Chuyên viên Ban Dân vận Tỉnh ủy', BT.bdv.id);
export const MEETING_ID = 'm-bentre';
export const ISSUING_UNIT_ID = BT.bdv.id;
export { BT_DIRECTIVE_TEXTS, BT_SETTINGS };

export async function seedMeeting(options: { settings: boolean }): Promise<void> {
  const input = benTreInput();
  // Stored as the app stores it: the meeting's short fields in meetings, its texts in meetingTexts.
  const { agenda, content, conclusion, ...meeting } = input.meeting;
  await db.transaction('rw', [db.meetings, db.meetingTexts, db.attendances, db.directives, db.units, db.people, db.settings], async () => {
    await db.units.bulkPut([...input.units.values()]);
    await db.people.bulkPut([...input.people.values(), SECRETARY]);
    await db.meetings.put({ ...meeting, secretaryPersonId: SECRETARY.id });
    await db.meetingTexts.put({ meetingId: meeting.id, agenda, content, conclusion, updatedAt: meeting.updatedAt });
    await db.attendances.bulkPut([...input.attendances]);
    await db.directives.bulkPut([...input.directives].reverse());
    if (options.settings) await db.settings.put({ key: documentSettingsKey(ISSUING_UNIT_ID), value: BT_SETTINGS, updatedAt: 1 });
  });
}
