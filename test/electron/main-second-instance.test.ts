import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron-app.js';

const holder = vi.hoisted(() => ({ fake: null as FakeElectron | null }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron-app.js');
  holder.fake = createFakeElectron({ lock: false });
  return holder.fake.module;
});

describe('second copy of the app', () => {
  it('quits at once without opening a window or touching the protocol', async () => {
    await import('../../electron/main.js');
    const fake = holder.fake;
    if (fake === null) throw new Error('electron was not mocked');
    await fake.fireReady();
    expect(fake.log).toContain('quit');
    expect(fake.windows).toHaveLength(0);
    expect(fake.protocolHandlers.size).toBe(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.app.count('second-instance')).toBe(0);
  });
});
