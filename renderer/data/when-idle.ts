/**
 * Runs work in an idle moment of the page (or after `timeoutMs` at the latest), telling it how long it may take;
 * returns a function that cancels it. Falls back to a timer and a few milliseconds where requestIdleCallback is
 * missing (jsdom in tests).
 */
export function whenIdle(work: (timeLeft: () => number) => void, timeoutMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(() => {
    const end = performance.now() + 8;
    work(() => end - performance.now());
  }, 50);
  return () => window.clearTimeout(timer);
}
