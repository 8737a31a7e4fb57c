/**
 * Directives joined with what follow-up needs from their meetings, as flat arrays built once per data change.
 * The overview, the reminders and the register then loop over plain arrays: no per-row lookups, no date parsing
 * (due days are precomputed; ISO date strings compare correctly as strings).
 */
import type { IsoDate } from '../domain/dates.js';
import type { Directive, Id, Meeting } from '../domain/types.js';
import { dueDate } from '../domain/deadline.js';

/** The fields of a meeting that follow-up uses. */
export type MeetingSummary = Pick<Meeting, 'id' | 'date' | 'title' | 'issuingUnitId' | 'state'>;

export interface PreparedDirectives {
  readonly directives: readonly Directive[];
  /** Due day of each directive (null: ongoing or no deadline). */
  readonly due: readonly (IsoDate | null)[];
  /** 1 when the deadline is "thường xuyên". */
  readonly ongoing: Uint8Array;
  /** 1 when the directive's meeting exists and is not in the trash. */
  readonly live: Uint8Array;
  readonly meetingDate: readonly IsoDate[];
  readonly meetingTitle: readonly string[];
  readonly issuingUnitId: readonly (Id | null)[];
}

/** Joins directives with their meetings; directives of trashed or missing meetings are marked not live. */
export function prepareDirectives(directives: readonly Directive[], meetings: Iterable<MeetingSummary>): PreparedDirectives {
  const byId = new Map<Id, MeetingSummary>();
  for (const meeting of meetings) byId.set(meeting.id, meeting);
  const n = directives.length;
  const due = new Array<IsoDate | null>(n);
  const ongoing = new Uint8Array(n);
  const live = new Uint8Array(n);
  const meetingDate = new Array<IsoDate>(n);
  const meetingTitle = new Array<string>(n);
  const issuingUnitId = new Array<Id | null>(n);
  for (let i = 0; i < n; i += 1) {
    const directive = directives[i] as Directive;
    const meeting = byId.get(directive.meetingId);
    due[i] = dueDate(directive.deadline);
    ongoing[i] = directive.deadline.kind === 'ongoing' ? 1 : 0;
    live[i] = meeting !== undefined && meeting.state === 'active' ? 1 : 0;
    meetingDate[i] = meeting?.date ?? '';
    meetingTitle[i] = meeting?.title ?? '';
    issuingUnitId[i] = meeting?.issuingUnitId ?? null;
  }
  return { directives, due, ongoing, live, meetingDate, meetingTitle, issuingUnitId };
}
