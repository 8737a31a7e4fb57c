export function DirectivesSection(_props: { meetingId: string; meetingDate: string; focusDirectiveId?: string | undefined }) {
  return null;
}
