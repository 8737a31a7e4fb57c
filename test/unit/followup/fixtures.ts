/** Small records for follow-up tests: only the fields a test cares about need to be given. */
import type { Deadline } from '../../../src/domain/deadline.js';
import type { Directive, FollowUp, Meeting, Person, Unit } from '../../../src/domain/types.js';
import { directiveRecord, followUpRecord, meetingRecord, personRecord, unitRecord } from '../../fixtures/records.js';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(counter += 1).toString().padStart(4, '0')}`;
// Records made at time 0: tests that order by creation time give their own.
const AT_ZERO = { createdAt: 0, updatedAt: 0 };

export const onDate = (date: string): Deadline => ({ kind: 'date', date });

export function makeDirective(fields: Partial<Directive> = {}): Directive {
  return directiveRecord({ id: nextId('d'), ...AT_ZERO, ...fields });
}

export function makeMeeting(fields: Partial<Meeting> = {}): Meeting {
  return meetingRecord({ id: nextId('m'), title: 'Họp Ban Thường vụ', kind: 'dinh-ky', date: '2024-01-15', startTime: '', endTime: '', place: '', ...AT_ZERO, ...fields });
}

export function makeUnit(name: string, fields: Partial<Unit> = {}): Unit {
  return unitRecord({ id: nextId('u'), name, ...AT_ZERO, ...fields });
}

export function makePerson(fullName: string, fields: Partial<Person> = {}): Person {
  return personRecord({ id: nextId('p'), fullName, ...AT_ZERO, ...fields });
}

export function makeFollowUp(fields: Partial<FollowUp> = {}): FollowUp {
  return followUpRecord({ id: nextId('f'), date: '2024-01-20', text: '', reporter: '', percent: null, ...AT_ZERO, ...fields });
}
