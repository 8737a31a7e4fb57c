/**
 * The app:// scheme that serves the renderer. The origin app://main is fixed for good: IndexedDB, and with it every
 * record the user has typed, belongs to the origin, so changing the scheme or host would leave the data behind.
 */
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
/** Host of the application page. Never change it: the database belongs to this origin. */
export const APP_HOST = 'main';
/** Host of the one-off documents the print window loads; a different origin, so it reaches none of the app's data. */
export const PRINT_HOST = 'print';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, a real origin and web storage; secure: a secure context like https;
 * supportFetchAPI: fetch() of the app's own files; stream: media and large responses; codeCache: faster starts.
 * Deliberately not corsEnabled (it would let other origins read app:// responses) and not bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

/** True for a URL of the application page's origin (app://main/...). Node's URL gives custom schemes origin 'null', so compare the parts. */
export function isAppUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}

/** True for an https URL without credentials, the only kind handed to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
