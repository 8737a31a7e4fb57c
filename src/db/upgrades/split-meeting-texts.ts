/**
 * Schema version 2: a meeting's agenda, minutes and conclusion leave the meeting record for a record of their
 * own in `meetingTexts`, keyed by the meeting's id. The texts are moved as stored (they were cleaned when
 * written); nothing else of the meeting changes.
 */
import { MEETING_TEXT_FIELDS, type MeetingTexts } from '../../domain/types.js';
import type { RecordUpgrade } from '../schema-versions.js';

const TEXT_FIELDS: ReadonlySet<string> = new Set(MEETING_TEXT_FIELDS);

export interface SplitMeeting {
  /** The meeting record without its texts. */
  meeting: Record<string, unknown>;
  texts: MeetingTexts;
}

/**
 * Splits a version-1 meeting record into the meeting without its texts and its MeetingTexts. A missing or
 * non-text field becomes '' (the form never stored anything else); a record without a string id cannot be a
 * meeting the application wrote, and stops the upgrade rather than be guessed at.
 */
export function splitMeetingTexts(record: Record<string, unknown>): SplitMeeting {
  const { id, updatedAt } = record;
  if (typeof id !== 'string') throw new Error(`meeting record without a string id: ${JSON.stringify(id)}`);
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const meeting = Object.fromEntries(Object.entries(record).filter(([key]) => !TEXT_FIELDS.has(key)));
  return {
    meeting,
    texts: {
      meetingId: id,
      agenda: text(record.agenda),
      content: text(record.content),
      conclusion: text(record.conclusion),
      updatedAt: typeof updatedAt === 'number' ? updatedAt : 0,
    },
  };
}

/** The version-2 upgrade step: every meeting record gives its texts to `meetingTexts`. */
export const moveMeetingTexts: RecordUpgrade = {
  table: 'meetings',
  upgrade: (record) => {
    const { meeting, texts } = splitMeetingTexts(record);
    return { record: meeting, writes: [{ table: 'meetingTexts', record: { ...texts } }] };
  },
};
