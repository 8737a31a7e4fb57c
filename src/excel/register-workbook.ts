/**
 * Writes the register as an .xlsx workbook with exceljs: the "Sổ theo dõi" sheet (bold frozen header, auto
 * filter, wrapped long text, dates as real Excel dates shown dd/mm/yyyy, A4 landscape with the header repeated
 * on every printed page) and the "Tổng hợp" sheet (Government Office counts per lead unit and in total).
 *
 * exceljs is passed in rather than imported: the renderer loads its browser build lazily when a user exports,
 * tests in Node pass the Node build, and this file stays free of either.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { formatViDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { groupLabel, GROUPS, type Category } from '../followup/categories.js';
import {
  REGISTER_COLUMNS,
  registerCategories,
  registerSheetRows,
  registerSummary,
  type CellValue,
  type GroupCounts,
  type RegisterSheetInput,
} from './register-sheet.js';

/** The part of the exceljs module the writer uses (its Node and browser builds both have it). */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

/** How dates show in the cells: day/month/year, as Vietnamese readers expect. */
export const DATE_FORMAT = 'dd/mm/yyyy';
const A4 = 9;
const HEADER_FILL = 'FFE8EEF7';

/** Sheet names, in the catalog's language. */
function registerSheetNames(): { register: string; summary: string } {
  return { register: t('export.excel.sheetRegister'), summary: t('export.excel.sheetSummary') };
}

function setCell(sheet: Worksheet, row: number, col: number, value: CellValue): void {
  const cell = sheet.getCell(row, col);
  switch (value.kind) {
    case 'text':
      cell.value = value.text;
      break;
    case 'number':
      cell.value = value.value;
      break;
    case 'date':
      // A serial day number with a date format is exactly what Excel itself stores for a date.
      cell.value = value.serial;
      cell.numFmt = DATE_FORMAT;
      break;
    case 'empty':
      break;
  }
}

function headerRow(sheet: Worksheet, rowNumber: number, titles: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  titles.forEach((title, i) => {
    const cell = row.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

function registerSheet(workbook: Workbook, input: RegisterSheetInput, categories: readonly Category[]): void {
  const sheet = workbook.addWorksheet(registerSheetNames().register, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: c.wrap } },
  }));
  headerRow(sheet, 1, REGISTER_COLUMNS.map((c) => t(c.title)));
  registerSheetRows(input, categories).forEach((cells, r) => {
    cells.forEach((value, c) => setCell(sheet, r + 2, c + 1, value));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  sheet.pageSetup.printTitlesRow = '1:1';
}

const SUMMARY_HEADER_ROW = 4;

function summarySheet(workbook: Workbook, input: RegisterSheetInput, categories: readonly Category[]): void {
  const sheet = workbook.addWorksheet(registerSheetNames().summary, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: SUMMARY_HEADER_ROW }],
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 6 }, { width: 40 }, { width: 10 }, ...GROUPS.map(() => ({ width: 18 }))];
  const lastColumn = 3 + GROUPS.length;
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = t('export.excel.summaryTitle');
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = t('export.excel.summaryAsOf', { date: formatViDate(input.asOf) });
  sheet.getCell(2, 1).font = { italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  headerRow(sheet, SUMMARY_HEADER_ROW, [
    t('doc.report.col.index'),
    t('export.excel.col.leadUnit'),
    t('export.excel.col.total'),
    ...GROUPS.map(groupLabel),
  ]);

  const summary = registerSummary(input, categories);
  const counts = (c: GroupCounts): number[] => [c.total, ...GROUPS.map((g) => c[g])];
  let rowNumber = SUMMARY_HEADER_ROW;
  summary.lines.forEach((line, i) => {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    row.values = [i + 1, line.unit === '' ? t('export.excel.noLeadUnit') : line.unit, ...counts(line.counts)];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  const first = SUMMARY_HEADER_ROW + 1;
  const last = rowNumber;
  const totalRow = sheet.getRow(rowNumber + 1);
  totalRow.getCell(2).value = t('export.excel.totalRow');
  // Sums stay live if someone corrects a count by hand; the cached result is what a reader sees at once.
  counts(summary.total).forEach((value, i) => {
    const col = 3 + i;
    const letter = sheet.getColumn(col).letter;
    totalRow.getCell(col).value = last >= first ? { formula: `SUM(${letter}${first}:${letter}${last})`, result: value } : value;
  });
  totalRow.font = { bold: true };
  sheet.pageSetup.printTitlesRow = `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`;
}

/** Builds the register workbook and returns the bytes of the .xlsx file. */
export async function buildRegisterWorkbook(excel: ExcelModule, input: RegisterSheetInput): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  workbook.creator = t('app.name');
  // Each row's category is computed once: both sheets show it (the register as a label, the summary as counts).
  const categories = registerCategories(input);
  registerSheet(workbook, input, categories);
  summarySheet(workbook, input, categories);
  // Node gives a Buffer, the browser build its own Buffer class: copy into a plain Uint8Array for the bridge.
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (ArrayBuffer.isView(written)) return new Uint8Array(written.buffer, written.byteOffset, written.byteLength).slice();
  if (written instanceof ArrayBuffer) return new Uint8Array(written.slice(0));
  throw new TypeError('exceljs returned no bytes');
}
