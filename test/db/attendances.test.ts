import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import {
  addAttendance,
  addNewPersonAsAttendance,
  moveAttendance,
  removeAttendance,
  restoreAttendance,
  updateAttendance,
} from '../../renderer/db/writes/attendances.js';
import { createPerson, createUnit, updatePerson } from '../../renderer/db/writes/directory.js';
import { createMeeting } from '../../renderer/db/writes/meetings.js';
import { ValidationError } from '../../src/domain/validation.js';
import { attendanceInput, meetingInput } from '../fixtures/records.js';
import { freshDb } from './fresh-db.js';

let db: SecretariatDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function personAttending(meetingId: string, fullName: string, at?: number) {
  const person = await createPerson(db, { fullName, title: `Chức vụ ${fullName}`, unitId: null });
  return addAttendance(db, meetingId, attendanceInput({ personId: person.id, title: person.title }), at);
}

/** "order. name" in stored rank order. */
async function ranks(meetingId: string): Promise<string[]> {
  const rows = await db.attendances.where('[meetingId+order]').between([meetingId, -Infinity], [meetingId, Infinity]).toArray();
  const people = await db.people.bulkGet(rows.map((r) => r.personId));
  return rows.map((r, i) => `${r.order}. ${people[i]?.fullName ?? '?'}`);
}

describe('attendee ranks in the database', () => {
  it('ranks follow inserts at a position, moves, removals and undo', async () => {
    const meeting = await createMeeting(db, meetingInput());
    const gap = await personAttending(meeting.id, 'Lê Văn Gặp');
    const tuan = await personAttending(meeting.id, 'Trần Dương Tuấn');
    await personAttending(meeting.id, 'Phạm Thị Thanh Thảo', 1);
    expect(await ranks(meeting.id)).toEqual(['1. Lê Văn Gặp', '2. Phạm Thị Thanh Thảo', '3. Trần Dương Tuấn']);

    await moveAttendance(db, tuan.id, 1);
    expect(await ranks(meeting.id)).toEqual(['1. Lê Văn Gặp', '2. Trần Dương Tuấn', '3. Phạm Thị Thanh Thảo']);

    // A move beyond the end puts the attendee last.
    await moveAttendance(db, gap.id, 99);
    expect(await ranks(meeting.id)).toEqual(['1. Trần Dương Tuấn', '2. Phạm Thị Thanh Thảo', '3. Lê Văn Gặp']);

    const removed = await removeAttendance(db, tuan.id);
    expect(await ranks(meeting.id)).toEqual(['1. Phạm Thị Thanh Thảo', '2. Lê Văn Gặp']);

    await restoreAttendance(db, removed);
    expect(await ranks(meeting.id)).toEqual(['1. Trần Dương Tuấn', '2. Phạm Thị Thanh Thảo', '3. Lê Văn Gặp']);
  });

  it('ranks of one meeting do not move those of another', async () => {
    const first = await createMeeting(db, meetingInput());
    const second = await createMeeting(db, meetingInput({ title: 'Hội nghị khác' }));
    await personAttending(first.id, 'An');
    const binh = await personAttending(first.id, 'Bình');
    await personAttending(second.id, 'Chi');
    await personAttending(second.id, 'Dũng');
    await moveAttendance(db, binh.id, 0);
    await removeAttendance(db, binh.id);
    expect(await ranks(first.id)).toEqual(['1. An']);
    expect(await ranks(second.id)).toEqual(['1. Chi', '2. Dũng']);
  });
});

describe('adding a new person as an attendee', () => {
  it('creates the person and the attendance together, title and unit taken from the person', async () => {
    const meeting = await createMeeting(db, meetingInput());
    const unit = await createUnit(db, { name: 'Hội Nông dân tỉnh', shortName: '' });
    const { person, attendance } = await addNewPersonAsAttendance(
      db,
      meeting.id,
      { fullName: 'Đoàn Văn Đảnh', title: 'Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh', unitId: unit.id },
      { role: 'member' },
    );
    expect(await db.people.get(person.id)).toMatchObject({ fullName: 'Đoàn Văn Đảnh', unitId: unit.id, state: 'active' });
    expect(await db.attendances.get(attendance.id)).toMatchObject({
      personId: person.id,
      title: 'Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh',
      unitId: unit.id,
      presence: 'present',
      order: 1,
    });
  });

  it('a failure after the person was written leaves no person behind', async () => {
    const meeting = await createMeeting(db, meetingInput());
    // The person is valid; the attendance part (checked after the person is added) is not.
    const failing = addNewPersonAsAttendance(db, meeting.id, { fullName: 'Nguyễn Thị Hồng Nhung', title: 'Bí thư Tỉnh đoàn', unitId: null }, {
      role: 'member',
      presence: 'absent',
      absenceReason: 'x'.repeat(501),
    });
    await expect(failing).rejects.toBeInstanceOf(ValidationError);
    expect(await db.people.count()).toBe(0);
    expect(await db.attendances.count()).toBe(0);
  });

  it('a meeting that does not exist leaves no person behind either', async () => {
    const failing = addNewPersonAsAttendance(db, 'no-such-meeting', { fullName: 'Nguyễn Văn A', title: '', unitId: null }, { role: 'guest' });
    await expect(failing).rejects.toThrow('Không tìm thấy cuộc họp');
    expect(await db.people.count()).toBe(0);
  });
});

describe('titles as at the meeting', () => {
  it('a later change of title in the directory does not change the title recorded at a past meeting', async () => {
    const past = await createMeeting(db, meetingInput());
    const person = await createPerson(db, { fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: null });
    const attendance = await addAttendance(db, past.id, attendanceInput({ personId: person.id, title: person.title }));

    await updatePerson(db, person.id, { fullName: 'Lê Văn Gặp', title: 'Phó Bí thư Tỉnh ủy', unitId: null });

    expect((await db.attendances.get(attendance.id))?.title).toBe('Trưởng ban Dân vận Tỉnh ủy');
    const later = await createMeeting(db, meetingInput({ date: '2018-02-20' }));
    const now = await db.people.get(person.id);
    const next = await addAttendance(db, later.id, attendanceInput({ personId: person.id, title: now?.title ?? '' }));
    expect(next.title).toBe('Phó Bí thư Tỉnh ủy');
  });

  it('an absence is stored with its reason, and a bad edit changes nothing', async () => {
    const meeting = await createMeeting(db, meetingInput());
    const a = await personAttending(meeting.id, 'An');
    const input = attendanceInput({ personId: a.personId, presence: 'absent', absenceReason: ' đi  công tác ', title: a.title });
    await updateAttendance(db, a.id, input);
    expect(await db.attendances.get(a.id)).toMatchObject({ presence: 'absent', absenceReason: 'đi công tác' });
    await expect(updateAttendance(db, a.id, { ...input, presence: 'late' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.attendances.get(a.id)).toMatchObject({ presence: 'absent', absenceReason: 'đi công tác' });
  });
});
