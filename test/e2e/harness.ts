/**
 * Runs the built renderer (dist/renderer, made by `npm run build`) in Debian's Chromium with real IndexedDB,
 * served over http on 127.0.0.1 (module scripts do not load from file://).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser context of every test: a Vietnamese user in Vietnam's time zone on a laptop screen. */
export const CONTEXT_OPTIONS = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 800 } } as const;

export interface RunningApp {
  browser: Browser;
  baseUrl: string;
  /** A fresh browser context (its own empty IndexedDB) with a page opened on the app. */
  openPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Serves dist/renderer and launches Chromium. */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: run `npm run build` first.');
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    baseUrl,
    async openPage() {
      const context = await browser.newContext(CONTEXT_OPTIONS);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(baseUrl);
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
