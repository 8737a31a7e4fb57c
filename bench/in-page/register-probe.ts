/**
 * Runs in the benchmark page (bundled as one script by bench/measure-register.ts): reads the records from the
 * page's IndexedDB, builds the register rows and the search index with the application's own functions, and
 * times each keystroke of the given queries both ways: the index (narrowing from the previous hits while typing,
 * as the register screen does) and the naive way (lower-cased `includes` over freshly concatenated text).
 */
import type { Directive, Meeting, Person, Unit } from '../../src/domain/types.js';
import { categoryContext } from '../../src/followup/categories.js';
import { buildRegisterIndex, naiveSearch, queryRegister, searchWords } from '../../src/followup/register-index.js';
import { buildRegisterRows } from '../../src/followup/register-rows.js';

export interface ProbeResult {
  rows: number;
  buildRowsMs: number;
  buildIndexMs: number;
  /** The word index, built apart (while the register waits for the first keystroke). */
  buildWordsMs: number;
  indexed: number[];
  naive: number[];
  /** Hits of each full query, both ways (the naive way misses words typed without diacritics). */
  hits: Array<{ query: string; indexed: number; naive: number }>;
}

function readAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error);
  });
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(dbName: string, queries: readonly string[], today: string): Promise<ProbeResult> {
  const db = await openDb(dbName);
  const [directives, meetings, units, people] = await Promise.all([
    readAll<Directive>(db, 'directives'),
    readAll<Meeting>(db, 'meetings'),
    readAll<Unit>(db, 'units'),
    readAll<Person>(db, 'people'),
  ]);
  db.close();
  let start = performance.now();
  const rows = buildRegisterRows(directives, meetings, units, people);
  const buildRowsMs = performance.now() - start;
  start = performance.now();
  const index = buildRegisterIndex(rows);
  const buildIndexMs = performance.now() - start;
  start = performance.now();
  searchWords(index);
  const buildWordsMs = performance.now() - start;
  const ctx = categoryContext(today);
  const indexed: number[] = [];
  const naive: number[] = [];
  const hits: ProbeResult['hits'] = [];
  for (const query of queries) {
    let lastIndexed = 0;
    let lastNaive = 0;
    for (let n = 1; n <= query.length; n += 1) {
      const prefix = query.slice(0, n);
      start = performance.now();
      lastIndexed = queryRegister(index, { text: prefix }, ctx).length;
      indexed.push(performance.now() - start);
      start = performance.now();
      lastNaive = naiveSearch(rows, prefix).length;
      naive.push(performance.now() - start);
    }
    hits.push({ query, indexed: lastIndexed, naive: lastNaive });
    // The next query starts from an empty box, as after clearing the field.
    queryRegister(index, { text: '' }, ctx);
  }
  return { rows: rows.length, buildRowsMs, buildIndexMs, buildWordsMs, indexed, naive, hits };
}

(globalThis as unknown as { __registerProbe: { run: typeof run } }).__registerProbe = { run };
