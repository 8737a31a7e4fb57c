export function TrashPage() {
  return <div />;
}
