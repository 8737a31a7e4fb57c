/**
 * UI state (never records: those live in Dexie). One store made of slices; each feature adds its slice in
 * its own file and registers it here.
 */
import { create } from 'zustand';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice.js';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice.js';
import { createSaveStatusSlice, type SaveStatusSlice } from './save-status-slice.js';

export type AppState = NavigationSlice & SaveStatusSlice & MeetingsSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createSaveStatusSlice(...args),
  ...createMeetingsSlice(...args),
}));
