/**
 * Pending edits that must reach the database before the window closes or the user leaves a screen.
 * Editors register a flusher while they hold unsaved changes.
 */

type Flusher = () => Promise<void>;
const flushers = new Set<Flusher>();

/** Registers a flusher; returns the function that removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

/** Saves everything pending; failures are reported by each editor, not here. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
