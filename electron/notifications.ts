/** Desktop notifications (reminders of deadlines); a click brings the app forward on the item concerned. */
import type { NotificationRequest } from '../src/ipc/contract.js';

export interface ShownNotification {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: () => void): unknown;
  show(): void;
}

export interface NotifyDeps {
  isSupported(): boolean;
  create(options: { title: string; body: string }): ShownNotification;
  /** Focuses the main window and tells the page which item the notification was about. */
  onClick(tag: string): void;
}

/** How many notifications are kept referenced for their click events; older ones are let go. */
const MAX_LIVE = 20;

/** Builds the showNotification handler. */
export function createNotifier(deps: NotifyDeps): (request: NotificationRequest) => { shown: boolean } {
  // A notification object that is garbage-collected no longer reports clicks, so the live ones are kept here.
  const live: ShownNotification[] = [];
  const forget = (notification: ShownNotification) => {
    const index = live.indexOf(notification);
    if (index >= 0) live.splice(index, 1);
  };
  return (request) => {
    if (!deps.isSupported()) return { shown: false };
    const notification = deps.create({ title: request.title, body: request.body });
    notification.on('click', () => {
      forget(notification);
      deps.onClick(request.tag);
    });
    notification.on('close', () => forget(notification));
    notification.on('failed', () => forget(notification));
    live.push(notification);
    if (live.length > MAX_LIVE) live.shift();
    notification.show();
    return { shown: true };
  };
}
