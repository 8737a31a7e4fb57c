/**
 * Records kept by the application. Ids are random UUID strings (primary keys never change), timestamps are
 * epoch milliseconds, calendar dates are 'YYYY-MM-DD' strings and times 'HH:mm'.
 */
import type { ClockTime, IsoDate } from './dates.js';
import type { Deadline } from './deadline.js';

export type Id = string;

/** Whether a directory entry is offered in pickers. Archived entries still resolve in old meetings. */
export type DirectoryState = 'active' | 'archived';

/** Meetings in the trash keep all their children and can be restored. */
export type MeetingState = 'active' | 'trashed';

export interface Timestamps {
  createdAt: number;
  updatedAt: number;
}

/** An organisation or body: a Party committee, the Front, a mass organisation, a department. */
export interface Unit extends Timestamps {
  id: Id;
  name: string;
  shortName: string;
  state: DirectoryState;
}

export interface Person extends Timestamps {
  id: Id;
  fullName: string;
  /** Chức vụ, e.g. "Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy". */
  title: string;
  unitId: Id | null;
  state: DirectoryState;
}

export const MEETING_KINDS = ['hop-mat', 'hoi-nghi', 'lam-viec', 'dinh-ky', 'khac'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * A meeting's short fields: what lists, the register and the overview read for every meeting. Its long texts
 * live in MeetingTexts (their own table), so reading ten years of meetings never reads ten years of minutes.
 */
export interface Meeting extends Timestamps {
  id: Id;
  title: string;
  kind: MeetingKind;
  date: IsoDate;
  startTime: ClockTime | '';
  endTime: ClockTime | '';
  place: string;
  /** The body in whose name the minutes and notices are issued (cơ quan ban hành). */
  issuingUnitId: Id | null;
  chairPersonId: Id | null;
  secretaryPersonId: Id | null;
  state: MeetingState;
  trashedAt: number | null;
}

export const MEETING_TEXT_FIELDS = ['agenda', 'content', 'conclusion'] as const;
export type MeetingTextField = (typeof MEETING_TEXT_FIELDS)[number];

/** The long texts of one meeting (one record per meeting, keyed by its id); often tens of kilobytes. */
export interface MeetingTexts {
  meetingId: Id;
  /** Chương trình: the numbered items of the agenda. */
  agenda: string;
  /** Diễn biến: the minutes as the meeting went. */
  content: string;
  /** The chair's conclusion, before the numbered directives. */
  conclusion: string;
  updatedAt: number;
}

/** A meeting with its texts, as the editor and the documents use it. */
export type MeetingWithTexts = Meeting & Pick<MeetingTexts, MeetingTextField>;

export const ATTENDANCE_ROLES = ['member', 'guest'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];
export const PRESENCE_VALUES = ['present', 'absent'] as const;
export type Presence = (typeof PRESENCE_VALUES)[number];

/** One person's place in one meeting. Title is kept as it was at the meeting; the unit is a live reference. */
export interface Attendance extends Timestamps {
  id: Id;
  meetingId: Id;
  personId: Id;
  role: AttendanceRole;
  presence: Presence;
  absenceReason: string;
  title: string;
  unitId: Id | null;
  /** Rank order within the meeting (1-based); minutes list people in this order. */
  order: number;
}

export const DIRECTIVE_STATUSES = ['not-started', 'in-progress', 'done', 'paused', 'cancelled'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** A numbered point of the leader's conclusion; its number is its position in `order`. */
export interface Directive extends Timestamps {
  id: Id;
  meetingId: Id;
  order: number;
  text: string;
  leaderPersonId: Id | null;
  leadUnitId: Id | null;
  supportUnitIds: Id[];
  deadline: Deadline;
  status: DirectiveStatus;
  completedOn: IsoDate | null;
  cancelReason: string;
}

export const FOLLOW_UP_KINDS = ['report', 'status'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** A progress report on a directive, or the record of a change of its status. */
export interface FollowUp extends Timestamps {
  id: Id;
  directiveId: Id;
  kind: FollowUpKind;
  date: IsoDate;
  text: string;
  reporter: string;
  percent: number | null;
  statusFrom: DirectiveStatus | null;
  statusTo: DirectiveStatus | null;
}

/** A key-value setting (reminder horizon, document settings per issuing body...). */
export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}
