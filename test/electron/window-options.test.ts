import { describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../electron/window-options.js';

const input = { preload: '/app/dist/electron/preload.cjs', icon: '/app/assets/icon.png', title: 'Sổ tay Kết luận', devTools: false };

describe('main window options', () => {
  const options = mainWindowOptions(input);
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the dangerous features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the bundled preload and nothing else runs with privileges', () => {
    expect(prefs.preload).toBe(input.preload);
    expect(prefs.preload?.endsWith('preload.cjs')).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions({ ...input, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('shows only when ready, with the Vietnamese title, icon and a usable size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Sổ tay Kết luận');
    expect(options.icon).toBe(input.icon);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeLessThanOrEqual(1024);
    expect(options.minHeight).toBeLessThanOrEqual(700);
  });

  it('leaves the icon out when there is none (the executable icon is used)', () => {
    expect('icon' in mainWindowOptions({ ...input, icon: undefined })).toBe(false);
  });
});

describe('print window options', () => {
  const options = printWindowOptions();
  const prefs = options.webPreferences ?? {};

  it('is hidden, sandboxed, without JavaScript and without a preload', () => {
    expect(options.show).toBe(false);
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.devTools).toBe(false);
  });
});
