import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type SaveFileRequest } from '../../src/ipc/contract.js';
import { FakeWebContents } from './fake-electron.js';

type Handle = (event: IpcMainInvokeEvent, argument: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, (event: unknown, argument: unknown) => Promise<unknown>>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, argument: unknown) => Promise<unknown>) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { isTrustedSender, registerInvokeHandlers, sendEvent } = await import('../../electron/ipc-main.js');

const appWindow = new FakeWebContents();
const otherWindow = new FakeWebContents();
const isAppWindow = (contents: WebContents) => contents.id === appWindow.id;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}
const topFrame: FakeFrame = { url: 'app://main/index.html#/meetings', parent: null };

function event(sender: FakeWebContents, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender: sender.asWebContents(), senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const handlers = {
  saveFile: vi.fn(async (_request: SaveFileRequest) => ({ ok: true as const, path: 'C:\\x.docx' })),
  printToPdf: vi.fn(async () => ({ ok: false as const, reason: 'cancelled' as const })),
  printDocument: vi.fn(async (_request: unknown) => ({ ok: true as const })),
  showNotification: vi.fn(() => ({ shown: true })),
  getAppInfo: vi.fn(() => ({ version: '0.1.0', platform: 'win32', shell: 'electron' as const })),
  confirmClose: vi.fn(() => undefined),
};

function call(channel: string, e: IpcMainInvokeEvent, argument?: unknown): Promise<unknown> {
  const listener = registered.get(channel) as Handle | undefined;
  if (listener === undefined) throw new Error(`no handler for ${channel}`);
  return listener(e, argument);
}

const validSave = { suggestedName: 'Biên bản họp.docx', filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }], data: new Uint8Array([1, 2, 3]) };

beforeEach(() => {
  registered.clear();
  Object.values(handlers).forEach((h) => h.mockClear());
  registerInvokeHandlers(handlers, isAppWindow);
});

describe('registerInvokeHandlers', () => {
  it('registers exactly the contract’s invoke channels', () => {
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).map((c) => c.channel).sort());
  });

  it('parses a valid message from the app page and runs the handler', async () => {
    await expect(call('file:save', event(appWindow, topFrame), validSave)).resolves.toEqual({ ok: true, path: 'C:\\x.docx' });
    expect(handlers.saveFile).toHaveBeenCalledTimes(1);
    expect(handlers.saveFile.mock.calls[0]?.[0]).toEqual(validSave);
    await expect(call('app:info', event(appWindow, topFrame))).resolves.toMatchObject({ shell: 'electron' });
    // The contract's default fills landscape in.
    await call('print:dialog', event(appWindow, topFrame), { html: '<p>x</p>', suggestedName: 'a.pdf' });
    expect(handlers.printDocument.mock.calls[0]?.[0]).toEqual({ html: '<p>x</p>', suggestedName: 'a.pdf', landscape: false });
  });

  it('rejects invalid arguments without running the handler', async () => {
    const bad = [
      undefined,
      { ...validSave, suggestedName: '..\\..\\Windows\\evil.exe' },
      { ...validSave, suggestedName: 'a/b.docx' },
      { ...validSave, data: 'not bytes' },
      { ...validSave, filters: [] },
    ];
    for (const argument of bad) {
      await expect(call('file:save', event(appWindow, topFrame), argument)).rejects.toThrow(/invalid argument/);
    }
    await expect(call('notify:show', event(appWindow, topFrame), { tag: '', title: 'x', body: '' })).rejects.toThrow(/invalid argument/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.showNotification).not.toHaveBeenCalled();
  });

  it('refuses messages from unknown frames and never runs the handler', async () => {
    const refused: Array<[string, IpcMainInvokeEvent]> = [
      ['missing frame', event(appWindow, null)],
      ['another window', event(otherWindow, topFrame)],
      ['a sub-frame', event(appWindow, { url: 'app://main/index.html', parent: topFrame })],
      ['a web origin', event(appWindow, { url: 'https://example.com/', parent: null })],
      ['a file page', event(appWindow, { url: 'file:///C:/index.html', parent: null })],
      ['the print host', event(appWindow, { url: 'app://print/x.html', parent: null })],
    ];
    for (const [name, e] of refused) {
      await expect(call('file:save', e, validSave), name).rejects.toThrow(/refused/);
      await expect(call('app:confirm-close', e), name).rejects.toThrow(/refused/);
    }
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.confirmClose).not.toHaveBeenCalled();
  });

  it('can be removed again', () => {
    registered.clear();
    const remove = registerInvokeHandlers(handlers, isAppWindow);
    expect(registered.size).toBe(Object.keys(INVOKE_CHANNELS).length);
    remove();
    expect(registered.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('needs all of: a frame, the top frame, an app window, the app origin', () => {
    expect(isTrustedSender(event(appWindow, topFrame), isAppWindow)).toBe(true);
    expect(isTrustedSender(event(appWindow, null), isAppWindow)).toBe(false);
    expect(isTrustedSender(event(otherWindow, topFrame), isAppWindow)).toBe(false);
    expect(isTrustedSender(event(appWindow, { url: 'app://main.evil/', parent: null }), isAppWindow)).toBe(false);
  });
});

describe('sendEvent', () => {
  it('sends on the contract’s channel, and not to a destroyed page', () => {
    const contents = new FakeWebContents();
    sendEvent(contents, 'onMenuCommand', 'new-meeting');
    sendEvent(contents, 'onNotificationClick', 'directive:42');
    sendEvent(contents, 'onBeforeClose');
    expect(contents.sent).toEqual([
      { channel: 'menu:command', args: ['new-meeting'] },
      { channel: 'notify:clicked', args: ['directive:42'] },
      { channel: 'app:before-close', args: [] },
    ]);
    contents.destroyed = true;
    sendEvent(contents, 'onBeforeClose');
    expect(contents.sent).toHaveLength(3);
  });
});
