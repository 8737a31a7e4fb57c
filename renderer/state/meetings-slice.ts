import type { StateCreator } from 'zustand';
import type { AppState } from './store.js';

export type DirectoryTab = 'units' | 'people';

/**
 * UI state of the meeting list, the directory and the editor's first moments. Kept in the store rather than in
 * the components so that coming back to a list finds the same search and page.
 */
export interface MeetingsSlice {
  meetingSearch: string;
  meetingPage: number;
  setMeetingSearch: (query: string) => void;
  setMeetingPage: (page: number) => void;
  /** A meeting created a moment ago: its editor selects the provisional title so typing replaces it. */
  freshMeetingId: string | null;
  setFreshMeetingId: (id: string | null) => void;
  directoryTab: DirectoryTab;
  directorySearch: Record<DirectoryTab, string>;
  showArchived: boolean;
  setDirectoryTab: (tab: DirectoryTab) => void;
  setDirectorySearch: (tab: DirectoryTab, query: string) => void;
  setShowArchived: (show: boolean) => void;
}

export const createMeetingsSlice: StateCreator<AppState, [], [], MeetingsSlice> = (set) => ({
  meetingSearch: '',
  meetingPage: 1,
  // A new search starts from its first page; staying on page 7 of a shorter list would show nothing.
  setMeetingSearch: (meetingSearch) => set({ meetingSearch, meetingPage: 1 }),
  setMeetingPage: (meetingPage) => set({ meetingPage }),
  freshMeetingId: null,
  setFreshMeetingId: (freshMeetingId) => set({ freshMeetingId }),
  directoryTab: 'units',
  directorySearch: { units: '', people: '' },
  showArchived: false,
  setDirectoryTab: (directoryTab) => set({ directoryTab }),
  setDirectorySearch: (tab, query) => set((s) => ({ directorySearch: { ...s.directorySearch, [tab]: query } })),
  setShowArchived: (showArchived) => set({ showArchived }),
});
