/** Live reads for the directives section: the meeting's directives in number order, and the meeting itself. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Directive, Id, Meeting } from '../../../src/domain/types.js';
import { db } from '../../db/instance.js';

/** Directives of a meeting in order (number = position + 1); undefined while loading. */
export function useMeetingDirectives(meetingId: Id): Directive[] | undefined {
  return useLiveQuery(() => db.directives.where('meetingId').equals(meetingId).sortBy('order'), [meetingId]);
}

/** The meeting, for its chair (the default leader of a new directive). */
export function useMeeting(meetingId: Id): Meeting | undefined {
  return useLiveQuery(() => db.meetings.get(meetingId), [meetingId]);
}
