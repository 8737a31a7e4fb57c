import { join } from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/ipc/contract.js';
import type { FakeElectron } from './fake-electron-app.js';

const holder = vi.hoisted(() => ({ fake: null as FakeElectron | null }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron-app.js');
  holder.fake = createFakeElectron({ lock: true });
  return holder.fake.module;
});

function fake(): FakeElectron {
  if (holder.fake === null) throw new Error('electron was not mocked');
  return holder.fake;
}

let beforeReady: string[] = [];
beforeAll(async () => {
  await import('../../electron/main.js');
  beforeReady = [...fake().log];
  await fake().fireReady();
});

function mainWindow() {
  const window = fake().windows[0];
  if (window === undefined) throw new Error('no window');
  return window;
}

function invoke(channel: string, sender: { asWebContents(): unknown }, url: string, argument?: unknown) {
  const handler = fake().ipcHandlers.get(channel) as ((event: IpcMainInvokeEvent, argument: unknown) => Promise<unknown>) | undefined;
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  const event = { sender: sender.asWebContents(), senderFrame: { url, parent: null } } as unknown as IpcMainInvokeEvent;
  return handler(event, argument);
}

describe('main process start-up', () => {
  it('fixes the data folder, registers the scheme and enables the sandbox before ready, then takes the lock', () => {
    expect(beforeReady).toEqual(['setPath userData', 'registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(fake().app.getPath('userData')).toBe(join('/fake/appData', 'SoTayKetLuan'));
    expect(fake().privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake().log).not.toContain('quit');
  });

  it('serves app:// after ready', async () => {
    const handler = fake().protocolHandlers.get('app') as ((request: Request) => Promise<Response>) | undefined;
    expect(handler).toBeTypeOf('function');
    const response = await handler?.(new Request('app://main/..%2f..%2fpackage.json'));
    expect(response?.status).toBe(403);
  });

  it('registers every invoke channel and the Vietnamese menu', () => {
    expect([...fake().ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).map((c) => c.channel).sort());
    const menu = fake().applicationMenu as { template: MenuItemConstructorOptions[] };
    expect(menu.template.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', 'Trợ &giúp']);
  });

  it('opens one secure window on app://main, shown when ready', () => {
    expect(fake().windows).toHaveLength(1);
    const window = mainWindow();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(prefs.preload).toBe(join(process.cwd(), 'dist', 'electron', 'preload.cjs'));
    expect(window.options.title).toBe('Sổ tay Kết luận');
    expect(window.loadedUrl).toBe('app://main/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('guards the window’s page as it is created', () => {
    const contents = mainWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.count('will-navigate')).toBe(1);
    expect(contents.session.requestHandler).not.toBeNull();
  });

  it('focuses the existing window when a second copy is launched', () => {
    const window = mainWindow();
    window.minimized = true;
    window.focused = false;
    fake().app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('answers IPC only from the main window’s app page', async () => {
    const window = mainWindow();
    await expect(invoke('app:info', window.webContents, 'app://main/index.html')).resolves.toEqual({ version: '0.1.0', platform: process.platform, shell: 'electron' });
    const stranger = new (fake().module.BrowserWindow as new (o: object) => { webContents: { asWebContents(): unknown } })({});
    await expect(invoke('app:info', stranger.webContents, 'app://main/index.html')).rejects.toThrow(/refused/);
    await expect(invoke('app:info', window.webContents, 'https://example.com/')).rejects.toThrow(/refused/);
  });

  it('sends menu commands and notification clicks to the page', async () => {
    const window = mainWindow();
    const menu = fake().applicationMenu as { template: MenuItemConstructorOptions[] };
    const file = menu.template[0]?.submenu as MenuItemConstructorOptions[];
    (file[0]?.click as () => void)();
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'menu:command', args: ['new-meeting'] });

    await invoke('notify:show', window.webContents, 'app://main/index.html', { tag: 'directive:9', title: 'Đến hạn', body: '' });
    window.focused = false;
    fake().notifications[0]?.emit('click');
    expect(window.focused).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'notify:clicked', args: ['directive:9'] });
  });

  it('closes only after the page confirms it has saved', async () => {
    const window = mainWindow();
    window.webContents.emit('did-finish-load');
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'app:before-close', args: [] });
    await invoke('app:confirm-close', window.webContents, 'app://main/index.html');
    expect(window.destroyed).toBe(true);
    expect(fake().log).toContain('window closed');
  });
});
