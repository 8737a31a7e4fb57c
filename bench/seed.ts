/**
 * Writes the benchmark dataset into the page's real IndexedDB with the plain IndexedDB API, a chunk of records
 * per call (one call carries a few megabytes at most). The application must have opened the database once, so
 * that Dexie created it; the stores and the stored version are checked against src/db/schema-versions.ts, which
 * is what the application declares (Dexie stores version v as v * 10).
 */
import type { Page } from 'playwright-core';
import { DATABASE_NAME as DB_NAME } from '../renderer/db/database.js';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type TableName } from '../src/db/schema-versions.js';
import type { Dataset } from './dataset.js';

export { DB_NAME };

const CHUNK = 5000;
// Meeting texts are about 14,000 characters each: their chunks are cut by size as well as by count.
const CHUNK_CHARS = 4_000_000;

/** The stores of the newest schema version (every store the application declares). */
export function storeNames(): TableName[] {
  const names = new Set<TableName>();
  for (const version of SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(version.stores) as Array<[TableName, string | null]>) {
      if (spec === null) names.delete(name);
      else names.add(name);
    }
  }
  return [...names];
}

/** Checks that the page's database exists with the expected version and stores. */
export async function checkDatabase(page: Page): Promise<void> {
  const found = await page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const result = { version: db.version, stores: Array.from(db.objectStoreNames) };
          db.close();
          resolve(result);
        };
      }),
    DB_NAME,
  );
  const expected = LATEST_SCHEMA_VERSION * 10;
  if (found.version !== expected) throw new Error(`database version ${found.version}, expected ${expected} (schema version ${LATEST_SCHEMA_VERSION})`);
  const missing = storeNames().filter((s) => !found.stores.includes(s));
  if (missing.length > 0) throw new Error(`database lacks stores ${missing.join(', ')}`);
}

const DATA_PATH = '__bench__/data/';

/**
 * Empties every store, then writes the dataset; returns the number of records written. The records travel as
 * JSON files served to the page by a route on its own origin (allowed by the page's connect-src 'self'), which
 * is much quicker than passing tens of megabytes of objects as evaluate arguments.
 */
export async function seedDataset(page: Page, baseUrl: string, dataset: Dataset): Promise<number> {
  await checkDatabase(page);
  const tables: Array<[TableName, readonly object[]]> = [
    ['units', dataset.units],
    ['people', dataset.people],
    ['meetings', dataset.meetings],
    ['meetingTexts', dataset.meetingTexts],
    ['attendances', dataset.attendances],
    ['directives', dataset.directives],
    ['followUps', dataset.followUps],
  ];
  const chunks = new Map<string, string>();
  const plan: Array<[string, string]> = [];
  for (const [store, records] of tables) {
    let parts: string[] = [];
    let size = 0;
    const flush = () => {
      const name = `${store}-${plan.length}.json`;
      chunks.set(name, `[${parts.join(',')}]`);
      plan.push([store, `${baseUrl}${DATA_PATH}${name}`]);
      parts = [];
      size = 0;
    };
    for (const record of records) {
      const json = JSON.stringify(record);
      parts.push(json);
      size += json.length;
      if (parts.length >= CHUNK || size >= CHUNK_CHARS) flush();
    }
    if (parts.length > 0) flush();
  }
  const pattern = `${baseUrl}${DATA_PATH}*`;
  await page.route(pattern, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = chunks.get(name);
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  try {
    await page.evaluate(
      async ([name, stores, files]) => {
        const open = () =>
          new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(name);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => resolve(request.result);
          });
        const db = await open();
        const write = (storeNames: string[], fill: (tx: IDBTransaction) => void) =>
          new Promise<void>((resolve, reject) => {
            const tx = db.transaction(storeNames, 'readwrite');
            fill(tx);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          });
        await write(stores, (tx) => stores.forEach((s) => tx.objectStore(s).clear()));
        for (const [store, url] of files) {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          const rows = (await response.json()) as unknown[];
          await write([store], (tx) => rows.forEach((row) => tx.objectStore(store).put(row)));
        }
        db.close();
      },
      [DB_NAME, storeNames(), plan] as const,
    );
  } finally {
    await page.unroute(pattern);
  }
  return tables.reduce((sum, [, records]) => sum + records.length, 0);
}

/** Number of records in each store, read back from the page. */
export async function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    ([name, names]) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const store of names) {
            const count = tx.objectStore(store).count();
            count.onsuccess = () => {
              counts[store] = count.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DB_NAME, storeNames()] as const,
  );
}
