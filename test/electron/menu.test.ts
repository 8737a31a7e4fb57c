import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../src/ipc/contract.js';
import { buildMenuTemplate } from '../../electron/menu.js';

function build() {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const showAbout = vi.fn();
  return { template: buildMenuTemplate({ sendCommand, showAbout }), sendCommand, showAbout };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return Array.isArray(menu.submenu) ? menu.submenu : [];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const top of template) {
    const found = items(top).find((item) => item.label === label);
    if (found !== undefined) return found;
  }
  throw new Error(`no menu item ${label}`);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('has the four Vietnamese menus with Alt mnemonics', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', 'Trợ &giúp']);
  });

  it('lists the Vietnamese items of each menu', () => {
    const { template } = build();
    const labels = (i: number) => items(template[i] ?? {}).filter((item) => item.type !== 'separator' && item.visible !== false).map((item) => item.label);
    expect(labels(0)).toEqual(['Cuộc họp mới', 'Lưu', 'In…', 'Xuất biên bản…', 'Xuất thông báo kết luận…', 'Cài đặt', 'Thoát']);
    expect(labels(1)).toEqual(['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả']);
    expect(labels(2)).toEqual(['Cuộc họp', 'Sổ theo dõi', 'Tổng quan', 'Danh bạ', 'Thùng rác', 'Tìm kiếm…', 'Cỡ chữ mặc định', 'Phóng to', 'Thu nhỏ', 'Toàn màn hình']);
    expect(labels(3)).toEqual(['Giới thiệu']);
  });

  it('sends the right command for each command item', () => {
    const expected: Array<[string, MenuCommand]> = [
      ['Cuộc họp mới', 'new-meeting'],
      ['Lưu', 'save'],
      ['In…', 'print'],
      ['Xuất biên bản…', 'export-minutes'],
      ['Xuất thông báo kết luận…', 'export-notice'],
      ['Cài đặt', 'open-settings'],
      ['Cuộc họp', 'open-meetings'],
      ['Sổ theo dõi', 'open-register'],
      ['Tổng quan', 'open-overview'],
      ['Danh bạ', 'open-directory'],
      ['Thùng rác', 'open-trash'],
      ['Tìm kiếm…', 'find'],
    ];
    const { template, sendCommand } = build();
    for (const [label, command] of expected) {
      sendCommand.mockClear();
      click(find(template, label));
      expect(sendCommand.mock.calls, label).toEqual([[command]]);
    }
    // Every command of the contract is reachable from the menu.
    expect(new Set(expected.map(([, c]) => c))).toEqual(new Set(MENU_COMMANDS));
  });

  it('shows the page’s own shortcuts without intercepting them (no double commands)', () => {
    const { template } = build();
    for (const [label, accelerator] of [['Cuộc họp mới', 'CmdOrCtrl+N'], ['Lưu', 'CmdOrCtrl+S'], ['In…', 'CmdOrCtrl+P'], ['Tìm kiếm…', 'CmdOrCtrl+F']] as const) {
      const item = find(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      expect(item.registerAccelerator, label).toBe(false);
    }
  });

  it('uses Electron roles for editing, zoom, full screen and quitting', () => {
    const { template } = build();
    expect(find(template, 'Hoàn tác').role).toBe('undo');
    expect(find(template, 'Làm lại').role).toBe('redo');
    expect(find(template, 'Cắt').role).toBe('cut');
    expect(find(template, 'Sao chép').role).toBe('copy');
    expect(find(template, 'Dán').role).toBe('paste');
    expect(find(template, 'Chọn tất cả').role).toBe('selectAll');
    expect(find(template, 'Phóng to').role).toBe('zoomIn');
    expect(find(template, 'Thu nhỏ').role).toBe('zoomOut');
    expect(find(template, 'Cỡ chữ mặc định').role).toBe('resetZoom');
    expect(find(template, 'Toàn màn hình').role).toBe('togglefullscreen');
    expect(find(template, 'Thoát').role).toBe('quit');
    // No reload or devtools items: a reload would skip the save-before-close step.
    const roles = template.flatMap(items).map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('opens the About box from Trợ giúp', () => {
    const { template, showAbout, sendCommand } = build();
    click(find(template, 'Giới thiệu'));
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(sendCommand).not.toHaveBeenCalled();
  });
});
