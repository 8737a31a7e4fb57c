/**
 * The handler of the app:// scheme: files of dist/renderer for app://main, pending print documents for
 * app://print. Nothing outside the renderer folder can be reached, whatever the URL says.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../src/ipc/csp.js';
import { APP_HOST, PRINT_HOST } from './app-scheme.js';
import { mimeTypeFor } from './mime-types.js';
import { PRINT_CONTENT_SECURITY_POLICY, type PrintDocumentStore } from './print-documents.js';

export interface ProtocolHandlerOptions {
  /** Absolute path of dist/renderer (inside app.asar when packaged). */
  rendererDir: string;
  printDocuments: PrintDocumentStore;
  readFile?: (path: string) => Promise<Uint8Array>;
}

export type ProtocolRequest = Pick<Request, 'url' | 'method'>;

/** Builds the function given to protocol.handle('app', ...). */
export function createProtocolHandler(options: ProtocolHandlerOptions): (request: ProtocolRequest) => Promise<Response> {
  const root = resolve(options.rendererDir);
  const readFile = options.readFile ?? ((path: string) => fsReadFile(path));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed', CONTENT_SECURITY_POLICY);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad Request', CONTENT_SECURITY_POLICY);
    }
    if (url.username !== '' || url.password !== '' || url.port !== '') return textResponse(404, 'Not Found', CONTENT_SECURITY_POLICY);
    if (url.host === PRINT_HOST) return servePrintDocument(options.printDocuments, url.pathname, request.method);
    if (url.host !== APP_HOST) return textResponse(404, 'Not Found', CONTENT_SECURITY_POLICY);

    const segments = safeSegments(url.pathname);
    if (segments === null) return textResponse(403, 'Forbidden', CONTENT_SECURITY_POLICY);
    const file = resolveInside(root, segments.length === 0 ? ['index.html'] : segments);
    if (file === null) return textResponse(403, 'Forbidden', CONTENT_SECURITY_POLICY);

    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
      return missing ? textResponse(404, 'Not Found', CONTENT_SECURITY_POLICY) : textResponse(500, 'Internal Server Error', CONTENT_SECURITY_POLICY);
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: securityHeaders(mimeTypeFor(file), CONTENT_SECURITY_POLICY),
    });
  };
}

/**
 * The decoded path segments of a URL path, or null when the path tries to leave the folder: `..` (also percent
 * encoded, which the URL parser leaves alone when the slash is encoded too), backslashes and drive colons
 * (separators on Windows), NUL, and names ending in a dot or space (Windows trims those, so `.. ` means `..`).
 */
export function safeSegments(pathname: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\:\0]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.endsWith('.') || s.endsWith(' '))) return null;
  return segments;
}

/** The file the segments name under root, or null if it would be root itself or outside it (second line of defence). */
export function resolveInside(root: string, segments: string[]): string | null {
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? file : null;
}

function servePrintDocument(store: PrintDocumentStore, pathname: string, method: string): Response {
  const match = /^\/([0-9a-f-]{1,64})\.html$/.exec(pathname);
  const html = match?.[1] === undefined ? undefined : store.get(match[1]);
  if (html === undefined) return textResponse(404, 'Not Found', PRINT_CONTENT_SECURITY_POLICY);
  return new Response(method === 'HEAD' ? null : html, { status: 200, headers: securityHeaders('text/html; charset=utf-8', PRINT_CONTENT_SECURITY_POLICY) });
}

function securityHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, text: string, csp: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8', csp) });
}
