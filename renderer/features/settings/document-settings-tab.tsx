export function DocumentSettingsTab() {
  return null;
}
