export function MeetingListPage() {
  return <div />;
}
