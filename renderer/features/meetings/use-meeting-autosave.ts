/**
 * Autosave of the meeting form. Every change goes at once to a localStorage copy (see draft-storage.ts) and,
 * when the draft is valid, to the database ~700 ms after typing stops. Invalid drafts are never written: the
 * stored meeting stays as it last was valid, and the form shows the messages. While edits are pending a
 * flusher is registered, so the desktop shell can save them before the window closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingWithTexts } from '../../../src/domain/types.js';
import { registerFlusher } from '../../app/flush.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { updateMeeting } from '../../db/writes/meetings.js';
import { useAppStore } from '../../state/store.js';
import { dropDraft, draftToRecover, keepDraft } from './draft-storage.js';
import { checkDraft, draftFromMeeting, inputFromDraft, sameDraft, type DraftCheck, type MeetingDraft } from './meeting-draft.js';

export const AUTOSAVE_DELAY_MS = 700;

export interface MeetingAutosave {
  draft: MeetingDraft;
  check: DraftCheck;
  /** True when the form opened with unsaved edits recovered from an earlier session. */
  recovered: boolean;
  change: (patch: Partial<MeetingDraft>) => void;
  /** Saves pending edits now (Ctrl+S, leaving the screen); resolves when written or refused. */
  saveNow: () => Promise<void>;
}

/**
 * `onLeftInvalid` is called when the screen closes on a draft that cannot be saved: the draft stays in
 * localStorage and comes back when the meeting is opened again, and the user should be told so.
 */
export function useMeetingAutosave(meeting: MeetingWithTexts, onLeftInvalid?: () => void): MeetingAutosave {
  const meetingId = meeting.id;
  const setSaveStatus = useAppStore((s) => s.setSaveStatus);
  const [initial] = useState(() => {
    const stored = draftFromMeeting(meeting);
    const kept = draftToRecover(meeting.id, meeting.updatedAt);
    return kept !== null && !sameDraft(kept, stored) ? { draft: kept, recovered: true } : { draft: stored, recovered: false };
  });
  const [form, setForm] = useState(() => ({ draft: initial.draft, check: checkDraft(initial.draft) }));

  // Refs, not state: the timer, the flusher and the save chain must see the latest draft without re-rendering.
  const latest = useRef(initial.draft);
  const revision = useRef(initial.recovered ? 1 : 0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unregister = useRef<(() => void) | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const leftInvalid = useRef(onLeftInvalid);
  useEffect(() => {
    leftInvalid.current = onLeftInvalid;
  }, [onLeftInvalid]);

  const writePending = useCallback(async (): Promise<void> => {
    const rev = revision.current;
    if (rev === savedRevision.current) return;
    const current = latest.current;
    const checked = checkDraft(current);
    if (!checked.ok) {
      setSaveStatus({ kind: 'invalid' });
      return;
    }
    setSaveStatus({ kind: 'saving' });
    try {
      await updateMeeting(db, meetingId, inputFromDraft(current));
      savedRevision.current = Math.max(savedRevision.current, rev);
      if (revision.current === rev) {
        dropDraft(meetingId);
        unregister.current?.();
        unregister.current = null;
        setSaveStatus({ kind: 'saved', at: Date.now() });
      }
    } catch (error) {
      setSaveStatus({ kind: 'failed', message: errorText(error) });
    }
  }, [meetingId, setSaveStatus]);

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    // One write at a time, in order: two overlapping puts of the whole record could land out of order.
    chain.current = chain.current.then(writePending);
    return chain.current;
  }, [writePending]);

  const markPending = useCallback(
    (checked: DraftCheck) => {
      unregister.current ??= registerFlusher(saveNow);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      if (!checked.ok) {
        setSaveStatus({ kind: 'invalid' });
        return;
      }
      setSaveStatus({ kind: 'pending' });
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow, setSaveStatus],
  );

  const change = useCallback(
    (patch: Partial<MeetingDraft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      revision.current += 1;
      keepDraft(meetingId, next, Date.now());
      const checked = checkDraft(next);
      setForm({ draft: next, check: checked });
      markPending(checked);
    },
    [meetingId, markPending],
  );

  useEffect(() => {
    // A recovered draft is applied and saved straight away; otherwise the header starts blank for this meeting.
    if (initial.recovered) markPending(checkDraft(initial.draft));
    else setSaveStatus({ kind: 'idle' });
    return () => {
      // Leaving the screen (or Ctrl+N from it) saves what is pending rather than waiting for the timer. An
      // invalid draft is not written; it stays in localStorage and comes back when the meeting is opened again.
      const off = unregister.current;
      unregister.current = null;
      void saveNow().finally(() => {
        off?.();
        if (revision.current !== savedRevision.current && !checkDraft(latest.current).ok) {
          setSaveStatus({ kind: 'idle' });
          leftInvalid.current?.();
        }
      });
    };
  }, [initial, markPending, saveNow, setSaveStatus]);

  return { draft: form.draft, check: form.check, recovered: initial.recovered, change, saveNow };
}
