/**
 * Carrying open directives forward: when a body meets again, the directives its earlier meetings left open
 * (not done, not cancelled) are offered for review, oldest meeting first and in their numbered order.
 */
import type { IsoDate } from '../domain/dates.js';
import type { Directive, Id, Meeting } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { categorize, type Category, type CategoryContext } from './categories.js';

/** The new meeting: its id (to leave it out), date, body, and creation time (to order meetings of one day). */
export type CarryTarget = Pick<Meeting, 'id' | 'date' | 'issuingUnitId' | 'createdAt'>;

export interface CarryCandidate {
  directive: Directive;
  meetingId: Id;
  meetingTitle: string;
  meetingDate: IsoDate;
  /** The directive's number in its meeting. */
  number: number;
  /** Category at the context's day, when a context is given (to colour the review list). */
  category: Category | null;
}

/**
 * Open directives of the earlier live meetings of the same issuing body. "Earlier" means an earlier date, or the
 * same date and created before. A meeting without an issuing body has no predecessors.
 */
export function carryForwardCandidates(
  target: CarryTarget,
  meetings: Iterable<Meeting>,
  directives: Iterable<Directive>,
  ctx: CategoryContext | null = null,
): CarryCandidate[] {
  if (target.issuingUnitId === null) return [];
  const earlier = new Map<Id, Meeting>();
  for (const meeting of meetings) {
    if (meeting.id === target.id || meeting.state !== 'active' || meeting.issuingUnitId !== target.issuingUnitId) continue;
    if (meeting.date < target.date || (meeting.date === target.date && meeting.createdAt < target.createdAt)) {
      earlier.set(meeting.id, meeting);
    }
  }
  const candidates: CarryCandidate[] = [];
  for (const directive of directives) {
    if (directive.status === 'done' || directive.status === 'cancelled') continue;
    const meeting = earlier.get(directive.meetingId);
    if (meeting === undefined) continue;
    candidates.push({
      directive,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingDate: meeting.date,
      number: directive.order,
      category: ctx === null ? null : categorize(directive, ctx),
    });
  }
  return candidates.sort((a, b) => compareMeetings(earlier, a.meetingId, b.meetingId) || a.number - b.number);
}

function compareMeetings(meetings: Map<Id, Meeting>, a: Id, b: Id): number {
  if (a === b) return 0;
  const ma = meetings.get(a)!;
  const mb = meetings.get(b)!;
  if (ma.date !== mb.date) return ma.date < mb.date ? -1 : 1;
  if (ma.createdAt !== mb.createdAt) return ma.createdAt - mb.createdAt;
  return a < b ? -1 : 1;
}

/** The candidates gathered per meeting, meetings in the order given. */
export function groupByMeeting(candidates: readonly CarryCandidate[]): Array<{ meetingId: Id; meetingTitle: string; meetingDate: IsoDate; items: CarryCandidate[] }> {
  const groups: Array<{ meetingId: Id; meetingTitle: string; meetingDate: IsoDate; items: CarryCandidate[] }> = [];
  for (const candidate of candidates) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.meetingId === candidate.meetingId) last.items.push(candidate);
    else groups.push({ meetingId: candidate.meetingId, meetingTitle: candidate.meetingTitle, meetingDate: candidate.meetingDate, items: [candidate] });
  }
  return groups;
}

/** Heading of the review list: "Việc chưa xong từ các cuộc họp trước của <body>". */
export function carryForwardTitle(bodyName: string): string {
  return t('followup.carry.title', { body: bodyName });
}
