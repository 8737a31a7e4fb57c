/**
 * Every version of the database schema, oldest first. A shipped version is never edited: a change adds a new
 * version with its full store list and, if records must change, an upgrade that is a pure function in
 * ./upgrades (tested on its own). The Dexie class in the renderer applies this list.
 *
 * Index notes: booleans and null cannot be index keys, so states are strings; compound indexes serve the
 * list screens ([state+date] lists meetings newest first without a full scan).
 *
 * Versions: 1, the first release. 2, the agenda, minutes and conclusion of a meeting in `meetingTexts`.
 */
import { moveMeetingTexts } from './upgrades/split-meeting-texts.js';

export type TableName = 'units' | 'people' | 'meetings' | 'meetingTexts' | 'attendances' | 'directives' | 'followUps' | 'settings';

/** A record an upgrade step adds to another table of the new version. */
export interface TableWrite {
  table: TableName;
  record: Record<string, unknown>;
}

/** What an upgrade step makes of one stored record. */
export interface UpgradedRecord {
  /** The record in the new shape, with the same primary key. */
  record: Record<string, unknown>;
  /** Records for other tables, added in the same upgrade transaction (for a table split off this one). */
  writes: readonly TableWrite[];
}

export interface RecordUpgrade {
  table: TableName;
  /** Pure: the record in the new shape and what it gives to other tables; records arrive unparsed. */
  upgrade: (record: Record<string, unknown>) => UpgradedRecord;
}

/** An upgrade step that only reshapes the records of one table. */
export function reshape(table: TableName, upgrade: (record: Record<string, unknown>) => Record<string, unknown>): RecordUpgrade {
  return { table, upgrade: (record) => ({ record: upgrade(record), writes: [] }) };
}

export interface SchemaVersion {
  version: number;
  stores: Partial<Record<TableName, string | null>>;
  upgrades: RecordUpgrade[];
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      units: 'id, name, state, updatedAt',
      people: 'id, fullName, unitId, state, updatedAt',
      meetings: 'id, [state+date], issuingUnitId, chairPersonId, secretaryPersonId, updatedAt',
      attendances: 'id, meetingId, personId, unitId, [meetingId+order]',
      directives: 'id, meetingId, leadUnitId, leaderPersonId, *supportUnitIds, status, [meetingId+order]',
      followUps: 'id, directiveId, [directiveId+date]',
      settings: 'key',
    },
    upgrades: [],
  },
  {
    // The long texts of a meeting (often 5-50 KB of minutes) move to a table of their own: every list, the
    // register and the overview read all meetings, and should not read ten years of minutes to do it.
    version: 2,
    stores: {
      units: 'id, name, state, updatedAt',
      people: 'id, fullName, unitId, state, updatedAt',
      meetings: 'id, [state+date], issuingUnitId, chairPersonId, secretaryPersonId, updatedAt',
      meetingTexts: 'meetingId',
      attendances: 'id, meetingId, personId, unitId, [meetingId+order]',
      directives: 'id, meetingId, leadUnitId, leaderPersonId, *supportUnitIds, status, [meetingId+order]',
      followUps: 'id, directiveId, [directiveId+date]',
      settings: 'key',
    },
    upgrades: [moveMeetingTexts],
  },
];

/** The newest schema version number. */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
