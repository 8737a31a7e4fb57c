/**
 * The renderer's way to the desktop: the preload's bridge in Electron, or the browser implementation of the
 * same contract when the page runs in a plain browser (tests, benchmarks, development).
 */
import { BRIDGE_GLOBAL, type Bridge } from '../../src/ipc/contract.js';
import { createBrowserBridge } from './browser-bridge.js';

let cached: Bridge | null = null;

/** The bridge for this page. */
export function getBridge(): Bridge {
  if (cached === null) {
    const exposed = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as Bridge | undefined;
    cached = exposed ?? createBrowserBridge();
  }
  return cached;
}
