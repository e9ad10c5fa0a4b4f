import { decodeText } from './csv-decode.js';

export type XmlDecoded =
  { ok: true; text: string; encoding: string; warning?: string } | { ok: false; message: string };

/** The encoding an XML declaration names, read from the first bytes as ASCII. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''),
  );
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * XML bytes to text the way the file says: a byte-order mark first, else the declared encoding
 * (ISO-8859-1 and windows-1252 are common in ARIS and older Signavio exports), else UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): XmlDecoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: decodeText(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decodeText(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decodeText(bytes, 'utf-16be'), encoding: 'utf-16be' };
  const declared = declaredEncoding(bytes) ?? 'utf-8';
  // Latin-1 files routinely hold Windows-1252's curly quotes and euro sign; browsers read it so too.
  const label = ['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii'].includes(declared)
    ? 'windows-1252'
    : declared;
  try {
    return { ok: true, text: decodeText(bytes, label, true), encoding: declared };
  } catch {
    // Some modelers (GenMyModel) declare UTF-8 and write Windows-1252: read it so, and say so.
    if (label === 'utf-8' || label === 'utf8')
      return {
        ok: true,
        text: decodeText(bytes, 'windows-1252'),
        encoding: 'windows-1252',
        warning:
          'This file says it is UTF-8 but is not; Triptych read it as Windows-1252 (Western European). ' +
          'Check accented letters in the imported steps.',
      };
    return {
      ok: false,
      message: `This file says it is encoded as ${declared}, but its bytes are not: Triptych cannot read its text. Save it again from your modeler (UTF-8 is safest).`,
    };
  }
}
