/** Small stand-ins for Electron objects, recording what the code under test does to them. */
import type { Session, WebContents } from 'electron';

type Listener = (...args: unknown[]) => void;
/** Any listener signature: the fake cannot know each event's arguments, the code under test does. */
type AnyListener = (...args: never[]) => void;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }
  once(event: string, listener: AnyListener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      (listener as Listener)(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeSession {
  requestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
  checkHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.checkHandler = handler;
  }
}

export class FakeWebContents extends FakeEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  url = 'app://main/index.html';
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  /** The fake typed as the real thing, for functions that take Electron's WebContents. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** An Electron-style event whose default can be prevented. */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
