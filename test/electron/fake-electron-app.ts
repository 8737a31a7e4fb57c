/**
 * A stand-in for the whole 'electron' module, enough to run electron/main.ts in Node and watch what it wires up.
 * Used through vi.mock('electron', ...) only.
 */
import { FakeEmitter, FakeWebContents } from './fake-electron.js';

type Handler = (...args: unknown[]) => unknown;

export interface FakeElectron {
  module: Record<string, unknown>;
  log: string[];
  windows: FakeBrowserWindow[];
  ipcHandlers: Map<string, Handler>;
  protocolHandlers: Map<string, Handler>;
  privilegedSchemes: unknown[];
  applicationMenu: unknown;
  notifications: FakeEmitter[];
  app: FakeApp;
  fireReady(): Promise<void>;
}

export class FakeApp extends FakeEmitter {
  paths = new Map<string, string>();
  ready = false;
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  constructor(
    private readonly log: string[],
    private readonly lock: boolean,
  ) {
    super();
  }
  isPackaged = false;
  getAppPath = () => process.cwd();
  getVersion = () => '0.1.0';
  getPath = (name: string) => this.paths.get(name) ?? `/fake/${name}`;
  setPath = (name: string, value: string) => {
    this.log.push(`setPath ${name}`);
    this.paths.set(name, value);
  };
  enableSandbox = () => this.log.push('enableSandbox');
  requestSingleInstanceLock = () => {
    this.log.push('requestSingleInstanceLock');
    return this.lock;
  };
  quit = () => this.log.push('quit');
  setAppUserModelId = (id: string) => this.log.push(`setAppUserModelId ${id}`);
  whenReady = () => this.readyPromise;
  fire(): void {
    this.ready = true;
    this.log.push('ready');
    this.resolveReady();
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  shown = false;
  focused = false;
  minimized = false;
  destroyed = false;
  loadedUrl: string | null = null;
  constructor(
    readonly options: Record<string, unknown>,
    private readonly onClose: (window: FakeBrowserWindow) => void,
  ) {
    super();
  }
  loadURL = async (url: string) => {
    this.loadedUrl = url;
  };
  show = () => (this.shown = true);
  focus = () => (this.focused = true);
  isMinimized = () => this.minimized;
  restore = () => (this.minimized = false);
  isDestroyed = () => this.destroyed;
  destroy = () => (this.destroyed = true);
  close = () => this.onClose(this);
}

export function createFakeElectron(options: { lock: boolean }): FakeElectron {
  const log: string[] = [];
  const app = new FakeApp(log, options.lock);
  const fake: FakeElectron = {
    module: {},
    log,
    windows: [],
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    privilegedSchemes: [],
    applicationMenu: null,
    notifications: [],
    app,
    async fireReady() {
      app.fire();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  const closeWindow = (window: FakeBrowserWindow) => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    window.emit('close', event);
    if (event.defaultPrevented) return;
    window.destroyed = true;
    log.push('window closed');
    window.emit('closed');
  };
  class BrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions: Record<string, unknown>) {
      super(windowOptions, closeWindow);
      fake.windows.push(this);
      // As in Electron: every new page is announced before anything is loaded into it.
      app.emit('web-contents-created', {}, this.webContents);
    }
  }
  class Notification extends FakeEmitter {
    static isSupported = () => true;
    constructor(readonly options: unknown) {
      super();
      fake.notifications.push(this);
    }
    show = () => log.push('notification shown');
  }
  fake.module = {
    app,
    BrowserWindow,
    Notification,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        log.push(app.ready ? 'registerSchemesAsPrivileged after ready' : 'registerSchemesAsPrivileged');
        fake.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: Handler) => fake.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => fake.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (fake.applicationMenu = menu),
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showMessageBox: async () => ({ response: 0 }),
    },
    shell: { openExternal: async (url: string) => log.push(`openExternal ${url}`) },
  };
  return fake;
}
