import { useEffect } from 'react';
import { getBridge } from '../platform/bridge.js';
import { useAppStore } from '../state/store.js';
import { commandForKey, dispatchCommand } from './commands.js';
import { flushAll } from './flush.js';

/** Connects the page to the shell: menu commands, shortcuts, back/forward, and saving before the window closes. */
export function useDesktopIntegration(): void {
  useEffect(() => {
    const bridge = getBridge();
    const offMenu = bridge.onMenuCommand((command) => dispatchCommand(command));
    const offClose = bridge.onBeforeClose(() => {
      void flushAll().finally(() => void bridge.confirmClose());
    });
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (command === null) return;
      event.preventDefault();
      dispatchCommand(command);
    };
    const onHash = () => useAppStore.getState().syncFromLocation();
    window.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', onHash);
    return () => {
      offMenu();
      offClose();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
}
