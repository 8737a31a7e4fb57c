/**
 * Every write that touches more than one record must be all-or-nothing. Each case makes the database fail half-way
 * (a Dexie hook on a later step throws) and checks that the whole database is exactly as before.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretariatDb } from '../../renderer/db/database.js';
import { addAttendance, addNewPersonAsAttendance, moveAttendance, removeAttendance, restoreAttendance } from '../../renderer/db/writes/attendances.js';
import { addDirective, deleteDirective, moveDirective, restoreDirective } from '../../renderer/db/writes/directives.js';
import { createPerson } from '../../renderer/db/writes/directory.js';
import { createMeeting, purgeMeeting, trashMeeting, updateMeeting } from '../../renderer/db/writes/meetings.js';
import { LATEST_SCHEMA_VERSION, reshape, SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/schema-versions.js';
import { foldForSearch } from '../../src/text/fold.js';
import { attendanceInput, directiveInput, meetingInput } from '../fixtures/records.js';
import { fullMeeting, snapshot, type FullMeeting } from './db-fixtures.js';
import { freshDb } from './fresh-db.js';

let db: SecretariatDb;
let full: FullMeeting;
beforeEach(async () => {
  db = freshDb();
  full = await fullMeeting(db);
});
afterEach(() => db.close());

type HookName = 'creating' | 'updating' | 'deleting';
type TableName = 'meetings' | 'meetingTexts' | 'people' | 'attendances' | 'directives' | 'followUps';

/** Makes the `nth` operation of that kind on a table fail, as a full disk or a crash would. */
function failOn(table: TableName, hook: HookName, nth = 1): void {
  let calls = 0;
  const fail = () => {
    calls += 1;
    if (calls >= nth) throw new Error(`panne simulée (${table} ${hook})`);
  };
  // Dexie's hook signatures differ per kind; each throws the same way.
  if (hook === 'creating') db[table].hook('creating', fail);
  else if (hook === 'updating') db[table].hook('updating', fail);
  else db[table].hook('deleting', fail);
}

async function expectNothingChanged(write: () => Promise<unknown>): Promise<void> {
  const before = await snapshot(db);
  await expect(write()).rejects.toThrow('panne simulée');
  expect(await snapshot(db)).toEqual(before);
}

describe('writes are all-or-nothing', () => {
  it('addNewPersonAsAttendance: the person is not left in the directory when adding the attendance fails', async () => {
    failOn('attendances', 'creating');
    await expectNothingChanged(() => addNewPersonAsAttendance(db, full.meeting.id, { fullName: 'Đoàn Văn Đảnh', title: '', unitId: null }, { role: 'guest' }));
    expect(await db.people.where('fullName').equals('Đoàn Văn Đảnh').count()).toBe(0);
  });

  it('addAttendance at the top: the new row is not kept when renumbering the others fails', async () => {
    const person = await createPerson(db, { fullName: 'Trần Dương Tuấn', title: 'Chủ tịch MTTQ', unitId: null });
    failOn('attendances', 'updating');
    await expectNothingChanged(() =>
      addAttendance(db, full.meeting.id, attendanceInput({ personId: person.id }), 0),
    );
  });

  it('moveAttendance: when the second renumbering fails, the first is undone too', async () => {
    failOn('attendances', 'updating', 2);
    await expectNothingChanged(() => moveAttendance(db, full.attendanceIds[1] ?? '', 0));
  });

  it('removeAttendance: the attendee is not removed when renumbering the rest fails', async () => {
    failOn('attendances', 'updating');
    await expectNothingChanged(() => removeAttendance(db, full.attendanceIds[0] ?? ''));
  });

  it('restoreAttendance: the attendee does not come back at a duplicate rank when renumbering fails', async () => {
    const removed = await removeAttendance(db, full.attendanceIds[0] ?? '');
    failOn('attendances', 'updating');
    await expectNothingChanged(() => restoreAttendance(db, removed));
  });

  it('addDirective in the middle: no half-numbered list when renumbering fails', async () => {
    failOn('directives', 'updating');
    await expectNothingChanged(() => addDirective(db, full.meeting.id, directiveInput({ text: 'Chỉ đạo chen giữa.' }), 1));
  });

  it('moveDirective: when the second renumbering fails, the first is undone too', async () => {
    failOn('directives', 'updating', 2);
    await expectNothingChanged(() => moveDirective(db, full.directiveIds[2] ?? '', 0));
  });

  it('deleteDirective: follow-up entries are not lost when deleting the directive fails', async () => {
    failOn('directives', 'deleting');
    await expectNothingChanged(() => deleteDirective(db, full.directiveIds[0] ?? ''));
    expect(await db.followUps.count()).toBe(6);
  });

  it('restoreDirective: the directive does not come back without its follow-up entries', async () => {
    const deleted = await deleteDirective(db, full.directiveIds[1] ?? '');
    failOn('followUps', 'creating');
    await expectNothingChanged(() => restoreDirective(db, deleted));
  });

  it('purgeMeeting: when deleting the meeting record fails, its children are all still there', async () => {
    await trashMeeting(db, full.meeting.id);
    failOn('meetings', 'deleting');
    await expectNothingChanged(() => purgeMeeting(db, full.meeting.id));
  });

  it('purgeMeeting: a failure among the attendances leaves the directives and follow-ups in place', async () => {
    failOn('attendances', 'deleting');
    await expectNothingChanged(() => purgeMeeting(db, full.meeting.id));
  });

  it('purgeMeeting: when deleting the texts fails, the meeting and its children are all still there', async () => {
    failOn('meetingTexts', 'deleting');
    await expectNothingChanged(() => purgeMeeting(db, full.meeting.id));
    expect((await db.meetingTexts.get(full.meeting.id))?.content).toBe(full.meeting.content);
  });

  it('updateMeeting and createMeeting: a failed write leaves the stored meetings as they were', async () => {
    failOn('meetings', 'updating');
    await expectNothingChanged(() => updateMeeting(db, full.meeting.id, meetingInput({ title: 'Tên mới' })));
    failOn('meetings', 'creating');
    await expectNothingChanged(() => createMeeting(db, meetingInput()));
  });

  it('updateMeeting: when writing the texts fails after the meeting record, the meeting keeps its old title and texts', async () => {
    failOn('meetingTexts', 'updating');
    await expectNothingChanged(() => updateMeeting(db, full.meeting.id, meetingInput({ title: 'Tên mới', content: 'Diễn biến mới.' })));
    expect((await db.meetings.get(full.meeting.id))?.title).toBe(full.meeting.title);
  });

  it('createMeeting: when writing the texts fails, no meeting is left without them', async () => {
    failOn('meetingTexts', 'creating');
    await expectNothingChanged(() => createMeeting(db, meetingInput({ title: 'Cuộc họp dở dang', content: 'Diễn biến.' })));
    expect(await db.meetings.count()).toBe(1);
  });
});

describe('schema versions', () => {
  it('a database made with the current versions is upgraded by a later version through its pure upgrade function', async () => {
    const indexedDB = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new SecretariatDb(name, { indexedDB, IDBKeyRange }, SCHEMA_VERSIONS);
    const a = await createMeeting(old, meetingInput({ title: 'Hội nghị Dân vận', content: 'Diễn biến hội nghị.' }));
    const b = await createMeeting(old, meetingInput({ title: 'Họp mặt đầu xuân' }));
    old.close();

    // A synthetic next version: meetings gain a stored search key, computed by a pure function, with an index on it.
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    const addSearchKey = (record: Record<string, unknown>) => ({ ...record, searchKey: foldForSearch(String(record.title)) });
    const next: SchemaVersion = {
      version: LATEST_SCHEMA_VERSION + 1,
      stores: { ...latest?.stores, meetings: 'id, [state+date], issuingUnitId, chairPersonId, secretaryPersonId, updatedAt, searchKey' },
      upgrades: [reshape('meetings', addSearchKey)],
    };
    const input = { id: 'x', title: 'Đảng ủy' };
    expect(addSearchKey(input)).toEqual({ id: 'x', title: 'Đảng ủy', searchKey: 'dang uy' });
    expect(input).toEqual({ id: 'x', title: 'Đảng ủy' });

    const upgraded = new SecretariatDb(name, { indexedDB, IDBKeyRange }, [...SCHEMA_VERSIONS, next]);
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    const records = (await upgraded.meetings.toArray()) as unknown as Array<{ id: string; searchKey?: string }>;
    expect(records.map((r) => [r.id, r.searchKey]).sort()).toEqual([
      [a.id, 'hoi nghi dan van'],
      [b.id, 'hop mat dau xuan'],
    ].sort());
    expect(await upgraded.meetings.where('searchKey' as never).equals('hoi nghi dan van').count()).toBe(1);
    // A step on one table leaves the others alone.
    expect((await upgraded.meetingTexts.get(a.id))?.content).toBe('Diễn biến hội nghị.');
    upgraded.close();
  });
});
