import { describe, expect, it } from 'vitest';
import { categoryContext } from '../../../src/followup/categories.js';
import { carryForwardCandidates, carryForwardTitle, groupByMeeting } from '../../../src/followup/carry-forward.js';
import { makeDirective, makeMeeting, onDate } from './fixtures.js';

const body = 'BDV';
const old = makeMeeting({ id: 'old', title: 'Giao ban quý I', date: '2024-03-10', issuingUnitId: body, createdAt: 10 });
const sameDayEarlier = makeMeeting({ id: 'morning', title: 'Họp buổi sáng', date: '2024-05-02', issuingUnitId: body, createdAt: 20 });
const sameDayLater = makeMeeting({ id: 'evening', title: 'Họp buổi chiều', date: '2024-05-02', issuingUnitId: body, createdAt: 40 });
const otherBody = makeMeeting({ id: 'other', date: '2024-04-01', issuingUnitId: 'MTTQ', createdAt: 5 });
const trashed = makeMeeting({ id: 'trashed', date: '2024-04-02', issuingUnitId: body, state: 'trashed', trashedAt: 1, createdAt: 6 });
const later = makeMeeting({ id: 'later', date: '2024-06-01', issuingUnitId: body, createdAt: 50 });
const target = { id: 'new', date: '2024-05-02', issuingUnitId: body, createdAt: 30 };
const meetings = [later, sameDayLater, otherBody, trashed, sameDayEarlier, old];

const directives = [
  makeDirective({ id: 'old-3', meetingId: 'old', order: 3, status: 'paused' }),
  makeDirective({ id: 'old-1', meetingId: 'old', order: 1, status: 'in-progress', deadline: onDate('2024-04-30') }),
  makeDirective({ id: 'old-2', meetingId: 'old', order: 2, status: 'done', completedOn: '2024-04-01' }),
  makeDirective({ id: 'old-4', meetingId: 'old', order: 4, status: 'cancelled', cancelReason: 'Trùng' }),
  makeDirective({ id: 'morning-1', meetingId: 'morning', order: 1, status: 'not-started' }),
  makeDirective({ id: 'evening-1', meetingId: 'evening', order: 1, status: 'not-started' }),
  makeDirective({ id: 'other-1', meetingId: 'other', order: 1, status: 'not-started' }),
  makeDirective({ id: 'trashed-1', meetingId: 'trashed', order: 1, status: 'not-started' }),
  makeDirective({ id: 'later-1', meetingId: 'later', order: 1, status: 'not-started' }),
];

describe('carrying open directives forward to a new meeting of the same body', () => {
  it('offers the open directives of earlier meetings of that body, oldest meeting first, then by number', () => {
    const found = carryForwardCandidates(target, meetings, directives);
    expect(found.map((c) => c.directive.id)).toEqual(['old-1', 'old-3', 'morning-1']);
    expect(found[0]).toMatchObject({ meetingId: 'old', meetingTitle: 'Giao ban quý I', meetingDate: '2024-03-10', number: 1, category: null });
  });

  it('colours the candidates when given a day', () => {
    const found = carryForwardCandidates(target, meetings, directives, categoryContext('2024-05-02'));
    expect(found.map((c) => c.category)).toEqual(['overdue', 'paused', 'no-deadline']);
  });

  it('a meeting without an issuing body has nothing to carry forward', () => {
    expect(carryForwardCandidates({ ...target, issuingUnitId: null }, meetings, directives)).toEqual([]);
  });

  it('groups candidates per meeting for the review list', () => {
    const groups = groupByMeeting(carryForwardCandidates(target, meetings, directives));
    expect(groups.map((g) => [g.meetingId, g.items.map((i) => i.number)])).toEqual([
      ['old', [1, 3]],
      ['morning', [1]],
    ]);
    expect(carryForwardTitle('Ban Dân vận Tỉnh ủy')).toBe('Việc chưa xong từ các cuộc họp trước của Ban Dân vận Tỉnh ủy');
  });
});
