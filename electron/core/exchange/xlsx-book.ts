import ExcelJS from 'exceljs';
import { type SheetValue, cellText } from '../../../shared/exchange/xlsx-cells.js';
import type { SheetGrid } from '../../../shared/exchange/xlsx-read.js';
import type { SheetSpec } from '../../../shared/exchange/xlsx-sheets.js';
import { AppError } from '../store/errors.js';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Every worksheet's non-empty rows as text; a file that is no .xlsx workbook is refused clearly. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[]> {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new AppError(
      'invalid_input',
      'This is an older Excel workbook (.xls). Save it from Excel or LibreOffice as .xlsx and import that.',
    );
  if (!startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    throw new AppError('invalid_input', 'This is not an Excel workbook (.xlsx).');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `This workbook cannot be read: ${String((err as Error).message).split('\n')[0]}.`,
    );
  }
  return book.worksheets.map((sheet) => {
    const rows: SheetGrid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: SheetGrid['rows'][number]['cells'] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellText(cell.value as SheetValue, cell.numFmt);
      });
      const filled = Array.from(cells, (c) => c ?? '');
      if (filled.some((c) => typeof c !== 'string' || c.trim() !== ''))
        rows.push({ row: number, cells: filled });
    });
    return { name: sheet.name, rows };
  });
}

/** Sheets with a bold header row, an autofilter over the data, column widths and a frozen header. */
export async function writeWorkbook(sheets: SheetSpec[], creator: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, spec.rows.length + 1), column: spec.columns.length },
    };
    sheet.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
