export function OverviewPage() {
  return <div />;
}
