export function AttendeesSection(_props: { meetingId: string }) {
  return null;
}
