import type { SaveDialogOptions } from 'electron';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/atomic-write.js';
import { createPrintDocumentStore } from '../../electron/print-documents.js';
import { printToPdfAndSave, printWithDialog, renderPdf, withPdfExtension, type PrintContents, type PrintDeps } from '../../electron/print.js';
import type { SaveDeps } from '../../electron/save-file.js';

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

class FakePrintWindow {
  destroyed = false;
  loaded: string[] = [];
  pdfOptions: unknown[] = [];
  printOptions: unknown[] = [];
  constructor(
    private readonly documents: ReturnType<typeof createPrintDocumentStore>,
    private readonly printOutcome: [boolean, string],
    private readonly failLoad = false,
  ) {}
  readonly webContents: PrintContents = {
    loadURL: async (url) => {
      if (this.failLoad) throw new Error('ERR_FAILED');
      this.loaded.push(url);
      // The document must be available while the window loads it.
      const id = /\/([^/]+)\.html$/.exec(url)?.[1] ?? '';
      if (this.documents.get(id) === undefined) throw new Error('document missing during load');
    },
    printToPDF: async (options) => {
      this.pdfOptions.push(options);
      return PDF;
    },
    print: (options, callback) => {
      this.printOptions.push(options);
      callback(...this.printOutcome);
    },
  };
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(printOutcome: [boolean, string] = [true, ''], failLoad = false) {
  const documents = createPrintDocumentStore();
  const windows: FakePrintWindow[] = [];
  const deps: PrintDeps = {
    documents,
    createWindow: () => {
      const window = new FakePrintWindow(documents, printOutcome, failLoad);
      windows.push(window);
      return window;
    },
  };
  return { deps, windows, documents };
}

describe('printing', () => {
  it('renders an A4 PDF in a hidden window loaded from app://print, then disposes of both', async () => {
    const { deps, windows, documents } = setup();
    const pdf = await renderPdf({ html: '<h1>Biên bản</h1>', landscape: true }, deps);
    expect(pdf).toBe(PDF);
    const window = windows[0];
    expect(window?.loaded[0]).toMatch(/^app:\/\/print\/[0-9a-f-]+\.html$/);
    expect(window?.pdfOptions).toEqual([{ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }]);
    expect(window?.destroyed).toBe(true);
    const id = /\/([^/]+)\.html$/.exec(window?.loaded[0] ?? '')?.[1] ?? '';
    expect(documents.get(id)).toBeUndefined();
  });

  it('saves the PDF where the user chooses, named .pdf', async () => {
    const { deps } = setup();
    const target = join(dir, 'out.pdf');
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: target }));
    const save: SaveDeps = { showSaveDialog, writeFile: (p, d) => writeFileAtomic(p, d), initialDirectory: () => dir, rememberDirectory: () => undefined };
    const result = await printToPdfAndSave({ html: '<p>x</p>', suggestedName: 'Thông báo kết luận.docx', landscape: false }, deps, save);
    expect(result).toEqual({ ok: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Lưu bản PDF',
      defaultPath: join(dir, 'Thông báo kết luận.pdf'),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    });
  });

  it('reports a page that fails to load as a failure and still disposes of the window', async () => {
    const { deps, windows } = setup([true, ''], true);
    const save: SaveDeps = { showSaveDialog: vi.fn(), writeFile: vi.fn(), initialDirectory: () => dir, rememberDirectory: () => undefined };
    const result = await printToPdfAndSave({ html: '<p>x</p>', suggestedName: 'a.pdf', landscape: false }, deps, save);
    expect(result).toEqual({ ok: false, reason: 'failed', message: 'Không tạo được bản PDF (ERR_FAILED).' });
    expect(save.showSaveDialog).not.toHaveBeenCalled();
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('opens the system print dialog and maps its outcome', async () => {
    const ok = setup([true, '']);
    await expect(printWithDialog({ html: '<p>x</p>', landscape: true }, ok.deps)).resolves.toEqual({ ok: true });
    expect(ok.windows[0]?.printOptions).toEqual([{ silent: false, printBackground: true, landscape: true, pageSize: 'A4' }]);
    expect(ok.windows[0]?.destroyed).toBe(true);

    const cancelled = setup([false, 'Print job canceled']);
    await expect(printWithDialog({ html: '<p>x</p>', landscape: false }, cancelled.deps)).resolves.toEqual({ ok: false, reason: 'cancelled' });

    const failed = setup([false, 'Print job failed']);
    await expect(printWithDialog({ html: '<p>x</p>', landscape: false }, failed.deps)).resolves.toEqual({
      ok: false,
      reason: 'failed',
      message: 'Không in được (Print job failed).',
    });
  });

  it('names the PDF after the document', () => {
    expect(withPdfExtension('Biên bản.docx')).toBe('Biên bản.pdf');
    expect(withPdfExtension('Biên bản')).toBe('Biên bản.pdf');
    expect(withPdfExtension('x.PDF')).toBe('x.PDF');
  });
});
