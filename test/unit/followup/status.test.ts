import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../src/domain/types.js';
import { validate } from '../../../src/domain/validation.js';
import { PROGRESS_REPORT_LABELS, progressReportSchema, statusChangeLabels, statusChangeSchema, type StatusChange } from '../../../src/followup/schemas.js';
import {
  applyProgressReport,
  applyStatusChange,
  canTransition,
  checkProgressReport,
  checkStatusChange,
  deadlineBeforeMeeting,
  deadlineBeforeMeetingMessage,
} from '../../../src/followup/status.js';
import { makeDirective, onDate } from './fixtures.js';

const ctx = { meetingDate: '2017-02-02', today: '2017-03-15' };

function change(input: Record<string, unknown>): StatusChange {
  const result = validate(statusChangeSchema, input, statusChangeLabels(input.to));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.value;
}
function changeMessages(input: Record<string, unknown>): string[] {
  const result = validate(statusChangeSchema, input, statusChangeLabels(input.to));
  return result.ok ? [] : result.issues.map((i) => i.message);
}
function reportMessages(input: Record<string, unknown>): string[] {
  const result = validate(progressReportSchema, input, PROGRESS_REPORT_LABELS);
  return result.ok ? checkProgressReport(result.value, ctx).map((i) => i.message) : result.issues.map((i) => i.message);
}

describe('status change input', () => {
  it('done requires a completion date, cancelled requires a reason', () => {
    expect(changeMessages({ to: 'done', date: '' })).toEqual(['Khi chuyển sang «Hoàn thành» phải nhập ngày hoàn thành.']);
    expect(changeMessages({ to: 'cancelled', date: '2017-03-01', cancelReason: '   ' })).toEqual(['Khi hủy nội dung chỉ đạo phải nêu lý do hủy.']);
    expect(changeMessages({ to: 'paused', date: '' })).toEqual(['Ngày chuyển trạng thái không được để trống.']);
    expect(changeMessages({ to: 'done', date: '2017-02-31' })).toEqual(['Ngày hoàn thành: ngày 2017-02-31 không có trên lịch.']);
    expect(changeMessages({ to: 'finished', date: '2017-03-01' })).toEqual(['Trạng thái mới không hợp lệ.']);
  });

  it('a completion date before the meeting or after today is refused with the dates in dd/mm/yyyy', () => {
    const d = makeDirective({ status: 'in-progress' });
    expect(checkStatusChange(d, change({ to: 'done', date: '2017-02-01' }), ctx).map((i) => i.message)).toEqual([
      'Ngày hoàn thành (01/02/2017) không được trước ngày họp (02/02/2017).',
    ]);
    expect(checkStatusChange(d, change({ to: 'done', date: '2017-03-16' }), ctx).map((i) => i.message)).toEqual([
      'Ngày hoàn thành (16/03/2017) không được sau ngày hôm nay (15/03/2017).',
    ]);
    expect(checkStatusChange(d, change({ to: 'done', date: '2017-02-02' }), ctx)).toEqual([]);
    expect(checkStatusChange(d, change({ to: 'done', date: '2017-03-15' }), ctx)).toEqual([]);
  });

  it('only the allowed transitions pass; keeping a status is allowed only to correct it', () => {
    expect(canTransition('done', 'paused')).toBe(false);
    expect(canTransition('cancelled', 'done')).toBe(false);
    expect(canTransition('done', 'in-progress')).toBe(true);
    const done = makeDirective({ status: 'done', completedOn: '2017-03-01' });
    expect(checkStatusChange(done, change({ to: 'paused', date: '2017-03-02' }), ctx).map((i) => i.message)).toEqual([
      'Không thể chuyển trạng thái từ «Hoàn thành» sang «Tạm dừng».',
    ]);
    expect(checkStatusChange(done, change({ to: 'done', date: '2017-03-01' }), ctx).map((i) => i.message)).toEqual([
      'Nội dung chỉ đạo đã ở trạng thái «Hoàn thành».',
    ]);
    expect(checkStatusChange(done, change({ to: 'done', date: '2017-02-28' }), ctx)).toEqual([]);
    const cancelled = makeDirective({ status: 'cancelled', cancelReason: 'Trùng nội dung' });
    expect(checkStatusChange(cancelled, change({ to: 'cancelled', date: '2017-03-01', cancelReason: 'Trùng nội dung' }), ctx)).toHaveLength(1);
    expect(checkStatusChange(cancelled, change({ to: 'cancelled', date: '2017-03-01', cancelReason: 'Đã có văn bản thay thế' }), ctx)).toEqual([]);
  });
});

describe('what a status change writes', () => {
  const base: Directive = makeDirective({ id: 'd-x', status: 'in-progress', deadline: onDate('2017-03-31') });

  it('done sets the completion date, 100% and a status entry with from and to', () => {
    const snapshot = structuredClone(base);
    const { directive, followUp } = applyStatusChange(base, change({ to: 'done', date: '2017-03-10', text: 'Đã tổ chức xong', reporter: 'Lê Văn Gặp' }), 1000, 'f-1');
    expect(directive).toMatchObject({ id: 'd-x', status: 'done', completedOn: '2017-03-10', cancelReason: '', updatedAt: 1000 });
    expect(followUp).toEqual({
      id: 'f-1',
      directiveId: 'd-x',
      kind: 'status',
      date: '2017-03-10',
      text: 'Đã tổ chức xong',
      reporter: 'Lê Văn Gặp',
      percent: 100,
      statusFrom: 'in-progress',
      statusTo: 'done',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(base).toEqual(snapshot);
  });

  it('cancelling keeps the reason on the directive and in the history; reopening and restoring clear them', () => {
    const cancelled = applyStatusChange(base, change({ to: 'cancelled', date: '2017-03-01', cancelReason: 'Đã có văn bản thay thế' }), 1);
    expect(cancelled.directive).toMatchObject({ status: 'cancelled', cancelReason: 'Đã có văn bản thay thế', completedOn: null });
    expect(cancelled.followUp).toMatchObject({ text: 'Đã có văn bản thay thế', statusFrom: 'in-progress', statusTo: 'cancelled', percent: null });
    const restored = applyStatusChange(cancelled.directive, change({ to: 'in-progress', date: '2017-03-02' }), 2);
    expect(restored.directive).toMatchObject({ status: 'in-progress', cancelReason: '' });
    const done = applyStatusChange(base, change({ to: 'done', date: '2017-03-05' }), 3);
    expect(applyStatusChange(done.directive, change({ to: 'in-progress', date: '2017-03-06' }), 4).directive.completedOn).toBeNull();
  });
});

describe('progress reports', () => {
  it('a percent of 150 or -1 (or a fraction) is refused with a clear message; none is fine', () => {
    const good = { date: '2017-03-01', text: 'Đã ban hành kế hoạch' };
    expect(reportMessages({ ...good, percent: 150 })).toEqual(['Tỷ lệ hoàn thành phải từ 0 đến 100%.']);
    expect(reportMessages({ ...good, percent: -1 })).toEqual(['Tỷ lệ hoàn thành phải từ 0 đến 100%.']);
    expect(reportMessages({ ...good, percent: 12.5 })).toEqual(['Tỷ lệ hoàn thành phải từ 0 đến 100%.']);
    expect(reportMessages({ ...good, percent: 0 })).toEqual([]);
    expect(reportMessages({ ...good, percent: 100 })).toEqual([]);
    expect(reportMessages({ ...good, percent: null })).toEqual([]);
    expect(reportMessages(good)).toEqual([]);
  });

  it('a report dated in the future or before the meeting, or without text, is refused', () => {
    expect(reportMessages({ date: '2017-03-16', text: 'Báo cáo' })).toEqual(['Ngày báo cáo (16/03/2017) không được sau ngày hôm nay (15/03/2017).']);
    expect(reportMessages({ date: '2017-01-30', text: 'Báo cáo' })).toEqual(['Ngày báo cáo (30/01/2017) không được trước ngày họp (02/02/2017).']);
    expect(reportMessages({ date: '2017-03-01', text: ' \n ' })).toEqual(['Nội dung báo cáo không được để trống.']);
    expect(reportMessages({ date: '', text: 'Báo cáo' })).toEqual(['Ngày báo cáo không được để trống.']);
  });

  it('a report on a directive not yet started also starts it, dated the report day', () => {
    const report = { date: '2017-03-01', text: 'Đã khảo sát 5 xã', reporter: '', percent: 20 };
    const fresh = applyProgressReport(makeDirective({ id: 'd-y', status: 'not-started' }), report, 5, (() => {
      let n = 0;
      return () => `id-${(n += 1)}`;
    })());
    expect(fresh.followUp).toMatchObject({ id: 'id-1', kind: 'report', percent: 20, statusFrom: null, statusTo: null });
    expect(fresh.started?.directive.status).toBe('in-progress');
    expect(fresh.started?.followUp).toMatchObject({ id: 'id-2', kind: 'status', date: '2017-03-01', statusFrom: 'not-started', statusTo: 'in-progress' });
    expect(applyProgressReport(makeDirective({ status: 'in-progress' }), report, 5).started).toBeNull();
    expect(applyProgressReport(makeDirective({ status: 'paused' }), report, 5).started).toBeNull();
  });
});

describe('a deadline earlier than the meeting', () => {
  it('is found for dates, quarters, halves and years; the meeting day itself is fine', () => {
    expect(deadlineBeforeMeeting(onDate('2017-02-01'), '2017-02-02')).toBe(true);
    expect(deadlineBeforeMeeting(onDate('2017-02-02'), '2017-02-02')).toBe(false);
    expect(deadlineBeforeMeeting({ kind: 'quarter', year: 2017, quarter: 1 }, '2017-04-03')).toBe(true);
    expect(deadlineBeforeMeeting({ kind: 'half', year: 2017, half: 1 }, '2017-06-30')).toBe(false);
    expect(deadlineBeforeMeeting({ kind: 'year', year: 2016 }, '2017-02-02')).toBe(true);
    expect(deadlineBeforeMeeting({ kind: 'ongoing' }, '2017-02-02')).toBe(false);
    expect(deadlineBeforeMeeting({ kind: 'none' }, '2017-02-02')).toBe(false);
  });

  it('has a Vietnamese message naming both', () => {
    expect(deadlineBeforeMeetingMessage(onDate('2017-01-31'), '2017-02-02')).toBe('Thời hạn (31/01/2017) không được trước ngày họp (02/02/2017).');
    expect(deadlineBeforeMeetingMessage({ kind: 'quarter', year: 2016, quarter: 4 }, '2017-02-02')).toBe('Thời hạn (Quý IV/2016) không được trước ngày họp (02/02/2017).');
    expect(deadlineBeforeMeetingMessage(onDate('2017-02-03'), '2017-02-02')).toBeNull();
  });
});
