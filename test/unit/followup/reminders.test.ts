import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../src/domain/types.js';
import { prepareDirectives } from '../../../src/followup/prepared.js';
import { directiveNotice, parseLastRun, reminderPlan, reminderSummary, reminderTag, shorten, shouldRunReminders, SUMMARY_TAG } from '../../../src/followup/reminders.js';
import { makeDirective, makeMeeting, onDate } from './fixtures.js';

const meeting = makeMeeting({ id: 'M', date: '2024-01-10', title: 'Giao ban tháng 1' });
const open = (id: string, due: string, order: number, extra: Partial<Directive> = {}) =>
  makeDirective({ id, meetingId: 'M', order, status: 'in-progress', deadline: onDate(due), ...extra });

describe('which directives get a reminder', () => {
  const directives = [
    open('late-1', '2024-05-01', 1),
    open('late-2', '2024-05-20', 2, { status: 'paused' }),
    open('late-3', '2024-04-01', 3, { status: 'not-started' }),
    open('soon-1', '2024-06-01', 4),
    open('soon-2', '2024-06-08', 5),
    open('far', '2024-06-09', 6),
    open('done', '2024-05-01', 7, { status: 'done', completedOn: '2024-05-03' }),
    open('cancelled', '2024-05-01', 8, { status: 'cancelled', cancelReason: 'Trùng' }),
    makeDirective({ id: 'ongoing', meetingId: 'M', order: 9, status: 'in-progress', deadline: { kind: 'ongoing' } }),
  ];
  const plan = reminderPlan(prepareDirectives(directives, [meeting]), '2024-06-01', 7);

  it('overdue (paused included) most late first, and due within the horizon soonest first', () => {
    expect(plan.overdue.map((i) => i.directiveId)).toEqual(['late-3', 'late-1', 'late-2']);
    expect(plan.dueSoon.map((i) => i.directiveId)).toEqual(['soon-1', 'soon-2']);
  });

  it('says how many in one Vietnamese line', () => {
    expect(reminderSummary(plan)).toEqual({
      title: 'Nhắc việc theo dõi kết luận',
      body: '3 việc quá hạn, 2 việc sắp đến hạn (trong 7 ngày tới)',
      tag: SUMMARY_TAG,
    });
    expect(reminderSummary({ ...plan, dueSoon: [] })?.body).toBe('3 việc quá hạn');
    expect(reminderSummary({ ...plan, overdue: [], horizonDays: 0 })?.body).toBe('2 việc sắp đến hạn (đến hạn hôm nay)');
    expect(reminderSummary({ ...plan, overdue: [], dueSoon: [] })).toBeNull();
  });

  it('gives each directive a stable tag and a notice saying how late or how soon', () => {
    expect(reminderTag('late-1')).toBe(reminderTag('late-1'));
    expect(reminderTag('late-1')).not.toBe(reminderTag('late-2'));
    const late = directiveNotice(plan.overdue[0]!, 'Rà soát hộ nghèo', true);
    expect(late).toEqual({ title: 'Quá hạn 61 ngày: kết luận số 3, Giao ban tháng 1', body: 'Rà soát hộ nghèo', tag: reminderTag('late-3') });
    expect(directiveNotice(plan.dueSoon[0]!, 'x', false).title).toBe('Đến hạn hôm nay: kết luận số 4, Giao ban tháng 1');
    expect(directiveNotice(plan.dueSoon[1]!, 'x', false).title).toBe('Còn 7 ngày: kết luận số 5, Giao ban tháng 1');
  });

  it('shortens long directive text at a word boundary', () => {
    const text = 'Tập trung thực hiện tốt công tác dân vận '.repeat(10);
    const short = shorten(text, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(shorten('  Ngắn  gọn ', 60)).toBe('Ngắn gọn');
  });
});

describe('reminders run once a day', () => {
  it('runs when never run or last run on another day, not twice on the same day', () => {
    expect(shouldRunReminders(null, '2024-06-01')).toBe(true);
    expect(shouldRunReminders('2024-05-31', '2024-06-01')).toBe(true);
    expect(shouldRunReminders('2024-06-01', '2024-06-01')).toBe(false);
    // A clock that was ahead and is set back still gets its one run.
    expect(shouldRunReminders('2024-06-02', '2024-06-01')).toBe(true);
  });

  it('reads the stored last run safely', () => {
    expect(parseLastRun('2024-06-01')).toBe('2024-06-01');
    expect(parseLastRun(20240601)).toBeNull();
    expect(parseLastRun(undefined)).toBeNull();
    expect(parseLastRun('hôm qua')).toBeNull();
  });
});
