/**
 * The one contract between the renderer and the main process. The preload exposes exactly `Bridge` on
 * `window.secretariat`; main registers one handler per invoke channel through a helper that checks the sender
 * frame and parses the argument with the schema below. A browser implementation of the same interface lets the
 * renderer run in plain Chromium.
 *
 * Expected failures (a cancelled dialog, a full disk) are returned as values, never thrown.
 */
import { z } from 'zod';

const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_HTML_CHARS = 50 * 1024 * 1024;

/** A file name without folders, as suggested in a save dialog. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), 'tên tệp chứa ký tự không hợp lệ');

const fileFilter = z.object({ name: z.string().min(1).max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(5) });

export const saveFileRequestSchema = z.object({
  suggestedName: fileName,
  filters: z.array(fileFilter).min(1).max(5),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'tệp quá lớn'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const printRequestSchema = z.object({
  /** A complete, script-free HTML document of the page to print, laid out for A4. */
  html: z.string().min(1).max(MAX_HTML_CHARS),
  suggestedName: fileName,
  landscape: z.boolean().default(false),
});
export type PrintRequest = z.input<typeof printRequestSchema>;

export const notificationRequestSchema = z.object({
  /** Returned in the click event so the renderer can open what the notification is about. */
  tag: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
});
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'failed'; message: string };

export type PrintResult = { ok: true } | { ok: false; reason: 'cancelled' } | { ok: false; reason: 'failed'; message: string };

export interface AppInfo {
  version: string;
  platform: string;
  /** 'electron' on the desktop, 'browser' in the browser implementation. */
  shell: 'electron' | 'browser';
}

export const MENU_COMMANDS = [
  'new-meeting',
  'find',
  'save',
  'open-meetings',
  'open-register',
  'open-overview',
  'open-directory',
  'open-trash',
  'open-settings',
  'export-minutes',
  'export-notice',
  'print',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

export type Unsubscribe = () => void;

/** What the renderer can ask of the desktop shell. */
export interface Bridge {
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Renders the page to a PDF and saves it where the user chooses. */
  printToPdf(request: PrintRequest): Promise<SaveResult>;
  /** Opens the system print dialog for the page. */
  printDocument(request: PrintRequest): Promise<PrintResult>;
  showNotification(request: NotificationRequest): Promise<{ shown: boolean }>;
  getAppInfo(): Promise<AppInfo>;
  /** Tells the shell that pending edits are saved and the window may close. */
  confirmClose(): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onNotificationClick(listener: (tag: string) => void): Unsubscribe;
  /** The window is about to close: save what is pending, then call confirmClose. */
  onBeforeClose(listener: () => void): Unsubscribe;
}

/** Invoke channels: method name of Bridge to channel name and argument parser. */
export const INVOKE_CHANNELS = {
  saveFile: { channel: 'file:save', parse: (arg: unknown) => saveFileRequestSchema.parse(arg) },
  printToPdf: { channel: 'print:to-pdf', parse: (arg: unknown) => printRequestSchema.parse(arg) },
  printDocument: { channel: 'print:dialog', parse: (arg: unknown) => printRequestSchema.parse(arg) },
  showNotification: { channel: 'notify:show', parse: (arg: unknown) => notificationRequestSchema.parse(arg) },
  getAppInfo: { channel: 'app:info', parse: (_arg: unknown) => undefined },
  confirmClose: { channel: 'app:confirm-close', parse: (_arg: unknown) => undefined },
} as const satisfies Record<string, { channel: string; parse: (arg: unknown) => unknown }>;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** Event channels: main to renderer, with the payload parser the preload applies before calling listeners. */
export const EVENT_CHANNELS = {
  onMenuCommand: { channel: 'menu:command', parse: (payload: unknown) => menuCommandSchema.parse(payload) },
  onNotificationClick: { channel: 'notify:clicked', parse: (payload: unknown) => z.string().max(200).parse(payload) },
  onBeforeClose: { channel: 'app:before-close', parse: (_payload: unknown) => undefined },
} as const satisfies Record<string, { channel: string; parse: (payload: unknown) => unknown }>;

export type EventMethod = keyof typeof EVENT_CHANNELS;

// Every Bridge method is either an invoke or an event channel, and nothing else.
type _BridgeCovered = Exclude<keyof Bridge, InvokeMethod | EventMethod> extends never ? true : never;
export const BRIDGE_COVERED: _BridgeCovered = true;

/** The name under which the preload exposes the bridge on window. */
export const BRIDGE_GLOBAL = 'secretariat';
