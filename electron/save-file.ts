/** Saving bytes where the user chooses: the save dialog, then an atomic write, with expected failures as values. */
import type { SaveDialogOptions } from 'electron';
import type { SaveResult } from '../src/ipc/contract.js';
import { t } from '../src/i18n/index.js';
import { dirname, join } from 'node:path';

export interface SaveDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Folder the dialog opens in: the last one used, else Documents. */
  initialDirectory(): string;
  rememberDirectory(directory: string): void;
}

export interface SaveInput {
  suggestedName: string;
  filters: Array<{ name: string; extensions: string[] }>;
  data: Uint8Array;
  title?: string;
}

/** Asks where to save and writes the file; a cancelled dialog and a failed write come back as results. */
export async function saveWithDialog(input: SaveInput, deps: SaveDeps): Promise<SaveResult> {
  const choice = await deps.showSaveDialog({
    title: input.title ?? t('desktop.save.title'),
    buttonLabel: t('desktop.save.button'),
    defaultPath: join(deps.initialDirectory(), input.suggestedName),
    filters: input.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { ok: false, reason: 'cancelled' };
  const path = choice.filePath;
  try {
    await deps.writeFile(path, input.data);
  } catch (error) {
    return { ok: false, reason: 'failed', message: describeWriteError(error) };
  }
  deps.rememberDirectory(dirname(path));
  return { ok: true, path };
}

/** A Vietnamese sentence for a file system error, saying what the user can do about it. */
export function describeWriteError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'UNKNOWN';
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
      // Windows reports a file held open by Word as EPERM or EBUSY on rename.
      return t('desktop.error.busy');
    case 'EACCES':
      return t('desktop.error.denied');
    case 'ENOSPC':
    case 'EDQUOT':
      return t('desktop.error.diskFull');
    case 'EROFS':
      return t('desktop.error.readOnly');
    case 'ENAMETOOLONG':
      return t('desktop.error.pathTooLong');
    case 'ENOENT':
    case 'ENOTDIR':
      return t('desktop.error.notFound');
    default:
      return t('desktop.error.other', { code });
  }
}
