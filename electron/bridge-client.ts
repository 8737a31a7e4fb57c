/**
 * The Bridge of src/ipc/contract.ts built on ipcRenderer, for the preload. It is generated from the contract's
 * channel tables, so it exposes exactly the contract's methods; event payloads pass the contract's parsers before
 * a listener sees them, and the IPC event object (which carries ipcRenderer) never reaches the page.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type Bridge, type EventMethod, type InvokeMethod, type Unsubscribe } from '../src/ipc/contract.js';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

type InvokePart = Pick<Bridge, InvokeMethod>;
type EventPart = Pick<Bridge, EventMethod>;

/** Builds the object the preload exposes as window.secretariat. */
export function createBridge(ipc: BridgeIpc): Bridge {
  const invokes: Record<string, (argument?: unknown) => Promise<unknown>> = {};
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    const { channel } = INVOKE_CHANNELS[method];
    // Exactly one argument crosses, whatever the page passes; main parses it.
    invokes[method] = (argument?: unknown) => ipc.invoke(channel, argument);
  }

  const events: Record<string, (listener: (payload?: unknown) => void) => Unsubscribe> = {};
  for (const method of Object.keys(EVENT_CHANNELS) as EventMethod[]) {
    const { channel, parse } = EVENT_CHANNELS[method];
    events[method] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError(`${method}: listener must be a function`);
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
        let parsed: unknown;
        try {
          parsed = parse(payload);
        } catch {
          return; // a malformed event is dropped rather than handed to the page
        }
        if (parsed === undefined) listener();
        else listener(parsed);
      };
      ipc.on(channel, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(channel, wrapped);
      };
    };
  }

  // The tables and Bridge are tied together in the contract (BRIDGE_COVERED); the casts only restore the
  // per-method types that the loops above cannot express.
  const bridge = { ...(invokes as unknown as InvokePart), ...(events as unknown as EventPart) } satisfies Bridge;
  return Object.freeze(bridge);
}
