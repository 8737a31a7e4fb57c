import type { Table } from 'dexie';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { ValidationError } from '../../../src/domain/validation.js';

/** Reads a record inside the current transaction or fails with a message naming what is missing. */
export async function requireRecord<T>(table: Table<T, string>, id: string, what: MessageKey): Promise<T> {
  const record = await table.get(id);
  if (record === undefined) {
    throw new ValidationError([{ field: '', message: t('validation.notFound', { field: t(what) }) }]);
  }
  return record;
}
