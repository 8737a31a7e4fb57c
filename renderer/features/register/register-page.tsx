export function RegisterPage() {
  return <div />;
}
