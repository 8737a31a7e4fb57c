import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretariatDb } from '../../renderer/db/database.js';
import { addDirective } from '../../renderer/db/writes/directives.js';
import {
  addProgressReport,
  changeDirectiveStatus,
  deleteProgressReport,
  directiveHistory,
  restoreProgressReport,
  updateProgressReport,
} from '../../renderer/db/writes/follow-ups.js';
import { createMeeting } from '../../renderer/db/writes/meetings.js';
import type { Directive } from '../../src/domain/types.js';
import { ValidationError } from '../../src/domain/validation.js';
import { directiveInput, meetingInput } from '../fixtures/records.js';
import { freshDb } from './fresh-db.js';

const TODAY = '2017-03-15';
let db: SecretariatDb;
let directive: Directive;
beforeEach(async () => {
  db = freshDb();
  // Dates of the tests below are checked against the meeting's date (02/02/2017).
  const meeting = await createMeeting(db, meetingInput({ date: '2017-02-02' }));
  directive = await addDirective(db, meeting.id, directiveInput({ deadline: { kind: 'date', date: '2017-06-30' } }));
});
afterEach(() => db.close());

async function snapshot() {
  return { directives: await db.directives.toArray(), followUps: await db.followUps.toArray() };
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error.message;
    throw error;
  }
  throw new Error('expected the write to be refused');
}

describe('changing the status of a directive', () => {
  it('writes the directive and records the change in its history', async () => {
    const written = await changeDirectiveStatus(db, directive.id, { to: 'done', date: '2017-03-10', text: 'Đã hoàn thành', reporter: 'Trần Thị Sẵn' }, TODAY);
    const stored = await db.directives.get(directive.id);
    expect(stored).toMatchObject({ status: 'done', completedOn: '2017-03-10' });
    expect(written.directive).toEqual(stored);
    const history = await directiveHistory(db, directive.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'status', date: '2017-03-10', statusFrom: 'not-started', statusTo: 'done', percent: 100, reporter: 'Trần Thị Sẵn' });
  });

  it('leaves the directive unchanged when the history write fails half-way', async () => {
    const before = await snapshot();
    db.followUps.hook('creating', () => {
      throw new Error('Ổ đĩa đầy');
    });
    await expect(changeDirectiveStatus(db, directive.id, { to: 'done', date: '2017-03-10' }, TODAY)).rejects.toThrow('Ổ đĩa đầy');
    expect(await snapshot()).toEqual(before);
    await expect(addProgressReport(db, directive.id, { date: '2017-03-01', text: 'Đã khảo sát' }, TODAY)).rejects.toThrow('Ổ đĩa đầy');
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing when the input is refused, and says why in Vietnamese', async () => {
    const before = await snapshot();
    expect(await rejection(changeDirectiveStatus(db, directive.id, { to: 'done', date: '2017-02-01' }, TODAY))).toBe(
      'Ngày hoàn thành (01/02/2017) không được trước ngày họp (02/02/2017).',
    );
    expect(await rejection(changeDirectiveStatus(db, directive.id, { to: 'done', date: '' }, TODAY))).toBe('Khi chuyển sang «Hoàn thành» phải nhập ngày hoàn thành.');
    expect(await rejection(changeDirectiveStatus(db, directive.id, { to: 'cancelled', date: '2017-03-01' }, TODAY))).toBe('Khi hủy nội dung chỉ đạo phải nêu lý do hủy.');
    expect(await rejection(addProgressReport(db, directive.id, { date: '2017-03-01', text: 'Báo cáo', percent: 150 }, TODAY))).toBe('Tỷ lệ hoàn thành phải từ 0 đến 100%.');
    expect(await rejection(addProgressReport(db, directive.id, { date: '2017-03-16', text: 'Báo cáo' }, TODAY))).toBe(
      'Ngày báo cáo (16/03/2017) không được sau ngày hôm nay (15/03/2017).',
    );
    expect(await rejection(changeDirectiveStatus(db, 'missing', { to: 'paused', date: '2017-03-01' }, TODAY))).toBe('Không tìm thấy nội dung chỉ đạo (có thể đã bị xóa).');
    expect(await snapshot()).toEqual(before);

    await changeDirectiveStatus(db, directive.id, { to: 'done', date: '2017-03-10' }, TODAY);
    const done = await snapshot();
    expect(await rejection(changeDirectiveStatus(db, directive.id, { to: 'paused', date: '2017-03-11' }, TODAY))).toBe('Không thể chuyển trạng thái từ «Hoàn thành» sang «Tạm dừng».');
    expect(await snapshot()).toEqual(done);
  });
});

describe('progress reports', () => {
  it('keeps the history newest first, with the start of work recorded by the first report', async () => {
    const first = await addProgressReport(db, directive.id, { date: '2017-02-20', text: 'Đã ban hành kế hoạch', percent: 10 }, TODAY);
    expect(first.directive.status).toBe('in-progress');
    expect(first.statusChange).toMatchObject({ statusFrom: 'not-started', statusTo: 'in-progress', date: '2017-02-20' });
    await addProgressReport(db, directive.id, { date: '2017-03-12', text: 'Đã tổ chức 5 cuộc tuyên truyền', percent: 60 }, TODAY);
    await addProgressReport(db, directive.id, { date: '2017-03-01', text: 'Đã khảo sát 3 xã', percent: 30 }, TODAY);
    await changeDirectiveStatus(db, directive.id, { to: 'paused', date: '2017-03-14', text: 'Chờ kinh phí' }, TODAY);

    const history = await directiveHistory(db, directive.id);
    expect(history.map((e) => `${e.date} ${e.kind} ${e.statusTo ?? e.percent}`)).toEqual([
      '2017-03-14 status paused',
      '2017-03-12 report 60',
      '2017-03-01 report 30',
      '2017-02-20 status in-progress',
      '2017-02-20 report 10',
    ]);
    expect((await db.directives.get(directive.id))?.status).toBe('paused');
  });

  it('can be corrected, deleted and restored; status entries cannot be edited or deleted', async () => {
    const { followUp, statusChange } = await addProgressReport(db, directive.id, { date: '2017-02-20', text: 'Đã ban hành kế hoạch', percent: 10 }, TODAY);
    const corrected = await updateProgressReport(db, followUp.id, { date: '2017-02-21', text: 'Đã ban hành kế hoạch số 12/KH', reporter: 'Lê Văn Gặp', percent: 15 }, TODAY);
    expect(await db.followUps.get(followUp.id)).toEqual(corrected);
    expect(corrected).toMatchObject({ date: '2017-02-21', percent: 15, kind: 'report' });

    const before = await snapshot();
    expect(await rejection(updateProgressReport(db, followUp.id, { date: '2017-02-21', text: 'x', percent: -1 }, TODAY))).toBe('Tỷ lệ hoàn thành phải từ 0 đến 100%.');
    expect(await rejection(updateProgressReport(db, followUp.id, { date: '2017-01-01', text: 'x' }, TODAY))).toBe('Ngày báo cáo (01/01/2017) không được trước ngày họp (02/02/2017).');
    expect(await rejection(deleteProgressReport(db, statusChange!.id))).toContain('không sửa hay xóa được');
    expect(await rejection(updateProgressReport(db, statusChange!.id, { date: '2017-02-21', text: 'x' }, TODAY))).toContain('không sửa hay xóa được');
    expect(await snapshot()).toEqual(before);

    const deleted = await deleteProgressReport(db, followUp.id);
    expect(await db.followUps.get(followUp.id)).toBeUndefined();
    await restoreProgressReport(db, deleted);
    expect(await db.followUps.get(followUp.id)).toEqual(corrected);
  });
});
