/**
 * Printing a document the renderer laid out as script-free HTML: it is loaded into a hidden window with JavaScript
 * off (served from app://print, see print-documents.ts), then turned into a PDF or sent to the print dialog.
 */
import type { PrintResult, SaveResult } from '../src/ipc/contract.js';
import { t } from '../src/i18n/index.js';
import type { PrintDocumentStore } from './print-documents.js';
import { saveWithDialog, type SaveDeps } from './save-file.js';

export interface PrintContents {
  loadURL(url: string): Promise<void>;
  printToPDF(options: { pageSize: 'A4'; landscape: boolean; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  print(
    options: { silent: false; printBackground: boolean; landscape: boolean; pageSize: 'A4' },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
}

export interface PrintWindow {
  webContents: PrintContents;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrintDeps {
  /** A new hidden window made with printWindowOptions(). */
  createWindow(): PrintWindow;
  documents: PrintDocumentStore;
}

export interface PrintInput {
  html: string;
  suggestedName: string;
  landscape: boolean;
}

/** Loads the HTML in a fresh hidden window, runs `use`, and always disposes of the window and the document. */
export async function withPrintWindow<T>(html: string, deps: PrintDeps, use: (contents: PrintContents) => Promise<T>): Promise<T> {
  const document = deps.documents.add(html);
  const window = deps.createWindow();
  try {
    await window.webContents.loadURL(document.url);
    return await use(window.webContents);
  } finally {
    deps.documents.remove(document.id);
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The PDF bytes of the document on A4 paper; the page's own @page rules (margins) take precedence. */
export function renderPdf(input: Pick<PrintInput, 'html' | 'landscape'>, deps: PrintDeps): Promise<Uint8Array> {
  return withPrintWindow(input.html, deps, (contents) =>
    contents.printToPDF({ pageSize: 'A4', landscape: input.landscape, printBackground: true, preferCSSPageSize: true }),
  );
}

/** Renders the PDF, then asks where to save it. */
export async function printToPdfAndSave(input: PrintInput, deps: PrintDeps, save: SaveDeps): Promise<SaveResult> {
  let pdf: Uint8Array;
  try {
    pdf = await renderPdf(input, deps);
  } catch (error) {
    return { ok: false, reason: 'failed', message: t('desktop.error.pdf', { detail: errorText(error) }) };
  }
  return saveWithDialog(
    { suggestedName: withPdfExtension(input.suggestedName), filters: [{ name: t('desktop.filter.pdf'), extensions: ['pdf'] }], data: pdf, title: t('desktop.save.pdfTitle') },
    save,
  );
}

/** Opens the system print dialog for the document. */
export async function printWithDialog(input: Pick<PrintInput, 'html' | 'landscape'>, deps: PrintDeps): Promise<PrintResult> {
  try {
    return await withPrintWindow(input.html, deps, (contents) => {
      return new Promise<PrintResult>((resolve) => {
        contents.print({ silent: false, printBackground: true, landscape: input.landscape, pageSize: 'A4' }, (success, failureReason) => {
          if (success) resolve({ ok: true });
          // Chromium reports the user's Cancel as "Print job canceled" (and "cancelled" on some platforms).
          else if (/cancel/i.test(failureReason)) resolve({ ok: false, reason: 'cancelled' });
          else resolve({ ok: false, reason: 'failed', message: t('desktop.error.print', { detail: failureReason }) });
        });
      });
    });
  } catch (error) {
    return { ok: false, reason: 'failed', message: t('desktop.error.print', { detail: errorText(error) }) };
  }
}

/** "Biên bản họp.docx" → "Biên bản họp.pdf"; a name without extension gets ".pdf". */
export function withPdfExtension(name: string): string {
  if (/\.pdf$/i.test(name)) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.pdf`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
