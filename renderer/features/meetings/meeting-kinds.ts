import { MEETING_KINDS, type MeetingKind } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';

/** The Vietnamese name of a kind of meeting. */
export function meetingKindLabel(kind: MeetingKind): string {
  return t(`meetingKind.${kind}`);
}

/** Choices for the kind field, in the order a secretary meets them most. */
export const MEETING_KIND_OPTIONS: ReadonlyArray<{ value: MeetingKind; label: string }> = MEETING_KINDS.map((kind) => ({
  value: kind,
  label: meetingKindLabel(kind),
}));
