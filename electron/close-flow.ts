/**
 * Closing the main window without losing what was just typed: the first 'close' is held back while the page
 * saves its pending edits; the page answers with confirmClose, or a timeout closes anyway (a hung page must not
 * keep the window open forever).
 */

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseFlowOptions {
  /** Asks the page to save (sends app:before-close). */
  requestSave(): void;
  /** False when there is no live page to ask (still loading, crashed): then the window closes at once. */
  canAsk(): boolean;
  timeoutMs: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const CLOSE_TIMEOUT_MS = 5_000;

export interface CloseFlow {
  /** The page has saved: close now (ignored when no close is pending). */
  confirm(): void;
}

export function installCloseFlow(window: ClosableWindow, options: CloseFlowOptions): CloseFlow {
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let allowed = false;
  let timer: unknown = null;

  const closeNow = () => {
    if (allowed) return;
    allowed = true;
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event) => {
    if (allowed) return;
    if (!options.canAsk()) {
      allowed = true;
      return;
    }
    event.preventDefault();
    if (timer !== null) return; // already asked; a second click on X waits for the same answer
    timer = setTimer(closeNow, options.timeoutMs);
    options.requestSave();
  });

  return {
    confirm() {
      if (timer !== null) closeNow();
    },
  };
}
