import type { StateCreator } from 'zustand';
import { formatHash, parseHash, type Route } from '../app/routes.js';
import type { AppState } from './store.js';

export interface NavigationSlice {
  route: Route;
  /** Goes to a screen and records it in the location hash (so reload and back work). */
  navigate: (route: Route) => void;
  /** Adopts the route of the current location hash (after a reload or back/forward). */
  syncFromLocation: () => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  route: parseHash(typeof location === 'undefined' ? '' : location.hash),
  navigate: (route) => {
    const hash = formatHash(route);
    if (typeof location !== 'undefined' && location.hash !== hash) location.hash = hash;
    set({ route });
  },
  syncFromLocation: () => set({ route: parseHash(location.hash) }),
});
