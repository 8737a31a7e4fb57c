/**
 * The large libraries of exporting, loaded only when a user exports: docx (through the document core) and
 * exceljs. Each import() becomes its own chunk, so neither weighs on the application's start-up.
 */
import type { ExcelModule } from '../../../src/excel/register-workbook.js';

type DocumentsModule = typeof import('../../../src/documents/index.js');

/** The document core with docx (builders, packing, print views). */
export function loadDocuments(): Promise<DocumentsModule> {
  return import('../../../src/documents/index.js');
}

/** exceljs (its browser build in the application; the Node build under test runners) and the workbook writer. */
export async function loadExcel(): Promise<{ excel: ExcelModule; writer: typeof import('../../../src/excel/register-workbook.js') }> {
  const [mod, writer] = await Promise.all([import('exceljs/dist/exceljs.bare.min.js'), import('../../../src/excel/register-workbook.js')]);
  return { excel: excelModuleOf(mod), writer };
}

// The UMD build is a CommonJS module: bundlers expose its exports as named exports, Node only as the default.
function excelModuleOf(mod: unknown): ExcelModule {
  const candidates = [mod, (mod as { default?: unknown } | null)?.default];
  for (const candidate of candidates) {
    if (candidate !== null && typeof candidate === 'object' && typeof (candidate as Partial<ExcelModule>).Workbook === 'function') {
      return candidate as ExcelModule;
    }
  }
  throw new TypeError('exceljs did not load');
}
