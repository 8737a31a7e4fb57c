/**
 * The one IndexedDB database of the application, declared from the versioned schema list in src/db.
 * All records live here (offline, no server); write through the functions in ./writes, which use transactions.
 */
import Dexie, { type DexieOptions, type IndexableType, type Table, type Transaction } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion, type TableName } from '../../src/db/schema-versions.js';
import type { Attendance, Directive, FollowUp, Meeting, MeetingTexts, Person, Setting, Unit } from '../../src/domain/types.js';

export const DATABASE_NAME = 'so-tay-ket-luan';

// Records of one table upgraded per round: bounded memory when ten years of minutes are upgraded at once.
const UPGRADE_CHUNK = 500;

// Plain Table<T, string> rather than EntityTable: ids are always made by us (UUIDs), never by the database.
export class SecretariatDb extends Dexie {
  units!: Table<Unit, string>;
  people!: Table<Person, string>;
  meetings!: Table<Meeting, string>;
  /** The long texts of each meeting, apart so that reading all meetings stays cheap (schema version 2). */
  meetingTexts!: Table<MeetingTexts, string>;
  attendances!: Table<Attendance, string>;
  directives!: Table<Directive, string>;
  followUps!: Table<FollowUp, string>;
  settings!: Table<Setting, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    for (const schema of versions) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrades.length > 0) version.upgrade((tx) => applyUpgrades(tx, schema));
    }
  }
}

/**
 * Runs each step of a version over every record of its table, in the version's upgrade transaction: the record
 * is replaced by its new shape and the records it gives to other tables are added (add, not put: two records
 * claiming the same key is a bug, and failing leaves the old version whole).
 */
async function applyUpgrades(tx: Transaction, schema: SchemaVersion): Promise<void> {
  for (const step of schema.upgrades) {
    const table = tx.table<Record<string, unknown>, IndexableType>(step.table);
    const keyPath = table.schema.primKey.keyPath;
    const keys = await table.toCollection().primaryKeys();
    for (let start = 0; start < keys.length; start += UPGRADE_CHUNK) {
      const records = await table.bulkGet(keys.slice(start, start + UPGRADE_CHUNK));
      const reshaped: Record<string, unknown>[] = [];
      const writes = new Map<TableName, Record<string, unknown>[]>();
      for (const record of records) {
        if (record === undefined) continue;
        const result = step.upgrade(record);
        // Primary keys never change: a step that changed one would leave the old record behind beside the new.
        if (typeof keyPath === 'string' && result.record[keyPath] !== record[keyPath]) throw new Error(`upgrade of ${step.table} changed a primary key`);
        reshaped.push(result.record);
        for (const write of result.writes) {
          const list = writes.get(write.table) ?? [];
          list.push(write.record);
          writes.set(write.table, list);
        }
      }
      await table.bulkPut(reshaped);
      for (const [name, list] of writes) await tx.table(name).bulkAdd(list);
    }
  }
}
