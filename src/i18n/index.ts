/**
 * The catalog of every user-visible string. Vietnamese is the reference language; another language is added by
 * giving a catalog with the same keys and calling setLanguage.
 */
import { attendees } from './vi/attendees.js';
import { common } from './vi/common.js';
import { directory } from './vi/directory.js';
import { meetings } from './vi/meetings.js';
import { directives } from './vi/directives.js';
import { documents } from './vi/documents.js';
import { exporting } from './vi/export.js';
import { desktop } from './vi/desktop.js';
import { menu } from './vi/menu.js';
import { followup } from './vi/followup.js';
import { overview } from './vi/overview.js';
import { pickers } from './vi/pickers.js';
import { register } from './vi/register.js';
import { validation } from './vi/validation.js';

export const vi = {
  ...common,
  ...validation,
  ...documents,
  ...exporting,
  ...pickers,
  ...meetings,
  ...directory,
  ...attendees,
  ...directives,
  ...followup,
  ...register,
  ...overview,
  ...menu,
  ...desktop,
} as const;

export type MessageKey = keyof typeof vi;
export type Catalog = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

let active: Catalog = vi;

/** Replaces the active catalog (for example an English one). */
export function setCatalog(catalog: Catalog): void {
  active = catalog;
}

/** Looks up a message and fills its {placeholders}; numbers are written the Vietnamese way (200.000). */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template = active[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString('vi-VN') : value;
  });
}

/** True when a string is a key of the catalog (for keys carried inside data, such as validation issues). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}
