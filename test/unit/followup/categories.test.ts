import { describe, expect, it } from 'vitest';
import { dueDate, type Deadline } from '../../../src/domain/deadline.js';
import type { DirectiveStatus } from '../../../src/domain/types.js';
import {
  CATEGORIES,
  CATEGORY_STYLE,
  categoryContext,
  categoryLabel,
  clampHorizon,
  classify,
  GROUPS,
  groupLabel,
  horizonPhrase,
  statusLabel,
  TIMINGS,
  timingLabel,
  type Category,
  type Group,
} from '../../../src/followup/categories.js';
import { makeDirective, onDate } from './fixtures.js';

function at(asOf: string, fields: { status?: DirectiveStatus; deadline?: Deadline; completedOn?: string | null }, horizon = 7) {
  return classify(makeDirective(fields), categoryContext(asOf, horizon));
}
const cat = (asOf: string, fields: Parameters<typeof at>[1], horizon = 7): Category => at(asOf, fields, horizon).category;
const grp = (asOf: string, fields: Parameters<typeof at>[1]): Group => at(asOf, fields).group;

describe('categories at the deadline boundaries', () => {
  it('a directive due today is due soon, not overdue; the next day it is overdue', () => {
    const fields = { status: 'in-progress' as const, deadline: onDate('2024-05-10') };
    expect(cat('2024-05-10', fields)).toBe('due-soon');
    expect(grp('2024-05-10', fields)).toBe('open-within-deadline');
    expect(cat('2024-05-11', fields)).toBe('overdue');
    expect(grp('2024-05-11', fields)).toBe('open-overdue');
  });

  it('done on the deadline day is on time, done a day late is late', () => {
    expect(cat('2024-06-01', { status: 'done', deadline: onDate('2024-05-10'), completedOn: '2024-05-10' })).toBe('done-on-time');
    expect(cat('2024-06-01', { status: 'done', deadline: onDate('2024-05-10'), completedOn: '2024-05-11' })).toBe('done-late');
    expect(grp('2024-06-01', { status: 'done', deadline: onDate('2024-05-10'), completedOn: '2024-05-11' })).toBe('done-late');
  });

  it('no deadline and ongoing are shown as such and not counted while open; done they count as on time', () => {
    expect(at('2024-05-10', { status: 'in-progress', deadline: { kind: 'none' } })).toMatchObject({ category: 'no-deadline', group: 'not-counted', timing: 'no-deadline', due: null });
    expect(at('2024-05-10', { status: 'not-started', deadline: { kind: 'ongoing' } })).toMatchObject({ category: 'ongoing', group: 'not-counted', timing: 'ongoing' });
    expect(at('2024-05-10', { status: 'done', deadline: { kind: 'ongoing' }, completedOn: '2024-05-01' })).toMatchObject({ category: 'done-on-time', group: 'done-on-time', timing: 'closed' });
    expect(cat('2024-05-10', { status: 'done', deadline: { kind: 'none' }, completedOn: '2024-05-01' })).toBe('done-on-time');
  });

  it('quý II/2024 falls due on 30/06/2024', () => {
    const deadline: Deadline = { kind: 'quarter', year: 2024, quarter: 2 };
    expect(dueDate(deadline)).toBe('2024-06-30');
    expect(cat('2024-05-31', { status: 'in-progress', deadline })).toBe('in-progress');
    expect(cat('2024-06-23', { status: 'in-progress', deadline })).toBe('due-soon');
    expect(cat('2024-06-30', { status: 'in-progress', deadline })).toBe('due-soon');
    expect(cat('2024-07-01', { status: 'in-progress', deadline })).toBe('overdue');
    expect(cat('2024-07-01', { status: 'done', deadline, completedOn: '2024-06-30' })).toBe('done-on-time');
    expect(cat('2024-07-01', { status: 'done', deadline, completedOn: '2024-07-01' })).toBe('done-late');
  });

  it('6 tháng đầu năm 2017 falls due on 30/06/2017, 6 tháng cuối năm and năm 2017 on 31/12/2017', () => {
    const firstHalf: Deadline = { kind: 'half', year: 2017, half: 1 };
    expect(dueDate(firstHalf)).toBe('2017-06-30');
    expect(dueDate({ kind: 'half', year: 2017, half: 2 })).toBe('2017-12-31');
    expect(dueDate({ kind: 'year', year: 2017 })).toBe('2017-12-31');
    expect(dueDate({ kind: 'quarter', year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(cat('2017-06-30', { status: 'not-started', deadline: firstHalf })).toBe('due-soon');
    expect(cat('2017-07-01', { status: 'not-started', deadline: firstHalf })).toBe('overdue');
  });

  it('a paused directive past its deadline is overdue (only cancelling stops the clock)', () => {
    const fields = { status: 'paused' as const, deadline: onDate('2024-03-31') };
    expect(at('2024-05-10', fields)).toMatchObject({ category: 'overdue', group: 'open-overdue', timing: 'overdue' });
    expect(cat('2024-03-01', fields)).toBe('paused');
    expect(grp('2024-03-01', fields)).toBe('open-within-deadline');
    expect(cat('2024-03-28', fields)).toBe('due-soon');
    expect(at('2024-05-10', { status: 'paused', deadline: { kind: 'none' } })).toMatchObject({ category: 'paused', group: 'not-counted' });
    expect(at('2024-05-10', { status: 'cancelled', deadline: onDate('2024-03-31') })).toMatchObject({ category: 'cancelled', group: 'not-counted', timing: 'closed' });
  });

  it('the due-soon horizon includes both ends: 0 and 7 days with a 7-day horizon, not 8', () => {
    const due = (date: string) => ({ status: 'in-progress' as const, deadline: onDate(date) });
    expect(cat('2024-05-10', due('2024-05-10'))).toBe('due-soon');
    expect(cat('2024-05-10', due('2024-05-17'))).toBe('due-soon');
    expect(cat('2024-05-10', due('2024-05-18'))).toBe('in-progress');
    expect(at('2024-05-10', due('2024-05-18')).timing).toBe('not-due');
    expect(cat('2024-05-10', { status: 'not-started', deadline: onDate('2024-05-18') })).toBe('not-started');
  });

  it('a horizon of 0 days makes only today due soon; the horizon is user-settable', () => {
    expect(cat('2024-05-10', { status: 'in-progress', deadline: onDate('2024-05-10') }, 0)).toBe('due-soon');
    expect(cat('2024-05-10', { status: 'in-progress', deadline: onDate('2024-05-11') }, 0)).toBe('in-progress');
    expect(cat('2024-05-10', { status: 'in-progress', deadline: onDate('2024-05-24') }, 14)).toBe('due-soon');
    expect(categoryContext('2024-12-28', 7).horizonEnd).toBe('2025-01-04');
  });

  it('as of a day before the completion date, a done directive counts as not yet done', () => {
    const fields = { status: 'done' as const, deadline: onDate('2024-06-30'), completedOn: '2024-07-10' };
    expect(cat('2024-06-01', fields)).toBe('in-progress');
    expect(cat('2024-06-25', fields)).toBe('due-soon');
    expect(at('2024-07-05', fields)).toMatchObject({ category: 'overdue', group: 'open-overdue' });
    expect(cat('2024-07-10', fields)).toBe('done-late');
  });

  it('done without a completion date (old imports) counts as done on time on any day', () => {
    expect(cat('2024-07-05', { status: 'done', deadline: onDate('2024-06-30'), completedOn: null })).toBe('done-on-time');
  });
});

describe('category labels and colours', () => {
  it('every category has a colour and its own Vietnamese label', () => {
    const labels = CATEGORIES.map(categoryLabel);
    expect(new Set(labels).size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) {
      expect(categoryLabel(c)).not.toContain('followup.');
      expect(CATEGORY_STYLE[c].hex).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(categoryLabel('overdue')).toBe('Quá hạn chưa hoàn thành');
    expect(CATEGORY_STYLE['done-on-time'].colour).toBe('green');
    expect(CATEGORY_STYLE['in-progress'].colour).toBe('blue');
    expect(CATEGORY_STYLE['done-late'].colour).toBe('orange');
    expect(CATEGORY_STYLE.overdue.colour).toBe('red');
    expect(CATEGORY_STYLE['not-started'].colour).toBe('grey');
  });

  it('groups, timings and statuses have Vietnamese labels', () => {
    for (const g of GROUPS) expect(groupLabel(g)).not.toContain('followup.');
    for (const t of TIMINGS) expect(timingLabel(t)).not.toContain('followup.');
    expect(statusLabel('paused')).toBe('Tạm dừng');
    expect(groupLabel('open-overdue')).toBe('Chưa hoàn thành, đã quá hạn');
  });

  it('a horizon setting is made a whole number of days from 0 to 365', () => {
    expect(clampHorizon(7.9)).toBe(7);
    expect(clampHorizon(-3)).toBe(0);
    expect(clampHorizon(1000)).toBe(365);
    expect(clampHorizon('7')).toBe(7);
    expect(clampHorizon(Number.NaN)).toBe(7);
  });

  it('the due-soon horizon in words: so many days ahead, or due today for 0', () => {
    expect(horizonPhrase(7)).toBe('trong 7 ngày tới');
    expect(horizonPhrase(1)).toBe('trong 1 ngày tới');
    expect(horizonPhrase(0)).toBe('đến hạn hôm nay');
  });
});
