/**
 * The view of one meeting for its minutes and its conclusion notice, built from the app's records.
 */
import type { IsoDate } from '../domain/dates.js';
import { formatDeadline } from '../domain/deadline.js';
import { byOrder } from '../domain/ordering.js';
import type { Attendance, Directive, Id, MeetingWithTexts, Person, Unit } from '../domain/types.js';
import { cleanLineText, cleanMultilineText } from '../text/clean.js';
import { paragraphsOf } from './format.js';
import { buildIssuerView } from './issuer.js';
import type { DocumentSettings } from './settings.js';
import type { AttendeeLine, DirectiveLine, MeetingDocumentView, PersonLine } from './view-model.js';

export interface MeetingDocumentInput {
  /** The meeting with its texts: the minutes print its content, both documents its conclusion. */
  readonly meeting: MeetingWithTexts;
  /** The meeting's attendances; sorted by their rank order here in case they are not. */
  readonly attendances: readonly Attendance[];
  /** The meeting's directives; their number is their position in order. */
  readonly directives: readonly Directive[];
  readonly units: ReadonlyMap<Id, Unit>;
  readonly people: ReadonlyMap<Id, Person>;
  /** The issuing body's stored settings, of any shape; missing settings give an unfilled State format. */
  readonly settings: DocumentSettings | unknown;
  /** The day the document is issued (passed in: never read the clock here). */
  readonly issuedOn: IsoDate;
  readonly documentNumber?: number | null;
}

/** Builds the plain view of a meeting for its minutes ('minutes') or its conclusion notice ('notice'). */
export function buildMeetingView(input: MeetingDocumentInput, kind: 'minutes' | 'notice'): MeetingDocumentView {
  const { meeting, units, people } = input;
  const unitName = (id: Id | null | undefined): string => {
    const unit = id ? units.get(id) : undefined;
    return unit ? cleanLineText(unit.name) : '';
  };
  const issuingUnit = meeting.issuingUnitId ? units.get(meeting.issuingUnitId) : undefined;
  const attendances = byOrder(input.attendances.filter((a) => a.meetingId === meeting.id));
  const attendanceOf = new Map(attendances.map((a) => [a.personId, a]));

  const attendee = (a: Attendance): AttendeeLine | null => {
    const person = people.get(a.personId);
    const name = person ? cleanLineText(person.fullName) : '';
    if (name === '') return null;
    return { name, title: cleanLineText(a.title), unit: unitName(a.unitId), absenceReason: cleanLineText(a.absenceReason) };
  };
  const lines = (pick: (a: Attendance) => boolean): AttendeeLine[] =>
    attendances.filter(pick).map(attendee).filter((line): line is AttendeeLine => line !== null);

  const personLine = (id: Id | null): PersonLine | null => {
    const person = id ? people.get(id) : undefined;
    if (!person) return null;
    const name = cleanLineText(person.fullName);
    if (name === '') return null;
    // The title and unit the person had at this meeting, when they are on its attendance list.
    const at = attendanceOf.get(person.id);
    return {
      name,
      title: cleanLineText(at ? at.title || person.title : person.title),
      unit: unitName(at ? (at.unitId ?? person.unitId) : person.unitId),
    };
  };

  return {
    issuer: buildIssuerView(input.settings, kind, issuingUnit),
    documentNumber: input.documentNumber ?? null,
    issuedOn: input.issuedOn,
    meeting: {
      title: cleanLineText(meeting.title),
      kind: meeting.kind,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: cleanLineText(meeting.place),
      content: paragraphsOf(cleanMultilineText(meeting.content)),
      conclusion: paragraphsOf(cleanMultilineText(meeting.conclusion)),
    },
    chair: personLine(meeting.chairPersonId),
    secretary: personLine(meeting.secretaryPersonId),
    present: lines((a) => a.role === 'member' && a.presence === 'present'),
    absent: lines((a) => a.presence === 'absent'),
    guests: lines((a) => a.role === 'guest' && a.presence === 'present'),
    directives: byOrder(input.directives.filter((d) => d.meetingId === meeting.id))
      .map((d, index) => directiveLine(d, index + 1, unitName))
      .filter((d) => d.text !== ''),
  };
}

/** One directive with its units resolved by id and its deadline in words. */
export function directiveLine(d: Directive, number: number, unitName: (id: Id | null) => string): DirectiveLine {
  const leadUnit = unitName(d.leadUnitId);
  const supportUnits: string[] = [];
  for (const id of d.supportUnitIds) {
    const name = unitName(id);
    if (name !== '' && name !== leadUnit && !supportUnits.includes(name)) supportUnits.push(name);
  }
  return {
    number: String(number),
    text: cleanMultilineText(d.text).trim(),
    leadUnit,
    supportUnits,
    deadline: formatDeadline(d.deadline),
    deadlineKind: d.deadline.kind,
  };
}
