/**
 * Records for the follow-up screen tests, written through the application's own write functions (so they are
 * exactly what a secretary's typing would store).
 */
import type { Deadline } from '../../../src/domain/deadline.js';
import type { Directive, Id } from '../../../src/domain/types.js';
import { db } from '../../../renderer/db/instance.js';
import { addDirective } from '../../../renderer/db/writes/directives.js';
import { createPerson, createUnit } from '../../../renderer/db/writes/directory.js';
import { createMeeting } from '../../../renderer/db/writes/meetings.js';
import { directiveInput, meetingInput, type DirectiveFormInput } from '../../fixtures/records.js';

export async function seedUnit(name: string, shortName = ''): Promise<Id> {
  return (await createUnit(db, { name, shortName })).id;
}

export async function seedPerson(fullName: string): Promise<Id> {
  return (await createPerson(db, { fullName, title: '', unitId: null })).id;
}

export async function seedMeeting(title: string, date: string, issuingUnitId: Id | null = null, chairPersonId: Id | null = null): Promise<Id> {
  return (await createMeeting(db, meetingInput({ title, date, issuingUnitId, chairPersonId }))).id;
}

/** A directive's text, and any of its other form fields (none given: no leader, lead unit or deadline). */
export type DirectiveSeed = Pick<DirectiveFormInput, 'text'> & Partial<DirectiveFormInput>;

export async function seedDirective(meetingId: Id, seed: DirectiveSeed): Promise<Directive> {
  return addDirective(db, meetingId, directiveInput(seed));
}

/** A fixed-date deadline. */
export const by = (date: string): Deadline => ({ kind: 'date', date });
