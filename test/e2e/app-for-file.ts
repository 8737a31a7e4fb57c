/**
 * The built app served and Chromium launched once for a whole test file: started before its first test and closed
 * after its last. Kept apart from harness.ts, which the benchmarks import outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { startApp, type RunningApp } from './harness.js';

/** Registers the file's start and close hooks (call it at the top of the file); the result is used inside tests. */
export function appForFile(): Omit<RunningApp, 'close'> {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    // Undefined when starting failed: that error is the one to report.
    await running?.close();
  });
  const started = (): RunningApp => {
    if (running === undefined) throw new Error('The app starts in beforeAll: use it inside a test or a hook.');
    return running;
  };
  return {
    get browser() {
      return started().browser;
    },
    get baseUrl() {
      return started().baseUrl;
    },
    openPage: () => started().openPage(),
  };
}
