/** Small records for follow-up tests: only the fields a test cares about need to be given. */
import type { Deadline } from '../../../src/domain/deadline.js';
import type { Directive, FollowUp, Meeting, Person, Unit } from '../../../src/domain/types.js';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(counter += 1).toString().padStart(4, '0')}`;

export const onDate = (date: string): Deadline => ({ kind: 'date', date });

export function makeDirective(fields: Partial<Directive> = {}): Directive {
  return {
    id: nextId('d'),
    meetingId: 'm-1',
    order: 1,
    text: 'Tập trung thực hiện tốt công tác dân vận',
    leaderPersonId: null,
    leadUnitId: null,
    supportUnitIds: [],
    deadline: { kind: 'none' },
    status: 'not-started',
    completedOn: null,
    cancelReason: '',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

export function makeMeeting(fields: Partial<Meeting> = {}): Meeting {
  return {
    id: nextId('m'),
    title: 'Họp Ban Thường vụ',
    kind: 'dinh-ky',
    date: '2024-01-15',
    startTime: '',
    endTime: '',
    place: '',
    issuingUnitId: null,
    chairPersonId: null,
    secretaryPersonId: null,
    state: 'active',
    trashedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

export function makeUnit(name: string, fields: Partial<Unit> = {}): Unit {
  return { id: nextId('u'), name, shortName: '', state: 'active', createdAt: 0, updatedAt: 0, ...fields };
}

export function makePerson(fullName: string, fields: Partial<Person> = {}): Person {
  return { id: nextId('p'), fullName, title: '', unitId: null, state: 'active', createdAt: 0, updatedAt: 0, ...fields };
}

export function makeFollowUp(fields: Partial<FollowUp> = {}): FollowUp {
  return {
    id: nextId('f'),
    directiveId: 'd-1',
    kind: 'report',
    date: '2024-01-20',
    text: '',
    reporter: '',
    percent: null,
    statusFrom: null,
    statusTo: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
