/**
 * Documents waiting to be printed, served to the hidden print window as app://print/<id>.html. Serving them from
 * memory avoids temporary files and the size limit of data: URLs; the separate host keeps them off the app's origin.
 */
import { randomUUID } from 'node:crypto';
import { APP_SCHEME, PRINT_HOST } from './app-scheme.js';

/** Stricter than the app's policy: a print document may carry inline styles and data: images, and nothing runs. */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export interface PrintDocumentStore {
  /** Keeps the HTML until `remove` and returns the URL to load it from. */
  add(html: string): { id: string; url: string };
  get(id: string): string | undefined;
  remove(id: string): void;
}

export function createPrintDocumentStore(newId: () => string = randomUUID): PrintDocumentStore {
  const documents = new Map<string, string>();
  return {
    add(html) {
      const id = newId();
      documents.set(id, html);
      return { id, url: `${APP_SCHEME}://${PRINT_HOST}/${id}.html` };
    },
    get: (id) => documents.get(id),
    remove: (id) => void documents.delete(id),
  };
}
