/**
 * A small office with one directive in every situation the overview distinguishes, and the counts worked out by
 * hand for two as-of days (01/04/2024 and 20/05/2024, horizon 7 days). Shared by the component and e2e tests.
 *
 * Units: A "Ban Dân vận Tỉnh ủy", B "Hội Nông dân tỉnh". Leaders: L1 "Trần Văn Bình", L2 "Lê Thị Hoa".
 * Meetings: M1 10/01/2024, M2 05/03/2024, M3 01/02/2024 in the trash, M4 01/05/2024 (after the first as-of day).
 */
import type { Deadline } from '../../../src/domain/deadline.js';
import type { Directive, DirectiveStatus, Meeting, Person, Unit } from '../../../src/domain/types.js';
import { directiveRecord, meetingRecord, personRecord, unitRecord } from '../../fixtures/records.js';

const T = Date.UTC(2024, 0, 1);
const STAMPS = { createdAt: T, updatedAt: T };

export const UNIT_A = 'a0000000-0000-4000-8000-00000000000a';
export const UNIT_B = 'b0000000-0000-4000-8000-00000000000b';
export const BODY = 'c0000000-0000-4000-8000-00000000000c';
export const LEADER_1 = 'd0000000-0000-4000-8000-000000000001';
export const LEADER_2 = 'd0000000-0000-4000-8000-000000000002';

function unit(id: string, name: string, shortName: string): Unit {
  return unitRecord({ id, name, shortName, ...STAMPS });
}

function person(id: string, fullName: string, unitId: string): Person {
  return personRecord({ id, fullName, title: 'Phó Bí thư', unitId, ...STAMPS });
}

export const units: Unit[] = [unit(UNIT_A, 'Ban Dân vận Tỉnh ủy', 'BDV'), unit(UNIT_B, 'Hội Nông dân tỉnh', 'HND'), unit(BODY, 'Tỉnh ủy Bến Tre', 'TU')];
export const people: Person[] = [person(LEADER_1, 'Trần Văn Bình', BODY), person(LEADER_2, 'Lê Thị Hoa', BODY)];

function meeting(n: number, date: string, title: string, state: Meeting['state'] = 'active'): Meeting {
  return meetingRecord({
    id: `e0000000-0000-4000-8000-00000000000${n}`,
    title,
    kind: 'hoi-nghi',
    date,
    startTime: '08:00',
    endTime: '11:00',
    place: 'Hội trường Tỉnh ủy',
    issuingUnitId: BODY,
    chairPersonId: LEADER_1,
    state,
    trashedAt: state === 'trashed' ? T : null,
    ...STAMPS,
  });
}

export const M1 = meeting(1, '2024-01-10', 'Họp giao ban quý I');
export const M2 = meeting(2, '2024-03-05', 'Hội nghị sơ kết công tác dân vận');
export const M3 = meeting(3, '2024-02-01', 'Cuộc họp đã xóa', 'trashed');
export const M4 = meeting(4, '2024-05-01', 'Họp giao ban tháng 5');
export const meetings: Meeting[] = [M1, M2, M3, M4];

interface Spec {
  meeting: Meeting;
  order: number;
  text: string;
  deadline: Deadline;
  status: DirectiveStatus;
  completedOn?: string;
  lead: string | null;
  leader?: string | null;
}

function directive(n: number, spec: Spec): Directive {
  return directiveRecord({
    id: `f0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    meetingId: spec.meeting.id,
    order: spec.order,
    text: spec.text,
    leaderPersonId: spec.leader ?? null,
    leadUnitId: spec.lead,
    deadline: spec.deadline,
    status: spec.status,
    completedOn: spec.completedOn ?? null,
    cancelReason: spec.status === 'cancelled' ? 'Không còn phù hợp' : '',
    ...STAMPS,
  });
}

const date = (d: string): Deadline => ({ kind: 'date', date: d });

// Comments give the category at 01/04/2024, then at 20/05/2024.
export const D = {
  d1: directive(1, { meeting: M1, order: 1, text: 'Rà soát quy chế dân chủ ở cơ sở', deadline: date('2024-02-01'), status: 'in-progress', lead: UNIT_A, leader: LEADER_1 }), // overdue 60 days / overdue
  d2: directive(2, { meeting: M1, order: 2, text: 'Tổng kết phong trào thi đua yêu nước', deadline: date('2024-03-20'), status: 'not-started', lead: UNIT_B, leader: LEADER_1 }), // overdue 12 days / overdue
  d3: directive(3, { meeting: M1, order: 3, text: 'Báo cáo công tác chuyển đổi số', deadline: date('2024-04-03'), status: 'in-progress', lead: UNIT_A, leader: LEADER_2 }), // due soon, 2 days / overdue
  d4: directive(4, { meeting: M1, order: 4, text: 'Chuẩn bị hội nghị nông dân sản xuất giỏi', deadline: date('2024-04-08'), status: 'not-started', lead: UNIT_B }), // due soon, 7 days / overdue
  d5: directive(5, { meeting: M1, order: 5, text: 'Thăm hỏi gia đình chính sách dịp Tết', deadline: date('2024-03-01'), status: 'done', completedOn: '2024-02-20', lead: UNIT_A }), // done on time
  d6: directive(6, { meeting: M1, order: 6, text: 'Sơ kết mô hình dân vận khéo', deadline: date('2024-02-15'), status: 'done', completedOn: '2024-03-10', lead: UNIT_A }), // done late
  d7: directive(7, { meeting: M1, order: 7, text: 'Theo dõi tình hình tư tưởng cán bộ', deadline: { kind: 'ongoing' }, status: 'in-progress', lead: null }), // ongoing
  d8: directive(8, { meeting: M2, order: 1, text: 'Nghiên cứu mô hình hợp tác xã kiểu mới', deadline: { kind: 'none' }, status: 'not-started', lead: UNIT_B }), // no deadline
  d9: directive(9, { meeting: M2, order: 2, text: 'Khảo sát tình hình tôn giáo', deadline: date('2024-06-30'), status: 'paused', lead: UNIT_A }), // paused
  d10: directive(10, { meeting: M2, order: 3, text: 'Xây dựng kế hoạch giảm nghèo', deadline: { kind: 'quarter', year: 2024, quarter: 2 }, status: 'not-started', lead: UNIT_B, leader: LEADER_2 }), // not started
  d11: directive(11, { meeting: M2, order: 4, text: 'Đôn đốc cải cách hành chính', deadline: date('2024-05-31'), status: 'in-progress', lead: UNIT_A, leader: LEADER_2 }), // in progress
  d12: directive(12, { meeting: M2, order: 5, text: 'Tổ chức diễn đàn thanh niên', deadline: date('2024-04-30'), status: 'cancelled', lead: UNIT_B }), // cancelled
  d13: directive(13, { meeting: M2, order: 6, text: 'Kiểm tra an toàn giao thông', deadline: date('2024-03-25'), status: 'paused', lead: UNIT_B }), // overdue 7 days (paused) / overdue
  d14: directive(14, { meeting: M2, order: 7, text: 'Hoàn thiện báo cáo chuyên đề', deadline: date('2024-05-15'), status: 'done', completedOn: '2024-04-20', lead: UNIT_A }), // in progress / done on time
  d15: directive(15, { meeting: M3, order: 1, text: 'Việc của cuộc họp đã xóa', deadline: date('2024-02-10'), status: 'not-started', lead: UNIT_A }), // never counted
  d16: directive(16, { meeting: M4, order: 1, text: 'Triển khai tháng hành động vì người nghèo', deadline: date('2024-05-10'), status: 'not-started', lead: UNIT_B }), // not counted / overdue 10 days
};

export const directives: Directive[] = Object.values(D);

export const FIRST_DAY = '2024-04-01';
export const SECOND_DAY = '2024-05-20';

/** Counts per category worked out by hand. */
export const COUNTS_FIRST = {
  overdue: 3,
  'due-soon': 2,
  'in-progress': 2,
  'not-started': 1,
  paused: 1,
  ongoing: 1,
  'no-deadline': 1,
  'done-late': 1,
  'done-on-time': 1,
  cancelled: 1,
} as const;

export const COUNTS_SECOND = {
  overdue: 6,
  'due-soon': 0,
  'in-progress': 1,
  'not-started': 1,
  paused: 1,
  ongoing: 1,
  'no-deadline': 1,
  'done-late': 1,
  'done-on-time': 2,
  cancelled: 1,
} as const;
