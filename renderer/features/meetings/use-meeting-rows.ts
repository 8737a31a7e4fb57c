import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../src/domain/types.js';
import { db } from '../../db/instance.js';
import { toMeetingRows, type MeetingRow } from './meeting-rows.js';

/**
 * Active meetings as list rows, kept live, newest first. Read through the [state+date] index in ascending
 * order and reversed in memory: IndexedDB's getAll has no direction, so `.reverse()` would make Dexie walk a
 * cursor record by record, several times slower on ten years of meetings (measured: ~1 s against ~0.2 s).
 */
export function useMeetingRows(): MeetingRow[] | undefined {
  return useLiveQuery(async () => {
    const meetings = await db.meetings.where('[state+date]').between(['active', Dexie.minKey], ['active', Dexie.maxKey]).toArray();
    return toMeetingRows(meetings.reverse());
  }, []);
}

/**
 * Number of directives of each given meeting, kept live. Counted per meeting on the meetingId index (a count
 * reads no records) and only for the rows on screen: reading the index keys of every directive walks a cursor
 * over tens of thousands of entries.
 */
export function useDirectiveCounts(meetingIds: readonly Id[]): ReadonlyMap<Id, number> | undefined {
  const key = meetingIds.join('|');
  return useLiveQuery(
    async () => {
      const ids = key === '' ? [] : key.split('|');
      const counts = await Promise.all(ids.map((id) => db.directives.where('meetingId').equals(id).count()));
      return new Map(ids.map((id, i) => [id, counts[i] ?? 0]));
    },
    [key],
  );
}
