/**
 * The main process: one window showing app://main, guarded as described in ARCHITECTURE.md. The logic lives in
 * the small modules beside this file; this one only connects them to Electron.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, Notification, protocol, shell, type WebContents } from 'electron';
import { t } from '../src/i18n/index.js';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-scheme.js';
import { APP_USER_MODEL_ID, resolveAppPaths, USER_DATA_FOLDER } from './app-paths.js';
import { writeFileAtomic } from './atomic-write.js';
import { CLOSE_TIMEOUT_MS, installCloseFlow, type CloseFlow } from './close-flow.js';
import { registerInvokeHandlers, sendEvent } from './ipc-main.js';
import { buildMenuTemplate } from './menu.js';
import { createNotifier } from './notifications.js';
import { printToPdfAndSave, printWithDialog, type PrintDeps } from './print.js';
import { createPrintDocumentStore } from './print-documents.js';
import { createProtocolHandler } from './protocol-handler.js';
import { saveWithDialog, type SaveDeps } from './save-file.js';
import { guardWebContents } from './web-guards.js';
import { mainWindowOptions, printWindowOptions } from './window-options.js';

// Before anything else: the single-instance lock and the database both live in this folder.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const paths = resolveAppPaths(app.getAppPath(), existsSync);
  const printDocuments = createPrintDocumentStore();
  let mainWindow: BrowserWindow | null = null;
  let closeFlow: CloseFlow | null = null;
  let lastDirectory: string | null = null;

  const focusMainWindow = () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  const isAppWindow = (contents: WebContents) => mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === contents.id;

  const saveDeps: SaveDeps = {
    showSaveDialog: (options) => (mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options)),
    writeFile: (path, data) => writeFileAtomic(path, data),
    initialDirectory: () => lastDirectory ?? app.getPath('documents'),
    rememberDirectory: (directory) => {
      lastDirectory = directory;
    },
  };
  const printDeps: PrintDeps = { createWindow: () => new BrowserWindow(printWindowOptions()), documents: printDocuments };
  const notify = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    onClick: (tag) => {
      focusMainWindow();
      if (mainWindow !== null) sendEvent(mainWindow.webContents, 'onNotificationClick', tag);
    },
  });

  const createMainWindow = () => {
    const window = new BrowserWindow(mainWindowOptions({ preload: paths.preload, icon: paths.icon, title: t('app.name'), devTools: !app.isPackaged }));
    mainWindow = window;
    let pageAlive = false;
    window.webContents.on('did-finish-load', () => (pageAlive = true));
    window.webContents.on('render-process-gone', () => (pageAlive = false));
    closeFlow = installCloseFlow(window, {
      requestSave: () => sendEvent(window.webContents, 'onBeforeClose'),
      canAsk: () => pageAlive,
      timeoutMs: CLOSE_TIMEOUT_MS,
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(APP_ENTRY_URL);
  };

  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: t('desktop.about.title'),
      message: t('app.name'),
      detail: t('desktop.about.detail', { version: app.getVersion() }),
      buttons: [t('desktop.about.ok')],
    };
    void (mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options));
  };

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { openExternal: (url) => shell.openExternal(url) }));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
    protocol.handle(APP_SCHEME, createProtocolHandler({ rendererDir: paths.rendererDir, printDocuments }));
    registerInvokeHandlers(
      {
        saveFile: (request) => saveWithDialog(request, saveDeps),
        printToPdf: (request) => printToPdfAndSave(request, printDeps, saveDeps),
        printDocument: (request) => printWithDialog(request, printDeps),
        showNotification: (request) => notify(request),
        getAppInfo: () => ({ version: app.getVersion(), platform: process.platform, shell: 'electron' }),
        confirmClose: () => closeFlow?.confirm(),
      },
      isAppWindow,
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          sendCommand: (command) => {
            if (mainWindow !== null) sendEvent(mainWindow.webContents, 'onMenuCommand', command);
          },
          showAbout,
        }),
      ),
    );
    createMainWindow();
  });
}
