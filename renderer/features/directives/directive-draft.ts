/**
 * The directive form's state and its checks. A draft may be incomplete while the user types; `checkDraft` turns
 * it into input the database accepts, or into Vietnamese messages per field, so nothing invalid is written.
 */
import type { IsoDate } from '../../../src/domain/dates.js';
import { directiveInputSchema, type DirectiveInput } from '../../../src/domain/schemas.js';
import type { Directive, Id } from '../../../src/domain/types.js';
import { validate } from '../../../src/domain/validation.js';
import { deadlineBeforeMeetingMessage } from '../../../src/followup/status.js';
import { deadlineFromDraft, draftFromDeadline, type DeadlineDraft } from '../../components/deadline-input.js';

export interface DirectiveDraft {
  text: string;
  leaderPersonId: Id | null;
  leadUnitId: Id | null;
  supportUnitIds: Id[];
  deadline: DeadlineDraft;
}

export type DraftField = 'text' | 'leaderPersonId' | 'leadUnitId' | 'supportUnitIds' | 'deadline';
export type DraftIssues = Partial<Record<DraftField, string>>;
export type DraftCheck = { ok: true; input: DirectiveInput } | { ok: false; issues: DraftIssues };

/** The year a new deadline starts from: the meeting's year. */
export function meetingYear(meetingDate: IsoDate): number {
  const year = Number(meetingDate.slice(0, 4));
  return Number.isInteger(year) && year >= 1900 ? year : new Date().getFullYear();
}

/** A blank draft; the leader defaults to the meeting's chair. */
export function emptyDraft(leaderPersonId: Id | null, meetingDate: IsoDate, text = ''): DirectiveDraft {
  return { text, leaderPersonId, leadUnitId: null, supportUnitIds: [], deadline: draftFromDeadline({ kind: 'none' }, meetingYear(meetingDate)) };
}

/** A draft showing a stored directive. */
export function draftFromDirective(d: Directive, meetingDate: IsoDate): DirectiveDraft {
  return {
    text: d.text,
    leaderPersonId: d.leaderPersonId,
    leadUnitId: d.leadUnitId,
    supportUnitIds: [...d.supportUnitIds],
    deadline: draftFromDeadline(d.deadline, meetingYear(meetingDate)),
  };
}

/**
 * What is wrong with the deadline: incomplete, or ending before the meeting was held (usually a typo in the
 * year; a period counts by its last day, so "Quý I/2017" is fine for a meeting on 02/02/2017).
 */
export function deadlineIssue(draft: DeadlineDraft, meetingDate: IsoDate): string | null {
  const result = deadlineFromDraft(draft);
  return result.ok ? deadlineBeforeMeetingMessage(result.deadline, meetingDate) : result.message;
}

/** The before-the-meeting warning of a complete deadline, shown while choosing (an incomplete one waits for Save). */
export function deadlineWarning(draft: DeadlineDraft, meetingDate: IsoDate): string | null {
  const result = deadlineFromDraft(draft);
  return result.ok ? deadlineBeforeMeetingMessage(result.deadline, meetingDate) : null;
}

/** Checks a draft against the schema and the meeting date. */
export function checkDraft(draft: DirectiveDraft, meetingDate: IsoDate): DraftCheck {
  const issues: DraftIssues = {};
  const deadline = deadlineFromDraft(draft.deadline);
  const deadlineProblem = deadlineIssue(draft.deadline, meetingDate);
  if (deadlineProblem !== null) issues.deadline = deadlineProblem;
  const parsed = validate(directiveInputSchema, {
    text: draft.text,
    leaderPersonId: draft.leaderPersonId,
    leadUnitId: draft.leadUnitId,
    supportUnitIds: draft.supportUnitIds,
    deadline: deadline.ok ? deadline.deadline : { kind: 'none' },
  });
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const field = issue.field.split('.')[0] as DraftField;
      issues[field] ??= issue.message;
    }
  }
  if (parsed.ok && Object.keys(issues).length === 0) return { ok: true, input: parsed.value };
  return { ok: false, issues };
}
