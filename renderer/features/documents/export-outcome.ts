/**
 * What the user is told after a save or a print: the saved path, the print sent, or the reason it failed, in
 * Vietnamese. A cancelled dialog says nothing: the user knows they cancelled.
 */
import type { App } from 'antd';
import type { PrintResult, SaveResult } from '../../../src/ipc/contract.js';
import { t } from '../../../src/i18n/index.js';

/** Save dialog filters of the exported files. */
export const WORD_FILTER = { name: t('export.filter.word'), extensions: ['docx'] };
export const EXCEL_FILTER = { name: t('export.filter.excel'), extensions: ['xlsx'] };

/** The three ways an export can end, as the save and print channels return them. */
export type ExportOutcome = SaveResult | PrintResult;

type MessageApi = ReturnType<typeof App.useApp>['message'];

/** A failure thrown while building (not returned by the bridge), as an outcome. */
export function failedOutcome(error: unknown): ExportOutcome {
  console.error(error);
  return { ok: false, reason: 'failed', message: '' };
}

/** Shows the outcome of a save (Word, PDF, Excel) or a print in a toast. */
export function showOutcome(message: MessageApi, outcome: ExportOutcome, action: 'save' | 'print'): void {
  if (outcome.ok) {
    void message.success('path' in outcome ? t('export.saved', { path: outcome.path }) : t('export.printed'));
    return;
  }
  if (outcome.reason === 'cancelled') return;
  const reason = outcome.message.trim();
  if (reason === '') void message.error(t('export.failed'), 8);
  else void message.error(t(action === 'print' ? 'export.printFailed' : 'export.saveFailed', { reason }), 8);
}

/** Bytes in the form the save channel takes (a plain ArrayBuffer behind them), copying only when needed. */
export function toSaveData(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
