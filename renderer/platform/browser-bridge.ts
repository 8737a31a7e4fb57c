/**
 * The desktop contract implemented with what a browser page has: downloads for saving, the page's print dialog
 * for printing, the Notification API (or an in-app banner) for reminders.
 */
import type { AppInfo, Bridge, MenuCommand, NotificationRequest, PrintRequest, SaveFileRequest } from '../../src/ipc/contract.js';

type Listener<T> = (value: T) => void;

/** Notifications the page could not show natively; the app shows them as a banner. */
export const inAppNotifications = new EventTarget();
export const IN_APP_NOTIFICATION = 'notification';

const IN_APP_CLICK = 'click';

/** Reports a click on the in-app banner the same way a native notification reports one. */
export function reportInAppNotificationClick(tag: string): void {
  inAppNotifications.dispatchEvent(new CustomEvent(IN_APP_CLICK, { detail: tag }));
}

export function createBrowserBridge(): Bridge {
  const clickListeners = new Set<Listener<string>>();
  inAppNotifications.addEventListener(IN_APP_CLICK, (event) => {
    const tag = (event as CustomEvent<string>).detail;
    clickListeners.forEach((l) => l(tag));
  });
  return {
    async saveFile(request: SaveFileRequest) {
      const mime = request.filters[0]?.extensions[0] === 'pdf' ? 'application/pdf' : 'application/octet-stream';
      download(new Blob([request.data as Uint8Array<ArrayBuffer>], { type: mime }), request.suggestedName);
      return { ok: true, path: request.suggestedName };
    },
    async printToPdf(request: PrintRequest) {
      // A browser has no silent PDF writer: its print dialog offers "Save as PDF".
      await printHtml(request.html);
      return { ok: true, path: request.suggestedName };
    },
    async printDocument(request: PrintRequest) {
      await printHtml(request.html);
      return { ok: true };
    },
    async showNotification(request: NotificationRequest) {
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const notification = new Notification(request.title, { body: request.body, tag: request.tag });
        notification.onclick = () => clickListeners.forEach((l) => l(request.tag));
        return { shown: true };
      }
      inAppNotifications.dispatchEvent(new CustomEvent(IN_APP_NOTIFICATION, { detail: request }));
      return { shown: false };
    },
    async getAppInfo(): Promise<AppInfo> {
      return { version: __APP_VERSION__, platform: navigator.platform, shell: 'browser' };
    },
    async confirmClose() {},
    onMenuCommand(_listener: Listener<MenuCommand>) {
      // No native menu in a browser: keyboard shortcuts reach the command bus directly.
      return () => {};
    },
    onNotificationClick(listener: Listener<string>) {
      clickListeners.add(listener);
      return () => clickListeners.delete(listener);
    },
    onBeforeClose(listener: () => void) {
      const handler = () => listener();
      window.addEventListener('pagehide', handler);
      return () => window.removeEventListener('pagehide', handler);
    },
  };
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function printHtml(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.srcdoc = html;
    frame.onload = () => {
      frame.contentWindow?.print();
      setTimeout(() => {
        frame.remove();
        resolve();
      }, 500);
    };
    document.body.appendChild(frame);
  });
}
