import { useCallback, useRef } from 'react';
import { todayIso } from '../../../src/domain/dates.js';
import { flushAll } from '../../app/flush.js';
import { reportError } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { useAppStore } from '../../state/store.js';
import { createNewMeeting } from './new-meeting.js';

/** Returns the action that creates a meeting and opens it; repeated presses while it runs create only one. */
export function useCreateMeeting(): () => Promise<void> {
  const navigate = useAppStore((s) => s.navigate);
  const setFreshMeetingId = useAppStore((s) => s.setFreshMeetingId);
  const busy = useRef(false);
  return useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await flushAll();
      const meeting = await createNewMeeting(db, todayIso());
      setFreshMeetingId(meeting.id);
      navigate({ name: 'meeting', id: meeting.id });
    } catch (error) {
      reportError(error);
    } finally {
      busy.current = false;
    }
  }, [navigate, setFreshMeetingId]);
}
