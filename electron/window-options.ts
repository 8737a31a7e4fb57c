/** Options of every window the app opens, in one place so the security settings can be read and tested. */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Settings no window of this app may relax. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

export interface MainWindowInput {
  preload: string;
  icon: string | undefined;
  title: string;
  /** False in the packaged app: nobody should poke at the database through devtools by accident. */
  devTools: boolean;
}

/** The main window: hidden until its first paint (no white flash), sized for a 1366×768 laptop. */
export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: input.title,
    ...(input.icon === undefined ? {} : { icon: input.icon }),
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: input.preload, devTools: input.devTools },
  };
}

/** The invisible window that lays out a document for printing: no preload, no JavaScript, no devtools. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, devTools: false, images: true },
  };
}
