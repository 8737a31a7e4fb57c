/**
 * The one IndexedDB database of the application, declared from the versioned schema list in src/db.
 * All records live here (offline, no server); write through the functions in ./writes, which use transactions.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/schema-versions.js';
import type { Attendance, Directive, FollowUp, Meeting, Person, Setting, Unit } from '../../src/domain/types.js';

export const DATABASE_NAME = 'so-tay-ket-luan';

// Plain Table<T, string> rather than EntityTable: ids are always made by us (UUIDs), never by the database.
export class SecretariatDb extends Dexie {
  units!: Table<Unit, string>;
  people!: Table<Person, string>;
  meetings!: Table<Meeting, string>;
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

async function applyUpgrades(tx: Transaction, schema: SchemaVersion): Promise<void> {
  for (const step of schema.upgrades) {
    await tx
      .table(step.table)
      .toCollection()
      .modify((record: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
        ref.value = step.upgrade(record);
      });
  }
}
