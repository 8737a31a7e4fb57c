import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/ipc/csp.js';
import { APP_SCHEME_PRIVILEGES, isAppUrl, isSafeExternalUrl } from '../../electron/app-scheme.js';
import { mimeTypeFor } from '../../electron/mime-types.js';
import { createPrintDocumentStore, PRINT_CONTENT_SECURITY_POLICY } from '../../electron/print-documents.js';
import { createProtocolHandler, resolveInside, safeSegments } from '../../electron/protocol-handler.js';

let base: string;
let handler: ReturnType<typeof createProtocolHandler>;
const printDocuments = createPrintDocumentStore(() => '0f1e2d3c-aaaa-bbbb-cccc-000000000001');
const SECRET = 'secret outside the renderer folder';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const renderer = join(base, 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Sổ tay</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'export const x = 1;');
  writeFileSync(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(renderer, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  writeFileSync(join(renderer, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(renderer, 'assets', 'ảnh đẹp.png'), new Uint8Array([137, 80, 78, 71]));
  writeFileSync(join(base, 'dist', 'secret.txt'), SECRET);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  handler = createProtocolHandler({ rendererDir: renderer, printDocuments });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler({ url, method });

describe('app:// protocol handler', () => {
  it('serves index.html with the Content-Security-Policy header', async () => {
    const response = await get('app://main/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sổ tay');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://main/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('sends the right MIME types (module scripts need a JavaScript type)', async () => {
    const cases: Array<[string, string]> = [
      ['app://main/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://main/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://main/assets/font.woff2', 'font/woff2'],
      ['app://main/assets/logo.svg', 'image/svg+xml'],
      ['app://main/assets/%E1%BA%A3nh%20%C4%91%E1%BA%B9p.png', 'image/png'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://main/nope.js')).status).toBe(404);
    expect((await get('app://main/assets/')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://main:8080/index.html')).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    const attempts = [
      'app://main/../../etc/passwd',
      'app://main/../secret.txt',
      'app://main/..%2fsecret.txt',
      'app://main/..%2f..%2fsecret.txt',
      'app://main/%2e%2e%2fsecret.txt',
      'app://main/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://main/assets/..%2f..%2fsecret.txt',
      'app://main/..%5csecret.txt',
      'app://main/..%5c..%5csecret.txt',
      'app://main/%2E%2E%5C%2E%2E%5Csecret.txt',
      'app://main/..%252f..%252fsecret.txt',
      'app://main/..%c0%af..%c0%afsecret.txt',
      'app://main/C:%5cWindows%5cwin.ini',
      'app://main/%2fetc%2fpasswd',
      'app://main/index.html%00.js',
      'app://main/..%20/secret.txt',
      'app://main/...%2fsecret.txt',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text(), url).not.toContain(SECRET);
    }
    // Encoded separators are refused outright, not merely missed.
    expect((await get('app://main/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://main/..%5c..%5csecret.txt')).status).toBe(403);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://main/index.html', 'POST')).status).toBe(405);
    const head = await get('app://main/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves pending print documents from app://print under a script-free policy', async () => {
    const { url, id } = printDocuments.add('<p>Biên bản</p>');
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>Biên bản</p>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    printDocuments.remove(id);
    expect((await get(url)).status).toBe(404);
    expect((await get('app://print/index.html')).status).toBe(404);
  });
});

describe('safeSegments', () => {
  it('keeps ordinary paths and refuses escaping ones', () => {
    expect(safeSegments('/assets/index.js')).toEqual(['assets', 'index.js']);
    expect(safeSegments('/')).toEqual([]);
    expect(safeSegments('/..%2fx')).toBeNull();
    expect(safeSegments('/a%5cb')).toBeNull();
    expect(safeSegments('/%E0%A4%A')).toBeNull();
  });
});

describe('resolveInside', () => {
  it('keeps the file under the root even if a parent segment slipped through', () => {
    const root = join(tmpdir(), 'root');
    expect(resolveInside(root, ['assets', 'a.js'])).toBe(join(root, 'assets', 'a.js'));
    expect(resolveInside(root, ['..', 'secret.txt'])).toBeNull();
    expect(resolveInside(root, ['assets', '..', '..', 'secret.txt'])).toBeNull();
    expect(resolveInside(root, ['/etc/passwd'])).toBeNull();
    expect(resolveInside(root, [])).toBeNull();
  });
});

describe('MIME table', () => {
  it('covers the build output and falls back to bytes', () => {
    expect(mimeTypeFor('a.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.ico')).toBe('image/x-icon');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
  });
});

describe('the scheme', () => {
  it('is privileged as a secure standard scheme, without CORS or CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('recognises only the app origin and plain https links', () => {
    expect(isAppUrl('app://main/index.html#/meetings')).toBe(true);
    expect(isAppUrl('app://main')).toBe(true);
    expect(isAppUrl('app://print/x.html')).toBe(false);
    expect(isAppUrl('app://main.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@main/index.html')).toBe(false);
    expect(isAppUrl('https://main/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isSafeExternalUrl('https://thuvienphapluat.vn/van-ban')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });
});
