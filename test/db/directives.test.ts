import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { addDirective, deleteDirective, moveDirective, restoreDirective } from '../../renderer/db/writes/directives.js';
import { createMeeting } from '../../renderer/db/writes/meetings.js';
import { ValidationError } from '../../src/domain/validation.js';
import { directiveInput, followUpRecord, meetingInput } from '../fixtures/records.js';
import { freshDb } from './fresh-db.js';

const directive = (text: string) => directiveInput({ text });

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
    const meeting = await createMeeting(db, meetingInput());
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

function followUp(directiveId: string, date: string, text: string) {
  return followUpRecord({ id: crypto.randomUUID(), directiveId, date, text, percent: 30, createdAt: 1, updatedAt: 1 });
}

describe('deleting a directive and undoing it', () => {
  it('takes its follow-up entries away and gives them back, with the directive under its old number', async () => {
    const meeting = await createMeeting(db, meetingInput());
    await addDirective(db, meeting.id, directive('Một'));
    const two = await addDirective(db, meeting.id, directive('Hai'));
    const three = await addDirective(db, meeting.id, directive('Ba'));
    await db.followUps.bulkAdd([followUp(two.id, '2017-03-01', 'Đã triển khai'), followUp(two.id, '2017-06-30', 'Đã sơ kết'), followUp(three.id, '2017-04-01', 'Khác')]);

    const deleted = await deleteDirective(db, two.id);
    expect(deleted.followUps.map((f) => f.text).sort()).toEqual(['Đã sơ kết', 'Đã triển khai']);
    expect(await db.followUps.where('directiveId').equals(two.id).count()).toBe(0);
    expect(await db.followUps.where('directiveId').equals(three.id).count()).toBe(1);
    expect(await textsInOrder(meeting.id)).toEqual(['1. Một', '2. Ba']);

    await restoreDirective(db, deleted);
    expect(await textsInOrder(meeting.id)).toEqual(['1. Một', '2. Hai', '3. Ba']);
    const history = await db.followUps.where('[directiveId+date]').between([two.id, ''], [two.id, '\uffff']).toArray();
    expect(history.map((f) => `${f.date} ${f.text}`)).toEqual(['2017-03-01 Đã triển khai', '2017-06-30 Đã sơ kết']);
    expect(await db.directives.get(two.id)).toEqual(deleted.directive);
  });

  it('undo after other directives were deleted still puts it back at its number or last', async () => {
    const meeting = await createMeeting(db, meetingInput());
    const ids = [];
    for (const text of ['Một', 'Hai', 'Ba', 'Bốn']) ids.push((await addDirective(db, meeting.id, directive(text))).id);
    const four = await deleteDirective(db, ids[3] ?? '');
    await deleteDirective(db, ids[0] ?? '');
    await restoreDirective(db, four);
    expect(await textsInOrder(meeting.id)).toEqual(['1. Hai', '2. Ba', '3. Bốn']);
  });

  it('invalid input writes nothing and keeps the numbers', async () => {
    const meeting = await createMeeting(db, meetingInput());
    await addDirective(db, meeting.id, directive('Một'));
    await expect(addDirective(db, meeting.id, directive('   '))).rejects.toThrow('Nội dung chỉ đạo không được để trống.');
    await expect(addDirective(db, meeting.id, { ...directive('Hai'), deadline: { kind: 'quarter', year: 2017, quarter: 5 } })).rejects.toBeInstanceOf(ValidationError);
    await expect(addDirective(db, meeting.id, { ...directive('Hai'), leadUnitId: 'no-such-unit' })).rejects.toThrow('Không tìm thấy đơn vị');
    expect(await textsInOrder(meeting.id)).toEqual(['1. Một']);
  });
});
