import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, handleWindowOpen, isNavigationAllowed, isPermissionAllowed } from '../../electron/web-guards.js';
import { fakeEvent, FakeWebContents } from './fake-electron.js';

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents.asWebContents(), { openExternal });
  return { contents, openExternal };
}

describe('navigation guard', () => {
  it('allows the app origin only in the main frame', () => {
    expect(isNavigationAllowed('app://main/index.html', true)).toBe(true);
    expect(isNavigationAllowed('app://main/index.html#/register', true)).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'file:///C:/Windows/win.ini', 'app://print/x.html', 'about:blank', 'data:text/html,hi', 'javascript:alert(1)']) {
      expect(isNavigationAllowed(url, true), url).toBe(false);
    }
  });

  it('lets sub-frames show blank/srcdoc and the app’s own blobs, nothing external', () => {
    expect(isNavigationAllowed('about:srcdoc', false)).toBe(true);
    expect(isNavigationAllowed('blob:app://main/1234', false)).toBe(true);
    expect(isNavigationAllowed('blob:https://evil.example/1234', false)).toBe(false);
    expect(isNavigationAllowed('https://example.com/', false)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', false)).toBe(false);
  });

  it('prevents will-navigate, will-frame-navigate and will-redirect away from the app', () => {
    const { contents, openExternal } = guarded();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://example.com/', 'http://example.com/', 'file:///C:/secret.txt']) {
        const e = fakeEvent({ url, isMainFrame: true });
        contents.emit(event, e);
        expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
      }
      const ok = fakeEvent({ url: 'app://main/index.html', isMainFrame: true });
      contents.emit(event, ok);
      expect(ok.defaultPrevented, event).toBe(false);
    }
    // A clicked https link opens in the browser; http and file never do.
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://example.com/']);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    const e = fakeEvent({});
    contents.emit('will-attach-webview', e);
    expect(e.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it('always denies and opens only https links externally', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://vanban.chinhphu.vn/', { openExternal })).toEqual({ action: 'deny' });
    expect(handleWindowOpen('http://example.com/', { openExternal })).toEqual({ action: 'deny' });
    expect(handleWindowOpen('file:///C:/Windows/system32/cmd.exe', { openExternal })).toEqual({ action: 'deny' });
    expect(handleWindowOpen('app://main/index.html', { openExternal })).toEqual({ action: 'deny' });
    expect(handleWindowOpen('ms-msdt:/id', { openExternal })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://vanban.chinhphu.vn/']]);
  });

  it('is installed on every guarded page', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('permissions', () => {
  it('grants notifications to the app and nothing else', () => {
    expect(isPermissionAllowed('notifications', 'app://main/index.html')).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'usb', 'hid', 'serial', 'display-capture', 'openExternal', 'midiSysex', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'app://main/index.html'), permission).toBe(false);
    }
  });

  it('installs request and check handlers on the page’s session', () => {
    const { contents } = guarded();
    const request = contents.session.requestHandler;
    const check = contents.session.checkHandler;
    if (request === null || check === null) throw new Error('handlers not installed');
    const decide = (permission: string, requestingUrl: string) => {
      let granted: boolean | null = null;
      request(contents.asWebContents(), permission as never, (value) => (granted = value), { requestingUrl } as never);
      return granted;
    };
    expect(decide('media', 'app://main/index.html')).toBe(false);
    expect(decide('geolocation', 'app://main/index.html')).toBe(false);
    expect(decide('notifications', 'app://main/index.html')).toBe(true);
    expect(check(contents as unknown as WebContents, 'geolocation', 'app://main', {} as never)).toBe(false);
    expect(check(contents as unknown as WebContents, 'notifications', 'app://main', {} as never)).toBe(true);
  });
});
