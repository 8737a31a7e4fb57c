/**
 * Mounted once in the app shell: runs reminders when the app starts and then every few minutes (the once-a-day
 * rule decides whether anything is sent, so a day change while the app stays open gets its reminder), and opens
 * what a clicked reminder is about. Also shows the in-app banner used when desktop notifications are not allowed.
 */
import { useEffect } from 'react';
import { todayIso } from '../../../src/domain/dates.js';
import { followUpStore } from '../../data/follow-up-data.js';
import { whenIdle } from '../../data/when-idle.js';
import { db } from '../../db/instance.js';
import { getBridge } from '../../platform/bridge.js';
import { useAppStore } from '../../state/store.js';
import { useRegisterStore } from '../register/register-state.js';
import { ReminderBanner } from './reminder-banner.js';
import { directiveRoute, reminderTarget, runReminders } from './run-reminders.js';

/** How often the scheduler looks whether a new day has begun. */
const REMINDER_CHECK_MS = 5 * 60_000;

async function openReminder(tag: string): Promise<void> {
  const target = reminderTarget(tag);
  if (target === null) return;
  const { navigate } = useAppStore.getState();
  if (target.kind === 'urgent') {
    useRegisterStore.getState().showUrgent();
    navigate({ name: 'register' });
    return;
  }
  const route = await directiveRoute(db, target.directiveId);
  // A directive deleted since the reminder: the register of urgent ones is the closest useful screen.
  if (route === null) {
    useRegisterStore.getState().showUrgent();
    navigate({ name: 'register' });
  } else {
    navigate(route);
  }
}

export function ReminderScheduler() {
  useEffect(() => {
    const bridge = getBridge();
    const offClick = bridge.onNotificationClick((tag) => void openReminder(tag).catch((error: unknown) => console.error(error)));
    const run = () => void runReminders(db, bridge, todayIso(), () => followUpStore.liveSnapshot()).catch((error: unknown) => console.error(error));
    // The first run waits for a quiet moment: at start-up the screen's own read of the records comes first, and the
    // run can then use what that read gave instead of reading ten years of directives a second time.
    const cancelFirst = whenIdle(run, 3000);
    const timer = setInterval(run, REMINDER_CHECK_MS);
    return () => {
      cancelFirst();
      clearInterval(timer);
      offClick();
    };
  }, []);
  return <ReminderBanner />;
}
