/** The largest file Triptych imports (a workshop with thousands of steps is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const MAX_IMPORT_LABEL = '50 MB';

const MB = 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / MB).toFixed(1)} MB; Triptych imports files up to ${MAX_IMPORT_LABEL}. Nothing was imported.`;
}

/** UTF-8 size of a text without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Null when the text is within the limit, else the message to show. */
export function checkTextSize(text: string): string | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text);
  return bytes > MAX_IMPORT_BYTES ? tooLargeMessage(bytes) : null;
}
