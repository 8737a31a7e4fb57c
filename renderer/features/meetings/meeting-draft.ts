/**
 * The meeting form's working copy. The form holds exactly what the user typed (so a rejected value stays in
 * its field); what is written is that copy parsed by the same schema the database write uses.
 */
import { z } from 'zod';
import { meetingInputSchema, type MeetingInput } from '../../../src/domain/schemas.js';
import { MEETING_KINDS, type MeetingWithTexts } from '../../../src/domain/types.js';
import { validate } from '../../../src/domain/validation.js';
import { t } from '../../../src/i18n/index.js';
import { normalizeClockText } from './clock-text.js';

export const meetingDraftSchema = z.object({
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  issuingUnitId: z.string().nullable(),
  chairPersonId: z.string().nullable(),
  secretaryPersonId: z.string().nullable(),
  agenda: z.string(),
  content: z.string(),
  conclusion: z.string(),
});

export type MeetingDraft = z.infer<typeof meetingDraftSchema>;
export type MeetingField = keyof MeetingDraft;

/** Field order of the form, top to bottom (also the order errors are visited in). */
export const MEETING_FIELDS: readonly MeetingField[] = [
  'title',
  'kind',
  'date',
  'startTime',
  'endTime',
  'place',
  'issuingUnitId',
  'chairPersonId',
  'secretaryPersonId',
  'agenda',
  'content',
  'conclusion',
];

/** The editable fields of a stored meeting and its texts. */
export function draftFromMeeting(meeting: MeetingWithTexts): MeetingDraft {
  const draft = {} as Record<MeetingField, unknown>;
  for (const field of MEETING_FIELDS) draft[field] = meeting[field];
  return draft as MeetingDraft;
}

/** What is handed to the schema and to updateMeeting: the draft with times read the way people write them. */
export function inputFromDraft(draft: MeetingDraft): MeetingDraft {
  return { ...draft, startTime: normalizeClockText(draft.startTime), endTime: normalizeClockText(draft.endTime) };
}

export type DraftCheck = { ok: true; value: MeetingInput } | { ok: false; errors: Partial<Record<MeetingField, string>> };

/** Checks a draft with the meeting schema; gives one Vietnamese message per field. */
export function checkDraft(draft: MeetingDraft): DraftCheck {
  const result = validate(meetingInputSchema, inputFromDraft(draft));
  if (result.ok) return { ok: true, value: result.value };
  const errors: Partial<Record<MeetingField, string>> = {};
  for (const issue of result.issues) {
    const field = issue.field.split('.')[0] as MeetingField;
    errors[field] ??= issue.message;
  }
  // An empty date is "missing", not "a day that does not exist".
  if (draft.date.trim() === '') errors.date = t('validation.required', { field: t('field.date') });
  return { ok: false, errors };
}

/** True when two drafts hold the same values. */
export function sameDraft(a: MeetingDraft, b: MeetingDraft): boolean {
  return MEETING_FIELDS.every((field) => a[field] === b[field]);
}
