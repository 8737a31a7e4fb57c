import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { setUnitState } from '../../renderer/db/writes/directory.js';
import { createMeeting, purgeMeeting, readMeetingWithTexts, restoreMeeting, trashMeeting, updateMeeting } from '../../renderer/db/writes/meetings.js';
import { createNewMeeting } from '../../renderer/features/meetings/new-meeting.js';
import { ValidationError } from '../../src/domain/validation.js';
import { meetingInput } from '../fixtures/records.js';
import { childCounts, fullMeeting } from './db-fixtures.js';
import { freshDb } from './fresh-db.js';

let db: SecretariatDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('meetings in the database', () => {
  it('stores a new meeting cleaned (NFC, no control characters), active and not trashed, its texts apart', async () => {
    const meeting = await createMeeting(
      db,
      meetingInput({ title: `  ${'Hội nghị Đảng ủy'.normalize('NFD')}\u0000 `, agenda: '1. Khai mạc', content: 'dòng 1\r\ndòng 2', conclusion: 'Kết luận.' }),
    );
    const stored = await db.meetings.get(meeting.id);
    expect(stored).toMatchObject({ title: 'Hội nghị Đảng ủy'.normalize('NFC'), state: 'active', trashedAt: null });
    // The meeting record carries no texts: lists that read every meeting never read the minutes.
    expect(stored).not.toHaveProperty('agenda');
    expect(stored).not.toHaveProperty('content');
    expect(stored).not.toHaveProperty('conclusion');
    expect(await db.meetingTexts.get(meeting.id)).toEqual({
      meetingId: meeting.id,
      agenda: '1. Khai mạc',
      content: 'dòng 1\ndòng 2',
      conclusion: 'Kết luận.',
      updatedAt: stored?.updatedAt,
    });
    expect(meeting).toEqual({ ...stored, agenda: '1. Khai mạc', content: 'dòng 1\ndòng 2', conclusion: 'Kết luận.' });
  });

  it('stores 200,000 characters of content whole', async () => {
    const content = 'Ý kiến phát biểu của đại biểu. '.repeat(7_000).slice(0, 200_000).trim();
    const meeting = await createMeeting(db, meetingInput({ content }));
    expect((await db.meetingTexts.get(meeting.id))?.content).toBe(content);
    expect((await readMeetingWithTexts(db, meeting.id))?.content).toBe(content);
  });

  it('an update writes the meeting and its texts with one time; reading gives them joined', async () => {
    const meeting = await createMeeting(db, meetingInput());
    const updated = await updateMeeting(db, meeting.id, meetingInput({ title: 'Tên mới', content: 'Diễn biến mới.', conclusion: 'Kết luận mới.' }));
    const stored = await db.meetings.get(meeting.id);
    const texts = await db.meetingTexts.get(meeting.id);
    expect(stored?.title).toBe('Tên mới');
    expect(texts).toMatchObject({ agenda: '', content: 'Diễn biến mới.', conclusion: 'Kết luận mới.', updatedAt: stored?.updatedAt });
    expect(await readMeetingWithTexts(db, meeting.id)).toEqual(updated);
    expect(updated).toMatchObject({ id: meeting.id, title: 'Tên mới', content: 'Diễn biến mới.', conclusion: 'Kết luận mới.' });
    expect(await readMeetingWithTexts(db, 'no-such-meeting')).toBeNull();
  });

  it('a meeting without a texts record (not written by the app) reads with empty texts', async () => {
    const meeting = await createMeeting(db, meetingInput({ content: 'Có nội dung.' }));
    await db.meetingTexts.delete(meeting.id);
    expect(await readMeetingWithTexts(db, meeting.id)).toMatchObject({ id: meeting.id, agenda: '', content: '', conclusion: '' });
    // Saving the form gives it its texts record back.
    await updateMeeting(db, meeting.id, meetingInput({ content: 'Viết lại.' }));
    expect((await db.meetingTexts.get(meeting.id))?.content).toBe('Viết lại.');
  });

  it('an invalid update is refused with Vietnamese messages and the stored meeting stays as it was', async () => {
    const meeting = await createMeeting(db, meetingInput({ content: 'Nội dung ban đầu.' }));
    const before = await readMeetingWithTexts(db, meeting.id);
    await expect(updateMeeting(db, meeting.id, meetingInput({ title: '', endTime: '13:00' }))).rejects.toThrow(ValidationError);
    await expect(updateMeeting(db, meeting.id, meetingInput({ title: 'x'.repeat(200_000) }))).rejects.toThrow(
      'Tên cuộc họp quá dài: tối đa 500 ký tự, đang có 200.000.',
    );
    await expect(updateMeeting(db, meeting.id, meetingInput({ issuingUnitId: 'no-such-unit' }))).rejects.toThrow('Không tìm thấy đơn vị');
    await expect(updateMeeting(db, meeting.id, meetingInput({ content: 'x'.repeat(500_001) }))).rejects.toThrow(ValidationError);
    expect(await readMeetingWithTexts(db, meeting.id)).toEqual(before);
  });

  it('trashing and restoring keep every attendee, directive and follow-up entry', async () => {
    const full = await fullMeeting(db);
    const before = await childCounts(db, full.meeting.id, full.directiveIds);
    expect(before).toEqual({ attendances: 2, directives: 3, followUps: 6 });

    await trashMeeting(db, full.meeting.id);
    const trashed = await db.meetings.get(full.meeting.id);
    expect(trashed?.state).toBe('trashed');
    expect(trashed?.trashedAt).toEqual(expect.any(Number));
    expect(await childCounts(db, full.meeting.id, full.directiveIds)).toEqual(before);

    expect(await db.meetingTexts.get(full.meeting.id)).toMatchObject({ content: full.meeting.content });

    await restoreMeeting(db, full.meeting.id);
    expect(await db.meetings.get(full.meeting.id)).toMatchObject({ state: 'active', trashedAt: null });
    expect(await childCounts(db, full.meeting.id, full.directiveIds)).toEqual(before);
    expect(await readMeetingWithTexts(db, full.meeting.id)).toMatchObject({ content: full.meeting.content, conclusion: full.meeting.conclusion });
  });

  it('purging removes the meeting and all its children, and nothing of another meeting', async () => {
    const doomed = await fullMeeting(db, 'Cuộc họp bị xóa');
    const kept = await fullMeeting(db, 'Cuộc họp giữ lại');
    await trashMeeting(db, doomed.meeting.id);
    await purgeMeeting(db, doomed.meeting.id);
    expect(await db.meetings.get(doomed.meeting.id)).toBeUndefined();
    expect(await db.meetingTexts.get(doomed.meeting.id)).toBeUndefined();
    expect(await db.meetingTexts.get(kept.meeting.id)).toMatchObject({ content: kept.meeting.content });
    expect(await childCounts(db, doomed.meeting.id, doomed.directiveIds)).toEqual({ attendances: 0, directives: 0, followUps: 0 });
    expect(await childCounts(db, kept.meeting.id, kept.directiveIds)).toEqual({ attendances: 2, directives: 3, followUps: 6 });
    // The directory is not the meeting's to delete.
    expect(await db.people.count()).toBe(4);
    expect(await db.units.count()).toBe(2);
  });

  it('lists active meetings newest first through the [state+date] index, leaving trashed ones out', async () => {
    const dates = ['2017-02-02', '2024-12-31', '2016-01-15', '2020-06-30'];
    const ids = [];
    for (const date of dates) ids.push((await createMeeting(db, meetingInput({ date, title: `Họp ${date}` }))).id);
    await trashMeeting(db, ids[1] ?? '');
    const listed = await db.meetings.where('[state+date]').between(['active', ''], ['active', '\uffff']).reverse().toArray();
    expect(listed.map((m) => m.date)).toEqual(['2020-06-30', '2017-02-02', '2016-01-15']);
  });
});

describe('a new meeting (Ctrl+N)', () => {
  it('is dated the given day, titled provisionally, kind "họp mặt", and valid as stored', async () => {
    const meeting = await createNewMeeting(db, '2026-11-25');
    expect(await db.meetings.get(meeting.id)).toMatchObject({
      title: 'Cuộc họp mới',
      date: '2026-11-25',
      kind: 'hop-mat',
      startTime: '',
      issuingUnitId: null,
      state: 'active',
    });
    expect(await db.meetingTexts.get(meeting.id)).toMatchObject({ agenda: '', content: '', conclusion: '' });
  });

  it('takes the issuing body of the latest meeting, unless that unit is archived', async () => {
    const full = await fullMeeting(db);
    expect((await createNewMeeting(db, '2026-11-25')).issuingUnitId).toBe(full.unitId);
    await setUnitState(db, full.unitId, 'archived');
    expect((await createNewMeeting(db, '2026-11-26')).issuingUnitId).toBeNull();
  });
});
