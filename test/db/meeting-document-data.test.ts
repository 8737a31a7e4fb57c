import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { loadMeetingDocumentData } from '../../renderer/features/documents/load-meeting-document-data.js';
import { fullMeeting } from './db-fixtures.js';
import { freshDb } from './fresh-db.js';

let db: SecretariatDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('the records a meeting’s documents are built from', () => {
  it('give the meeting joined with its texts, its attendees and directives (ordered later by the view), and what they refer to', async () => {
    const full = await fullMeeting(db);
    const data = await loadMeetingDocumentData(db, full.meeting.id);
    expect(data?.meeting).toEqual(full.meeting);
    expect(data?.meeting.content).toContain('Bà Nguyễn Thị Hồng Nhung thông tin kết quả hoạt động');
    expect(data?.meeting.conclusion).toBe('Ông Lê Văn Gặp phát động thi đua năm 2017 với các nội dung sau:');
    expect(data?.attendances.map((a) => a.id).sort()).toEqual([...full.attendanceIds].sort());
    expect(data?.directives.map((d) => d.id).sort()).toEqual([...full.directiveIds].sort());
    expect([...(data?.people.keys() ?? [])].sort()).toEqual([...full.personIds].sort());
    expect([...(data?.units.keys() ?? [])]).toEqual([full.unitId]);
  });

  it('give empty texts for a meeting without a texts record, and null for a meeting that does not exist', async () => {
    const full = await fullMeeting(db);
    await db.meetingTexts.delete(full.meeting.id);
    expect((await loadMeetingDocumentData(db, full.meeting.id))?.meeting).toMatchObject({ id: full.meeting.id, agenda: '', content: '', conclusion: '' });
    expect(await loadMeetingDocumentData(db, 'no-such-meeting')).toBeNull();
  });
});
