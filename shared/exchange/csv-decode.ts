import { MAX_IMPORT_BYTES, tooLargeMessage } from './limits.js';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; message: string };

const SAVE_AS = 'Save it from your spreadsheet as "CSV UTF-8" and import that.';

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Windows-1252's characters for bytes 0x80–0x9F (where it differs from Latin-1); 0 = undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** Bytes in a named encoding to text; throws for an unknown label, or for bad bytes when `fatal`. */
export function decodeText(bytes: Uint8Array, encoding: string, fatal = false): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  // Some engines (Node 20) decode the "windows-1252" label as plain Latin-1; map 0x80–0x9F here.
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80]!;
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

/** Controls other than tab, line breaks and form feed mean binary data, not a spreadsheet export. */
function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > Math.max(3, text.length / 200);
}

/**
 * Bytes to text the way spreadsheets save CSV: UTF-8 with or without a BOM, UTF-16 with a BOM
 * (Excel's "Unicode text"), else Windows-1252 (older Excel on Windows). Anything else is refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    return {
      ok: false,
      message: `This is a spreadsheet workbook (such as .xlsx), not a CSV file. ${SAVE_AS}`,
    };
  let result: Decoded;
  if (startsWith(bytes, 0xff, 0xfe))
    result = { ok: true, text: decodeText(bytes, 'utf-16le'), encoding: 'utf-16le' };
  else if (startsWith(bytes, 0xfe, 0xff))
    result = { ok: true, text: decodeText(bytes, 'utf-16be'), encoding: 'utf-16be' };
  else if (bytes.includes(0))
    return {
      ok: false,
      message: `This file is in an encoding Triptych cannot read (it looks like UTF-16 without a byte-order mark, or binary data). ${SAVE_AS}`,
    };
  else {
    try {
      result = { ok: true, text: decodeText(bytes, 'utf-8', true), encoding: 'utf-8' };
    } catch {
      // Not valid UTF-8: every byte is a character in Windows-1252, the usual alternative.
      result = { ok: true, text: decodeText(bytes, 'windows-1252'), encoding: 'windows-1252' };
    }
  }
  if (looksBinary(result.text))
    return { ok: false, message: `This file holds binary data, not CSV text. ${SAVE_AS}` };
  return result;
}
