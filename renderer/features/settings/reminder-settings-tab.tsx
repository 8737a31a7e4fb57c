export function ReminderSettingsTab() {
  return null;
}
