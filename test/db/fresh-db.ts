import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SecretariatDb } from '../../renderer/db/database.js';

/** A new, empty database on its own in-memory IndexedDB (Dexie caches the global one, so never share it). */
export function freshDb(): SecretariatDb {
  return new SecretariatDb(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
