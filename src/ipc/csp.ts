/**
 * The Content-Security-Policy of the application page, sent as a header by the app:// protocol and written as a
 * meta tag into the built page (so the browser build runs under the same rules).
 *
 * Styles allow 'unsafe-inline' because the component library injects its styles at run time; scripts, the
 * stronger risk, come only from the application's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob:",
].join('; ');
