import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../src/domain/types.js';
import { CATEGORIES, type Category } from '../../../src/followup/categories.js';
import { buildOverview, urgencyText, type CategoryCounts } from '../../../src/followup/overview.js';
import { prepareDirectives } from '../../../src/followup/prepared.js';
import { makeDirective, makeMeeting, onDate } from './fixtures.js';

// A small office, as of 25/06/2024 with a 7-day horizon (due soon up to 02/07/2024).
const m1 = makeMeeting({ id: 'M1', date: '2024-01-10', issuingUnitId: 'B1' });
const m2 = makeMeeting({ id: 'M2', date: '2024-04-05', issuingUnitId: 'B1' });
const m3 = makeMeeting({ id: 'M3', date: '2024-06-20', issuingUnitId: 'B2', title: 'Làm việc với Hội Nông dân' });
const m4 = makeMeeting({ id: 'M4', date: '2024-07-01', issuingUnitId: 'B1' });
const m5 = makeMeeting({ id: 'M5', date: '2024-03-01', issuingUnitId: 'B1', state: 'trashed', trashedAt: 1 });

const d = (id: string, meetingId: string, order: number, fields: Partial<Directive>) =>
  makeDirective({ id, meetingId, order, ...fields });
const directives: Directive[] = [
  d('d1', 'M1', 1, { deadline: onDate('2024-03-31'), status: 'done', completedOn: '2024-03-30', leadUnitId: 'U1', leaderPersonId: 'P1' }),
  d('d2', 'M1', 2, { deadline: onDate('2024-03-31'), status: 'done', completedOn: '2024-04-02', leadUnitId: 'U1', leaderPersonId: 'P1' }),
  d('d3', 'M1', 3, { deadline: { kind: 'quarter', year: 2024, quarter: 2 }, status: 'in-progress', leadUnitId: 'U2', leaderPersonId: 'P1' }),
  d('d4', 'M1', 4, { deadline: onDate('2024-05-31'), status: 'paused', leadUnitId: 'U2', leaderPersonId: 'P2' }),
  d('d5', 'M1', 5, { deadline: { kind: 'ongoing' }, status: 'in-progress', leadUnitId: 'U1', leaderPersonId: 'P1' }),
  d('d6', 'M2', 1, { deadline: onDate('2024-06-10'), status: 'not-started', leadUnitId: 'U1', leaderPersonId: 'P2' }),
  d('d7', 'M2', 2, { deadline: { kind: 'half', year: 2024, half: 2 }, status: 'not-started', leadUnitId: 'U2', leaderPersonId: 'P2' }),
  d('d8', 'M2', 3, { deadline: { kind: 'year', year: 2024 }, status: 'in-progress', leadUnitId: null, leaderPersonId: 'P1' }),
  d('d9', 'M2', 4, { deadline: { kind: 'none' }, status: 'cancelled', cancelReason: 'Trùng', leadUnitId: 'U1', leaderPersonId: null }),
  d('d10', 'M2', 5, { deadline: onDate('2024-06-25'), status: 'in-progress', leadUnitId: 'U2', leaderPersonId: 'P1' }),
  d('d11', 'M3', 1, { deadline: onDate('2024-07-03'), status: 'in-progress', leadUnitId: 'U1', leaderPersonId: 'P2' }),
  d('d12', 'M3', 2, { deadline: { kind: 'none' }, status: 'paused', leadUnitId: 'U2', leaderPersonId: 'P2' }),
  d('d13', 'M3', 3, { deadline: onDate('2024-07-10'), status: 'done', completedOn: '2024-06-28', leadUnitId: 'U1', leaderPersonId: 'P1' }),
  d('d14', 'M4', 1, { deadline: onDate('2024-07-02'), status: 'in-progress', leadUnitId: 'U1', leaderPersonId: 'P1' }),
  d('d15', 'M5', 1, { deadline: onDate('2024-03-15'), status: 'in-progress', leadUnitId: 'U1', leaderPersonId: 'P1' }),
];
const data = prepareDirectives(directives, [m1, m2, m3, m4, m5]);

function nonZero(counts: CategoryCounts): Partial<Record<Category, number>> {
  return Object.fromEntries(CATEGORIES.filter((c) => counts.categories[c] > 0).map((c) => [c, counts.categories[c]]));
}

describe('the leaders overview on a small known office', () => {
  const overview = buildOverview(data, { asOf: '2024-06-25', horizonDays: 7 });

  it('counts each category, leaving out trashed meetings and meetings after the as-of day', () => {
    expect(overview.totals.total).toBe(13);
    expect(nonZero(overview.totals)).toEqual({
      'done-on-time': 1,
      'done-late': 1,
      'due-soon': 2,
      overdue: 2,
      ongoing: 1,
      'not-started': 1,
      'in-progress': 3,
      cancelled: 1,
      paused: 1,
    });
    expect(overview.totals.groups).toEqual({ 'done-on-time': 1, 'done-late': 1, 'open-within-deadline': 6, 'open-overdue': 2, 'not-counted': 3 });
  });

  it('gives the same counts per lead unit, per leader and per issuing body, most overdue first', () => {
    expect(overview.byLeadUnit.map((r) => [r.key, r.counts.total, r.counts.groups['open-overdue']])).toEqual([
      ['U1', 7, 1],
      ['U2', 5, 1],
      [null, 1, 0],
    ]);
    expect(nonZero(overview.byLeadUnit[1]!.counts)).toEqual({ 'due-soon': 2, overdue: 1, 'not-started': 1, paused: 1 });
    expect(overview.byLeader.map((r) => [r.key, r.counts.total, r.counts.groups['open-overdue']])).toEqual([
      ['P2', 5, 2],
      ['P1', 7, 0],
      [null, 1, 0],
    ]);
    expect(overview.byIssuingUnit.map((r) => [r.key, r.counts.total])).toEqual([
      ['B1', 10],
      ['B2', 3],
    ]);
  });

  it('lists overdue directives most late first and due-soon ones soonest first, with the days', () => {
    expect(overview.overdue.map((i) => [i.directiveId, i.due, i.days])).toEqual([
      ['d4', '2024-05-31', 25],
      ['d6', '2024-06-10', 15],
    ]);
    expect(overview.dueSoon.map((i) => [i.directiveId, i.due, i.days, i.number])).toEqual([
      ['d10', '2024-06-25', 0, 5],
      ['d3', '2024-06-30', 5, 3],
    ]);
    expect(urgencyText(overview.overdue[0]!, true)).toBe('Quá hạn 25 ngày');
    expect(urgencyText(overview.dueSoon[0]!, false)).toBe('Đến hạn hôm nay');
    expect(urgencyText(overview.dueSoon[1]!, false)).toBe('Còn 5 ngày');
    expect(overview.overdue[0]).toMatchObject({ meetingId: 'M1', meetingDate: '2024-01-10', status: 'paused', leadUnitId: 'U2', leaderPersonId: 'P2' });
  });

  it('a period on the meeting date counts what was assigned; on the due day what falls due', () => {
    const assigned = buildOverview(data, { asOf: '2024-06-25', period: { from: '2024-04-01', to: '2024-06-30', basis: 'meeting' } });
    expect(assigned.totals.total).toBe(8);
    const fallingDue = buildOverview(data, { asOf: '2024-06-25', period: { from: '2024-06-01', to: '2024-06-30', basis: 'due' } });
    expect(fallingDue.totals.total).toBe(3);
    expect(nonZero(fallingDue.totals)).toEqual({ 'due-soon': 2, overdue: 1 });
    const openEnded = buildOverview(data, { asOf: '2024-06-25', period: { from: null, to: '2024-03-31', basis: 'due' } });
    expect(openEnded.totals.total).toBe(2);
  });

  it('can be limited to one issuing body', () => {
    expect(buildOverview(data, { asOf: '2024-06-25', issuingUnitId: 'B2' }).totals.total).toBe(3);
    expect(buildOverview(data, { asOf: '2024-06-25', issuingUnitId: null }).totals.total).toBe(0);
  });

  it('as of an earlier day: later meetings do not exist yet and later completions are not done yet', () => {
    const march = buildOverview(data, { asOf: '2024-03-31', horizonDays: 7 });
    expect(nonZero(march.totals)).toEqual({ 'done-on-time': 1, 'due-soon': 1, 'in-progress': 1, paused: 1, ongoing: 1 });
    expect(march.dueSoon.map((i) => i.directiveId)).toEqual(['d2']);
  });

  it('a wider horizon moves directives from in progress to due soon', () => {
    const wide = buildOverview(data, { asOf: '2024-06-25', horizonDays: 8 });
    expect(wide.dueSoon.map((i) => i.directiveId)).toEqual(['d10', 'd3', 'd11']);
  });
});
