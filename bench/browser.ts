/**
 * The page the benchmark measures: the renderer built from the current code into bench/out/renderer (dist/ is
 * left alone: tests may be serving it at the same time), served by vite preview on 127.0.0.1, in Debian's
 * Chromium with the flags of the end-to-end tests.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/harness.js';

const RENDERER_OUT = resolve('bench/out/renderer');
// The unminified build of --profile has its own folder, so --reuse-build never times it by mistake.
const PROFILE_RENDERER_OUT = resolve('bench/out/renderer-unminified');

/** Where the renderer measured is built: minified as shipped, or unminified for a readable CPU profile. */
export function rendererOut(minify: boolean): string {
  return minify ? RENDERER_OUT : PROFILE_RENDERER_OUT;
}
const KEPT_PROFILE_PORT = 4191;

/**
 * Builds the renderer into bench/out/renderer unless `reuse` is set and a build is there; returns the build time in
 * ms. `minify: false` keeps function names readable in a CPU profile.
 */
export async function buildRenderer(reuse: boolean, minify = true): Promise<number | null> {
  const outDir = rendererOut(minify);
  if (reuse && existsSync(resolve(outDir, 'index.html'))) return null;
  const start = performance.now();
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, minify } });
  return performance.now() - start;
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Chromium's version, e.g. "156.0.8078.108". */
  version: string;
  page: Page;
  cdp: CDPSession;
  baseUrl: string;
  errors: string[];
  close(): Promise<void>;
}

/**
 * Serves the build and opens one page on it (one context: the same IndexedDB for every measurement). With a
 * profile folder the browser keeps its data between runs, so a rerun can skip writing the dataset.
 */
export async function openBenchPage(profileDir?: string, rendererDir = RENDERER_OUT): Promise<BenchBrowser> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir: rendererDir },
    // IndexedDB belongs to the origin, port included: a kept profile needs the same port every time.
    preview: { port: profileDir === undefined ? 0 : KEPT_PROFILE_PORT, host: '127.0.0.1', strictPort: profileDir !== undefined },
  });
  const address = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const options = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 800 } };
  let browser: Browser | null = null;
  let context: BrowserContext;
  if (profileDir === undefined) {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext(options);
  } else {
    context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { product } = await cdp.send('Browser.getVersion');
  return {
    context,
    version: product.replace(/^[A-Za-z]+\//, ''),
    page,
    cdp,
    baseUrl,
    errors,
    async close() {
      await context.close();
      await browser?.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

/** The JS heap in use now, in bytes (Chrome DevTools Protocol Performance metrics). */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Samples the heap every `everyMs` until stopped; reports the highest value seen. */
export function sampleHeap(cdp: CDPSession, everyMs = 50): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        peak = Math.max(peak, await heapUsed(cdp));
      } catch {
        // The page may be between two documents during a reload; the next sample will succeed.
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
