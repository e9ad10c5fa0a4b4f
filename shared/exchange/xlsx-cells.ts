/**
 * A worksheet cell's value as the text the column readers take, so a workbook is read exactly
 * like a CSV: times and durations as h:mm:ss, dates as ISO dates, numbers as written.
 */

const DAY_MS = 86_400_000;
/** Excel's day zero: a serial of 0.5 is noon on 1899-12-30. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

/** A fraction of a day (or several days) as h:mm:ss, hours past 24 kept: 1.25 → "30:00:00". */
export function dayFractionToClock(days: number): string {
  const seconds = Math.round(days * 86_400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${h}:${pad(m)}:${pad(seconds % 60)}`;
}

/** A format with no year, month-name or day part shows a time of day or a duration. */
export function isTimeFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\\.|\[\$[^\]]*\]/g, '').toLowerCase();
  return /h|s/.test(bare) && !/[yd]/.test(bare) && !/mmm/.test(bare);
}

function dateText(date: Date, numFmt: string | undefined): string {
  const serial = (date.getTime() - EPOCH_MS) / DAY_MS;
  if (serial < 1 || isTimeFormat(numFmt)) return dayFractionToClock(serial);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getTime() % DAY_MS;
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** A cell that holds an error (#VALUE!, #REF!…), which no column can read. */
export interface CellError {
  error: string;
}

/** What a worksheet library hands back for one cell (ExcelJS's CellValue, structurally). */
export type SheetValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | CellError
  | object;

export function cellText(value: SheetValue, numFmt?: string): string | CellError {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (isTimeFormat(numFmt)) return dayFractionToClock(value);
    if (numFmt?.includes('%')) return `${Math.round(value * 1e6) / 1e4}`;
    return String(value);
  }
  if (value instanceof Date) return dateText(value, numFmt);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as SheetValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return cellText(result as SheetValue, numFmt);
  }
  return '';
}
