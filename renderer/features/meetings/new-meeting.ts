/**
 * Creating a meeting from Ctrl+N or the "Cuộc họp mới" button. The meeting is created at once with a
 * provisional name and today's date, and opens with the name selected so the secretary simply types over it:
 * no dialog to get through before the meeting starts. The issuing body is taken from the latest meeting,
 * because an office nearly always records meetings in the name of the same body.
 */
import Dexie from 'dexie';
import type { MeetingWithTexts } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import type { SecretariatDb } from '../../db/database.js';
import { createMeeting } from '../../db/writes/meetings.js';

/** Creates a meeting dated `today` with a provisional title and empty texts. */
export async function createNewMeeting(database: SecretariatDb, today: string): Promise<MeetingWithTexts> {
  const latest = await database.meetings.where('[state+date]').between(['active', Dexie.minKey], ['active', Dexie.maxKey]).last();
  const latestUnit = latest === undefined || latest.issuingUnitId === null ? undefined : await database.units.get(latest.issuingUnitId);
  return createMeeting(database, {
    title: t('meetings.newTitle'),
    kind: 'hop-mat',
    date: today,
    startTime: '',
    endTime: '',
    place: '',
    issuingUnitId: latestUnit?.state === 'active' ? latestUnit.id : null,
    chairPersonId: null,
    secretaryPersonId: null,
    agenda: '',
    content: '',
    conclusion: '',
  });
}
