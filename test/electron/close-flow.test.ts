import { describe, expect, it, vi } from 'vitest';
import { installCloseFlow } from '../../electron/close-flow.js';
import { fakeEvent, FakeEmitter } from './fake-electron.js';

/** A window whose close() emits 'close' like Electron's, and counts as closed when nobody prevents it. */
class FakeWindow extends FakeEmitter {
  closed = false;
  close(): void {
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.closed = true;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
}

function setup(canAsk = true) {
  const window = new FakeWindow();
  const requestSave = vi.fn();
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
  const flow = installCloseFlow(window, {
    requestSave,
    canAsk: () => canAsk,
    timeoutMs: 5000,
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  return { window, requestSave, timers, flow };
}

describe('close flow', () => {
  it('holds the first close back and asks the page to save', () => {
    const { window, requestSave, timers } = setup();
    window.close();
    expect(window.closed).toBe(false);
    expect(requestSave).toHaveBeenCalledTimes(1);
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(5000);
  });

  it('closes only after the page confirms', () => {
    const { window, flow, timers } = setup();
    window.close();
    expect(window.closed).toBe(false);
    flow.confirm();
    expect(window.closed).toBe(true);
    expect(timers[0]?.cleared).toBe(true);
  });

  it('closes after the timeout when the page never answers', () => {
    const { window, timers } = setup();
    window.close();
    expect(window.closed).toBe(false);
    timers[0]?.callback();
    expect(window.closed).toBe(true);
  });

  it('asks once even if the user clicks close again while saving', () => {
    const { window, requestSave, timers, flow } = setup();
    window.close();
    window.close();
    expect(requestSave).toHaveBeenCalledTimes(1);
    expect(timers).toHaveLength(1);
    flow.confirm();
    expect(window.closed).toBe(true);
  });

  it('ignores a confirmation nobody asked for', () => {
    const { window, flow, requestSave } = setup();
    flow.confirm();
    expect(window.closed).toBe(false);
    window.close();
    expect(window.closed).toBe(false);
    expect(requestSave).toHaveBeenCalledTimes(1);
  });

  it('closes at once when there is no live page to ask', () => {
    const { window, requestSave } = setup(false);
    window.close();
    expect(window.closed).toBe(true);
    expect(requestSave).not.toHaveBeenCalled();
  });

  it('uses real timers by default', () => {
    vi.useFakeTimers();
    try {
      const window = new FakeWindow();
      installCloseFlow(window, { requestSave: () => undefined, canAsk: () => true, timeoutMs: 3000 });
      window.close();
      vi.advanceTimersByTime(2999);
      expect(window.closed).toBe(false);
      vi.advanceTimersByTime(1);
      expect(window.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
