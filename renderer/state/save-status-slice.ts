import type { StateCreator } from 'zustand';
import type { AppState } from './store.js';

/** What the header shows about autosave: the state of the pending edits of the open screen. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

export interface SaveStatusSlice {
  saveStatus: SaveStatus;
  setSaveStatus: (status: SaveStatus) => void;
}

export const createSaveStatusSlice: StateCreator<AppState, [], [], SaveStatusSlice> = (set) => ({
  saveStatus: { kind: 'idle' },
  setSaveStatus: (saveStatus) => set({ saveStatus }),
});
