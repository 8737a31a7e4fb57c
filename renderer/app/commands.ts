/**
 * Application commands from the menu (through the bridge) and from keyboard shortcuts reach screens through
 * this one bus, so each command has a single code path whatever triggered it.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../src/ipc/contract.js';

type Handler = () => void;
const handlers = new Map<MenuCommand, Set<Handler>>();

/** Runs every handler registered for the command; returns false when no screen handles it. */
export function dispatchCommand(command: MenuCommand): boolean {
  const set = handlers.get(command);
  if (set === undefined || set.size === 0) return false;
  for (const handler of [...set]) handler();
  return true;
}

/** Registers a handler while the component is mounted. */
export function useCommand(command: MenuCommand, handler: Handler): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const wrapped = () => latest.current();
    const set = handlers.get(command) ?? new Set<Handler>();
    set.add(wrapped);
    handlers.set(command, set);
    return () => {
      set.delete(wrapped);
    };
  }, [command]);
}

/** Keyboard shortcuts of the application (the desktop menu shows the same ones). */
export const SHORTCUTS: ReadonlyArray<{ key: string; ctrl: boolean; shift?: boolean; command: MenuCommand }> = [
  { key: 'n', ctrl: true, command: 'new-meeting' },
  { key: 'f', ctrl: true, command: 'find' },
  { key: 's', ctrl: true, command: 'save' },
  { key: 'p', ctrl: true, command: 'print' },
];

/** Maps a key event to a command, if it is one of the shortcuts. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (event.altKey) return null;
  const ctrl = event.ctrlKey || event.metaKey;
  const match = SHORTCUTS.find((s) => s.key === event.key.toLowerCase() && s.ctrl === ctrl && (s.shift ?? false) === event.shiftKey);
  return match?.command ?? null;
}
