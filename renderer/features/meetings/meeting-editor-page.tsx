export function MeetingEditorPage(props: { meetingId: string; focusDirectiveId?: string | undefined }) {
  return <div>{props.meetingId}</div>;
}
