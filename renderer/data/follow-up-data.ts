/**
 * Live follow-up data shared by the register, the overview and the carry-forward list: every directive,
 * meeting, unit and person, joined once per data change into prepared arrays (src/followup/prepared.ts).
 * Register rows and the register's search index are built only when a screen asks for them (the overview never
 * pays for them) and at most once per data version; a new index reuses the folded text of unchanged rows.
 *
 * One subscription to Dexie serves every mounted screen (useSyncExternalStore). It is dropped a little after the
 * last screen unmounts, so that typing in the meeting editor does not re-read 20,000 directives on each autosave;
 * when a screen comes back and the records are the same as before, the previous snapshot (and its index) is kept.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { todayIso, type IsoDate } from '../../src/domain/dates.js';
import type { Directive, Id, Meeting, Person, Unit } from '../../src/domain/types.js';
import { categoryContext, clampHorizon, DEFAULT_HORIZON_DAYS, type CategoryContext } from '../../src/followup/categories.js';
import { prepareDirectives, type PreparedDirectives } from '../../src/followup/prepared.js';
import { buildRegisterIndex, type RegisterIndex } from '../../src/followup/register-index.js';
import { buildRegisterRows, type RegisterRow } from '../../src/followup/register-rows.js';
import { FOLLOW_UP_SETTINGS } from '../../src/followup/reminders.js';
import type { SecretariatDb } from '../db/database.js';
import { db as appDb } from '../db/instance.js';

/** What every follow-up screen reads, for one version of the data. */
export interface FollowUpData {
  /** Grows by one on every change of the records (a cheap dependency for memos). */
  readonly version: number;
  readonly directives: readonly Directive[];
  readonly meetings: readonly Meeting[];
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
  readonly meetingById: ReadonlyMap<Id, Meeting>;
  readonly unitById: ReadonlyMap<Id, Unit>;
  readonly personById: ReadonlyMap<Id, Person>;
  readonly directiveById: ReadonlyMap<Id, Directive>;
  /** Directives joined with their meetings (for the overview and reminders). */
  readonly prepared: PreparedDirectives;
}

interface Records {
  directives: Directive[];
  meetings: Meeting[];
  units: Unit[];
  people: Person[];
}

/** Reads every record follow-up needs in one read transaction (consistent across the four tables). */
export function readFollowUpRecords(db: SecretariatDb): Promise<Records> {
  return db.transaction('r', [db.directives, db.meetings, db.units, db.people], async () => {
    const [directives, meetings, units, people] = await Promise.all([db.directives.toArray(), db.meetings.toArray(), db.units.toArray(), db.people.toArray()]);
    return { directives, meetings, units, people };
  });
}

/** Joins raw records into one data version. */
export function buildFollowUpData(records: Records, version: number): FollowUpData {
  return {
    version,
    ...records,
    meetingById: new Map(records.meetings.map((m) => [m.id, m])),
    unitById: new Map(records.units.map((u) => [u.id, u])),
    personById: new Map(records.people.map((p) => [p.id, p])),
    directiveById: new Map(records.directives.map((d) => [d.id, d])),
    prepared: prepareDirectives(records.directives, records.meetings),
  };
}

/**
 * A cheap fingerprint of the records: count, newest change and a sum of change times per table. Every write
 * function stamps updatedAt, so an edit, an insert or a delete changes it; equal fingerprints mean the same data.
 */
function fingerprint(records: Records): string {
  const part = (list: ReadonlyArray<{ updatedAt: number }>): string => {
    let max = 0;
    let sum = 0;
    for (const r of list) {
      if (r.updatedAt > max) max = r.updatedAt;
      sum = (sum + (r.updatedAt % 1_000_003)) % 2_147_483_647;
    }
    return `${list.length}:${max}:${sum}`;
  };
  return [part(records.directives), part(records.meetings), part(records.units), part(records.people)].join('|');
}

/** Keeps screens subscribed to one live read; exported to give tests their own store over their own database. */
export class FollowUpStore {
  private snapshot: FollowUpData | undefined = undefined;
  private print = '';
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;
  private rows: { version: number; rows: RegisterRow[] } | null = null;
  private index: { version: number; index: RegisterIndex } | null = null;

  constructor(
    private readonly db: SecretariatDb,
    /** How long the live read outlives its last screen (navigating back and forth keeps it). */
    private readonly keepAliveMs = 10_000,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.stopTimer !== null) {
      clearTimeout(this.stopTimer);
      this.stopTimer = null;
    }
    if (this.subscription === null) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.stopTimer === null) {
        this.stopTimer = setTimeout(() => this.stop(), this.keepAliveMs);
      }
    };
  };

  getSnapshot = (): FollowUpData | undefined => this.snapshot;

  /** The current data while the live read runs (a screen is open or warming up); undefined otherwise, even if an older snapshot is kept. */
  liveSnapshot(): FollowUpData | undefined {
    return this.subscription === null ? undefined : this.snapshot;
  }

  /**
   * Starts reading before any screen subscribes: when the application opens on the overview or the register, the
   * records are read while the screen's own code is still loading. Dropped after keepAliveMs if no screen comes.
   */
  warmUp(): void {
    if (this.subscription !== null) return;
    this.start();
    this.stopTimer ??= setTimeout(() => this.stop(), this.keepAliveMs);
  }

  /** Register rows of the current version (names resolved, natural order), built on first use. */
  rowsOf(data: FollowUpData): RegisterRow[] {
    if (this.rows?.version !== data.version) {
      this.rows = { version: data.version, rows: buildRegisterRows(data.directives, data.meetings, data.units, data.people) };
    }
    return this.rows.rows;
  }

  /** The register's search index of the current version, built on first use from the previous one. */
  indexOf(data: FollowUpData): RegisterIndex {
    if (this.index?.version !== data.version) {
      this.index = { version: data.version, index: buildRegisterIndex(this.rowsOf(data), this.index?.index) };
    }
    return this.index.index;
  }

  private start(): void {
    this.subscription = liveQuery(() => readFollowUpRecords(this.db)).subscribe({
      next: (records) => this.receive(records),
      error: (error: unknown) => console.error(error),
    });
  }

  private stop(): void {
    this.stopTimer = null;
    if (this.listeners.size > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private receive(records: Records): void {
    const print = fingerprint(records);
    if (this.snapshot !== undefined && print === this.print) return;
    this.print = print;
    this.version += 1;
    this.snapshot = buildFollowUpData(records, this.version);
    for (const listener of [...this.listeners]) listener();
  }
}

/** The application's store (screens share it). */
export const followUpStore = new FollowUpStore(appDb);

/** The live follow-up data; undefined while the first read is under way. */
export function useFollowUpData(store: FollowUpStore = followUpStore): FollowUpData | undefined {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Register rows and search index for the data shown (built once per data version, on first use). */
export function useRegisterIndex(data: FollowUpData | undefined, store: FollowUpStore = followUpStore): RegisterIndex | undefined {
  return useMemo(() => (data === undefined ? undefined : store.indexOf(data)), [data, store]);
}

/** The due-soon horizon in days from the settings (0-365; 7 until read or when unreadable). */
export function useHorizonDays(): number {
  const stored = useLiveQuery(() => appDb.settings.get(FOLLOW_UP_SETTINGS.horizonDays), []);
  return stored === undefined ? DEFAULT_HORIZON_DAYS : clampHorizon(stored.value);
}

const DAY_CHECK_MS = 60_000;

/** Today's date, updated when the day changes while the app stays open (checked every minute). */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), DAY_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}

/** Category context for today and the stored horizon (a new object only when either changes). */
export function useCategoryContext(): CategoryContext {
  const today = useToday();
  const horizon = useHorizonDays();
  return useMemo(() => categoryContext(today, horizon), [today, horizon]);
}
