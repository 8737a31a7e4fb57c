/**
 * Rules applied to every web page the app creates (app.on('web-contents-created')): no new windows, no
 * navigation away from app://main, no <webview>, and no permissions beyond notifications.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-scheme.js';

export interface GuardDeps {
  /** shell.openExternal in the app; only ever called with https URLs. */
  openExternal(url: string): unknown;
}

/** Permissions the page may have. Notifications only: the app needs no camera, location, USB or clipboard reading. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/** Whether a page at `url` may go to `target`; sub-frames may also show about:blank/srcdoc and the app's own blobs. */
export function isNavigationAllowed(target: string, isMainFrame: boolean): boolean {
  if (isAppUrl(target)) return true;
  if (isMainFrame) return false;
  return target === 'about:blank' || target === 'about:srcdoc' || (target.startsWith('blob:') && isAppUrl(target.slice('blob:'.length)));
}

/** window.open and target=_blank: never a new app window; https links go to the system browser. */
export function handleWindowOpen(url: string, deps: GuardDeps): { action: 'deny' } {
  if (isSafeExternalUrl(url)) void Promise.resolve(deps.openExternal(url)).catch(() => undefined);
  return { action: 'deny' };
}

/** The permission decision, for both the request and the check handler. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** Installs the permission handlers on a session (idempotent: the handlers replace any previous ones). */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}

/** Installs every guard on one web page. */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  contents.setWindowOpenHandler((details) => handleWindowOpen(details.url, deps));
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url, true)) return;
    event.preventDefault();
    // A plain link the user clicked: show it in the browser rather than doing nothing.
    if (isSafeExternalUrl(event.url)) void Promise.resolve(deps.openExternal(event.url)).catch(() => undefined);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardSession(contents.session);
}
