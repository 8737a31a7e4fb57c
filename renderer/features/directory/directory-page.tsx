export function DirectoryPage() {
  return <div />;
}
