import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, EVENT_CHANNELS, INVOKE_CHANNELS, type Bridge } from '../../src/ipc/contract.js';

type IpcListener = (event: unknown, payload?: unknown) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload?: unknown) => void>>();
  const exposed = new Map<string, unknown>();
  const invoke = (..._args: unknown[]) => Promise.resolve<unknown>({ ok: true });
  return { listeners, exposed, invoke };
});
const invoke = vi.fn(fake.invoke);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      if (fake.exposed.has(key)) throw new Error(`exposed twice: ${key}`);
      fake.exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, listener: IpcListener) => {
      const set = fake.listeners.get(channel) ?? new Set();
      set.add(listener);
      fake.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: IpcListener) => fake.listeners.get(channel)?.delete(listener),
  },
}));

/** Main sends an event: every listener gets the IPC event object and the payload. */
function emit(channel: string, payload?: unknown): void {
  const ipcEvent = { sender: 'the ipcRenderer object must never reach the page' };
  for (const listener of [...(fake.listeners.get(channel) ?? [])]) listener(ipcEvent, payload);
}

let bridge: Bridge;
beforeAll(async () => {
  await import('../../electron/preload.js');
  bridge = fake.exposed.get(BRIDGE_GLOBAL) as Bridge;
});

describe('preload', () => {
  it('exposes one object, window.secretariat, with exactly the Bridge methods', () => {
    expect([...fake.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const expected = [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    for (const key of expected) expect(typeof (bridge as unknown as Record<string, unknown>)[key], key).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('leaks nothing of ipcRenderer', () => {
    const values = Object.values(bridge) as unknown[];
    expect(values.every((v) => typeof v === 'function')).toBe(true);
    expect(Object.keys(bridge)).not.toContain('invoke');
    expect(Object.keys(bridge)).not.toContain('send');
    expect(Object.keys(bridge)).not.toContain('on');
  });

  it('invokes each method on its channel with a single argument', async () => {
    const request = { suggestedName: 'a.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Uint8Array([1]) };
    await bridge.saveFile(request);
    expect(invoke).toHaveBeenLastCalledWith('file:save', request);
    await bridge.getAppInfo();
    expect(invoke).toHaveBeenLastCalledWith('app:info', undefined);
    await bridge.confirmClose();
    expect(invoke).toHaveBeenLastCalledWith('app:confirm-close', undefined);
    const extra = bridge.showNotification as unknown as (...args: unknown[]) => Promise<unknown>;
    await extra({ tag: 't', title: 'x', body: '' }, 'smuggled');
    expect(invoke).toHaveBeenLastCalledWith('notify:show', { tag: 't', title: 'x', body: '' });
  });

  it('parses event payloads before listeners see them, and drops invalid ones', () => {
    const commands: unknown[] = [];
    const off = bridge.onMenuCommand((command) => commands.push(command));
    emit('menu:command', 'new-meeting');
    emit('menu:command', 'rm -rf /');
    emit('menu:command', { command: 'save' });
    emit('menu:command', 'save');
    expect(commands).toEqual(['new-meeting', 'save']);
    off();
  });

  it('passes only the payload, never the IPC event object', () => {
    const seen: unknown[][] = [];
    const offClick = bridge.onNotificationClick((...args: unknown[]) => seen.push(args));
    const offClose = bridge.onBeforeClose((...args: unknown[]) => seen.push(args));
    emit('notify:clicked', 'directive:7');
    emit('app:before-close', { sender: 'x' });
    expect(seen).toEqual([['directive:7'], []]);
    offClick();
    offClose();
  });

  it('unsubscribes listeners', () => {
    const tags: string[] = [];
    const off = bridge.onNotificationClick((tag) => tags.push(tag));
    emit('notify:clicked', 'a');
    off();
    off();
    emit('notify:clicked', 'b');
    expect(tags).toEqual(['a']);
    expect(fake.listeners.get('notify:clicked')?.size ?? 0).toBe(0);
  });
});
