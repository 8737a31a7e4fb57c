/**
 * Rows of the register (sổ theo dõi): every directive of a live meeting with the names it shows, resolved once
 * per data change. The register index (./register-index.ts) searches, filters and sorts these rows.
 */
import type { IsoDate } from '../domain/dates.js';
import type { Deadline } from '../domain/deadline.js';
import type { Directive, DirectiveStatus, Id, Meeting, Person, Unit } from '../domain/types.js';
import { dueDate } from '../domain/deadline.js';

export interface RegisterRow {
  /** The directive's id. */
  id: Id;
  meetingId: Id;
  meetingTitle: string;
  meetingDate: IsoDate;
  issuingUnitId: Id | null;
  /** The directive's number in its meeting. */
  number: number;
  text: string;
  leaderPersonId: Id | null;
  leaderName: string;
  leadUnitId: Id | null;
  leadUnitName: string;
  supportUnitIds: readonly Id[];
  supportUnitNames: readonly string[];
  /** More text that search should find but the row does not show (short names of the units). */
  aliases: string;
  deadline: Deadline;
  due: IsoDate | null;
  status: DirectiveStatus;
  completedOn: IsoDate | null;
}

/**
 * Joins directives with their meetings, units and people. Directives of trashed or missing meetings are left
 * out. Rows come newest meeting first, then by number: the register's natural order.
 */
export function buildRegisterRows(
  directives: Iterable<Directive>,
  meetings: Iterable<Meeting>,
  units: Iterable<Unit>,
  people: Iterable<Person>,
): RegisterRow[] {
  const meetingById = new Map<Id, Meeting>();
  for (const m of meetings) if (m.state === 'active') meetingById.set(m.id, m);
  const unitById = new Map<Id, Unit>();
  for (const u of units) unitById.set(u.id, u);
  const personName = new Map<Id, string>();
  for (const p of people) personName.set(p.id, p.fullName);

  const rows: RegisterRow[] = [];
  for (const d of directives) {
    const meeting = meetingById.get(d.meetingId);
    if (meeting === undefined) continue;
    const lead = d.leadUnitId === null ? undefined : unitById.get(d.leadUnitId);
    const supports = d.supportUnitIds.map((id) => unitById.get(id));
    const shortNames = [lead, ...supports].map((u) => u?.shortName ?? '').filter((s) => s !== '');
    rows.push({
      id: d.id,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingDate: meeting.date,
      issuingUnitId: meeting.issuingUnitId,
      number: d.order,
      text: d.text,
      leaderPersonId: d.leaderPersonId,
      leaderName: d.leaderPersonId === null ? '' : (personName.get(d.leaderPersonId) ?? ''),
      leadUnitId: d.leadUnitId,
      leadUnitName: lead?.name ?? '',
      supportUnitIds: d.supportUnitIds,
      supportUnitNames: supports.map((u) => u?.name ?? ''),
      aliases: shortNames.join(' '),
      deadline: d.deadline,
      due: dueDate(d.deadline),
      status: d.status,
      completedOn: d.completedOn,
    });
  }
  return rows.sort(compareNatural);
}

/** The register's natural order: newest meeting first, meetings of one day by id, then by number. */
export function compareNatural(a: RegisterRow, b: RegisterRow): number {
  if (a.meetingDate !== b.meetingDate) return a.meetingDate < b.meetingDate ? 1 : -1;
  if (a.meetingId !== b.meetingId) return a.meetingId < b.meetingId ? -1 : 1;
  return a.number - b.number;
}
