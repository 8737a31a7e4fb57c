/**
 * Records for the database tests of meetings, the directory and transactions: a meeting with attendees,
 * directives and follow-up entries, built through the real write functions (follow-ups added directly).
 */
import type { SecretariatDb } from '../../renderer/db/database.js';
import { addAttendance } from '../../renderer/db/writes/attendances.js';
import { addDirective } from '../../renderer/db/writes/directives.js';
import { createPerson, createUnit } from '../../renderer/db/writes/directory.js';
import { createMeeting } from '../../renderer/db/writes/meetings.js';
import type { MeetingWithTexts } from '../../src/domain/types.js';
import { attendanceInput, directiveInput, followUpRecord, meetingInput } from '../fixtures/records.js';

export interface FullMeeting {
  meeting: MeetingWithTexts;
  unitId: string;
  personIds: string[];
  attendanceIds: string[];
  directiveIds: string[];
}

/** A meeting of the Bến Tre sample's shape: issuing unit, chair, texts, two attendees, three directives, follow-ups. */
export async function fullMeeting(db: SecretariatDb, title = 'Họp mặt đầu xuân Đinh Dậu năm 2017'): Promise<FullMeeting> {
  const unit = await createUnit(db, { name: `Ban Dân vận Tỉnh ủy (${title})`, shortName: 'BDV' });
  const gap = await createPerson(db, { fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: unit.id });
  const nhung = await createPerson(db, { fullName: 'Nguyễn Thị Hồng Nhung', title: 'Bí thư Tỉnh đoàn', unitId: null });
  const meeting = await createMeeting(
    db,
    meetingInput({
      title,
      place: 'Hội trường Ban Dân vận Tỉnh ủy',
      issuingUnitId: unit.id,
      chairPersonId: gap.id,
      agenda: '1. Thông tin kết quả hoạt động năm 2016.\n2. Phát động thi đua năm 2017.',
      content: `Diễn biến: ${title}. Bà Nguyễn Thị Hồng Nhung thông tin kết quả hoạt động của khối trong năm 2016.`,
      conclusion: 'Ông Lê Văn Gặp phát động thi đua năm 2017 với các nội dung sau:',
    }),
  );
  const attendances = [
    await addAttendance(db, meeting.id, attendanceInput({ personId: gap.id, title: gap.title, unitId: unit.id })),
    await addAttendance(db, meeting.id, attendanceInput({ personId: nhung.id, title: nhung.title })),
  ];
  const directives = [
    await addDirective(db, meeting.id, directiveInput({ text: 'Tập trung thực hiện tốt các chỉ tiêu theo Nghị quyết.', leadUnitId: unit.id })),
    await addDirective(db, meeting.id, directiveInput({ text: 'Kiện toàn bộ máy tổ chức.' })),
    await addDirective(db, meeting.id, directiveInput({ text: 'Tham mưu thực hiện tốt Nghị quyết 25.', deadline: { kind: 'quarter', year: 2017, quarter: 2 } })),
  ];
  for (const directive of directives) {
    await db.followUps.bulkAdd([followUp(directive.id, '2017-03-01'), followUp(directive.id, '2017-04-01')]);
  }
  return {
    meeting,
    unitId: unit.id,
    personIds: [gap.id, nhung.id],
    attendanceIds: attendances.map((a) => a.id),
    directiveIds: directives.map((d) => d.id),
  };
}

function followUp(directiveId: string, date: string) {
  return followUpRecord({ id: crypto.randomUUID(), directiveId, date, createdAt: 1, updatedAt: 1 });
}

/** Every record of every table, in primary key order: two snapshots are equal when nothing changed at all. */
export async function snapshot(db: SecretariatDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const keyPath = String(table.schema.primKey.keyPath);
    result[table.name] = (await table.toArray()).sort((a, b) => String(a[keyPath]).localeCompare(String(b[keyPath])));
  }
  return result;
}

/** Meeting children counted by table. */
export async function childCounts(db: SecretariatDb, meetingId: string, directiveIds: string[]) {
  return {
    attendances: await db.attendances.where('meetingId').equals(meetingId).count(),
    directives: await db.directives.where('meetingId').equals(meetingId).count(),
    followUps: await db.followUps.where('directiveId').anyOf(directiveIds).count(),
  };
}
