import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/instance.js';
import { toMeetingRows, type MeetingRow } from './meeting-rows.js';

/**
 * Active meetings as list rows, kept live. Meetings come from the [state+date] index newest first; directives
 * are counted from their meetingId index keys alone, without reading the directive records.
 */
export function useMeetingRows(): MeetingRow[] | undefined {
  return useLiveQuery(async () => {
    const [meetings, directiveMeetingIds] = await Promise.all([
      db.meetings.where('[state+date]').between(['active', Dexie.minKey], ['active', Dexie.maxKey]).reverse().toArray(),
      db.directives.orderBy('meetingId').keys(),
    ]);
    return toMeetingRows(meetings, directiveMeetingIds);
  }, []);
}
