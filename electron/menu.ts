/**
 * The Vietnamese application menu. Items that are application commands send 'menu:command' to the page, which
 * runs them through its command bus (renderer/app/commands.ts), the same path as the keyboard shortcuts.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/ipc/contract.js';
import { t } from '../src/i18n/index.js';

export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

/**
 * The page handles Ctrl+N, Ctrl+F, Ctrl+S and Ctrl+P itself on keydown (renderer/app/commands.ts, SHORTCUTS), so
 * the menu shows these shortcuts without intercepting them; otherwise each command would run twice.
 */
export const PAGE_HANDLED_ACCELERATORS: ReadonlySet<string> = new Set(['CmdOrCtrl+N', 'CmdOrCtrl+F', 'CmdOrCtrl+S', 'CmdOrCtrl+P']);

/** Builds the template given to Menu.buildFromTemplate. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: name,
    click: () => actions.sendCommand(name),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: !PAGE_HANDLED_ACCELERATORS.has(accelerator) }),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  return [
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.file.newMeeting'), 'new-meeting', 'CmdOrCtrl+N'),
        command(t('menu.file.save'), 'save', 'CmdOrCtrl+S'),
        command(t('menu.file.print'), 'print', 'CmdOrCtrl+P'),
        separator,
        command(t('menu.file.exportMinutes'), 'export-minutes'),
        command(t('menu.file.exportNotice'), 'export-notice'),
        separator,
        command(t('menu.file.settings'), 'open-settings'),
        separator,
        { label: t('menu.file.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.edit.undo'), role: 'undo' },
        // Ctrl+Y is what Word users expect on Windows.
        { label: t('menu.edit.redo'), role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        separator,
        { label: t('menu.edit.cut'), role: 'cut' },
        { label: t('menu.edit.copy'), role: 'copy' },
        { label: t('menu.edit.paste'), role: 'paste' },
        separator,
        { label: t('menu.edit.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        command(t('menu.view.meetings'), 'open-meetings'),
        command(t('menu.view.register'), 'open-register'),
        command(t('menu.view.overview'), 'open-overview'),
        command(t('menu.view.directory'), 'open-directory'),
        command(t('menu.view.trash'), 'open-trash'),
        separator,
        command(t('menu.view.find'), 'find', 'CmdOrCtrl+F'),
        separator,
        { label: t('menu.view.resetZoom'), role: 'resetZoom' },
        { label: t('menu.view.zoomIn'), role: 'zoomIn' },
        // Ctrl+= without Shift also zooms in, as in browsers (Ctrl+Plus needs Shift on most keyboards).
        { label: t('menu.view.zoomIn'), role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
        { label: t('menu.view.zoomOut'), role: 'zoomOut' },
        separator,
        { label: t('menu.view.fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [{ label: t('menu.help.about'), click: () => actions.showAbout() }],
    },
  ];
}
