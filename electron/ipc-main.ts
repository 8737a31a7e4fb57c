/**
 * The only place the main process touches ipcMain and webContents.send. Every invoke channel of the contract is
 * registered here: the sender must be the top frame of an application window showing app://main, and the argument
 * must pass the contract's parser, before a handler runs.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS, EVENT_CHANNELS, type Bridge, type EventMethod, type InvokeMethod } from '../src/ipc/contract.js';
import { isAppUrl } from './app-scheme.js';

export type InvokeArgument<K extends InvokeMethod> = ReturnType<(typeof INVOKE_CHANNELS)[K]['parse']>;
export type InvokeResult<K extends InvokeMethod> = Awaited<ReturnType<Bridge[K]>>;
export interface InvokeContext {
  sender: WebContents;
}
export type InvokeHandlers = {
  [K in InvokeMethod]: (argument: InvokeArgument<K>, context: InvokeContext) => Promise<InvokeResult<K>> | InvokeResult<K>;
};

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** True when the message comes from the top frame of one of the app's windows, showing the app's own page. */
export function isTrustedSender(event: SenderEvent, isAppWindow: (contents: WebContents) => boolean): boolean {
  // senderFrame is null when the frame has navigated away or been destroyed since it sent the message.
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  if (!isAppWindow(event.sender)) return false;
  return isAppUrl(frame.url);
}

/** Registers one ipcMain.handle per invoke channel; returns the function that removes them. */
export function registerInvokeHandlers(handlers: InvokeHandlers, isAppWindow: (contents: WebContents) => boolean): () => void {
  const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
  for (const method of methods) {
    const { channel, parse } = INVOKE_CHANNELS[method];
    // The mapped type InvokeHandlers ties each handler to its channel's parser; TypeScript cannot follow that
    // through the loop variable, hence the widened signature here.
    const handler = handlers[method] as (argument: unknown, context: InvokeContext) => unknown;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, argument: unknown) => {
      if (!isTrustedSender(event, isAppWindow)) throw new Error(`${channel}: refused, the sender is not the application page`);
      let parsed: unknown;
      try {
        parsed = parse(argument);
      } catch {
        throw new Error(`${channel}: invalid argument`);
      }
      return handler(parsed, { sender: event.sender });
    });
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(INVOKE_CHANNELS[method].channel));
}

type ListenerArgs<K extends EventMethod> = Parameters<Parameters<Bridge[K]>[0]>;

/** Sends one contract event to a page (ignored when the page is already gone). */
export function sendEvent<K extends EventMethod>(contents: Pick<WebContents, 'send' | 'isDestroyed'>, method: K, ...payload: ListenerArgs<K>): void {
  if (contents.isDestroyed()) return;
  contents.send(EVENT_CHANNELS[method].channel, ...payload);
}
