import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { addDirective, deleteDirective, moveDirective, restoreDirective } from '../../renderer/db/writes/directives.js';
import { createMeeting } from '../../renderer/db/writes/meetings.js';
import { freshDb } from './fresh-db.js';

const meetingForm = {
  title: 'Họp mặt đầu xuân',
  kind: 'hop-mat',
  date: '2017-02-02',
  startTime: '14:00',
  endTime: '16:30',
  place: 'Hội trường',
  issuingUnitId: null,
  chairPersonId: null,
  secretaryPersonId: null,
  agenda: '',
  content: '',
  conclusion: '',
};
const directive = (text: string) => ({ text, leaderPersonId: null, leadUnitId: null, supportUnitIds: [], deadline: { kind: 'none' } });

let db: SecretariatDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function textsInOrder(meetingId: string): Promise<string[]> {
  const rows = await db.directives.where('[meetingId+order]').between([meetingId, -Infinity], [meetingId, Infinity]).toArray();
  return rows.map((d) => `${d.order}. ${d.text}`);
}

describe('directive numbering in the database', () => {
  it('numbers follow inserts, moves, deletes and undo', async () => {
    const meeting = await createMeeting(db, meetingForm);
    const a = await addDirective(db, meeting.id, directive('A'));
    const b = await addDirective(db, meeting.id, directive('B'));
    await addDirective(db, meeting.id, directive('C'), 1);
    expect(await textsInOrder(meeting.id)).toEqual(['1. A', '2. C', '3. B']);

    await moveDirective(db, b.id, 0);
    expect(await textsInOrder(meeting.id)).toEqual(['1. B', '2. A', '3. C']);

    const deleted = await deleteDirective(db, a.id);
    expect(await textsInOrder(meeting.id)).toEqual(['1. B', '2. C']);

    await restoreDirective(db, deleted);
    expect(await textsInOrder(meeting.id)).toEqual(['1. B', '2. A', '3. C']);
  });
});
