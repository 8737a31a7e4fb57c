/**
 * A copy of the meeting form's unsaved edits in localStorage, written synchronously on every change. Autosave
 * waits ~700 ms before writing to IndexedDB, and a browser tab can close inside that wait (the desktop shell
 * flushes before closing, a browser cannot wait for an asynchronous write); this copy is what is recovered then.
 */
import { z } from 'zod';
import { meetingDraftSchema, type MeetingDraft } from './meeting-draft.js';

const PREFIX = 'so-tay-ket-luan/meeting-draft/';

const storedDraftSchema = z.object({
  version: z.literal(1),
  /** When the draft was last changed (epoch ms); compared with the stored meeting's updatedAt. */
  changedAt: z.number(),
  draft: meetingDraftSchema,
});

export type StoredDraft = z.infer<typeof storedDraftSchema>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off by policy; autosave still works, only the tab-close safety net is lost.
    return null;
  }
}

/** Keeps the draft; returns false when storage is unavailable or full. */
export function keepDraft(meetingId: string, draft: MeetingDraft, changedAt: number): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    const value: StoredDraft = { version: 1, changedAt, draft };
    store.setItem(PREFIX + meetingId, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The kept draft of a meeting, if one is there and readable. */
export function readDraft(meetingId: string): StoredDraft | null {
  const raw = storage()?.getItem(PREFIX + meetingId) ?? null;
  if (raw === null) return null;
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw) as unknown);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the kept draft (after its edits reached the database). */
export function dropDraft(meetingId: string): void {
  storage()?.removeItem(PREFIX + meetingId);
}

/**
 * The draft to apply when a meeting opens: only one changed after the stored meeting was last written. An
 * older one was already saved (the tab closed between the write and the clean-up) and is discarded.
 */
export function draftToRecover(meetingId: string, storedUpdatedAt: number): MeetingDraft | null {
  const kept = readDraft(meetingId);
  if (kept === null) return null;
  if (kept.changedAt <= storedUpdatedAt) {
    dropDraft(meetingId);
    return null;
  }
  return kept.draft;
}
