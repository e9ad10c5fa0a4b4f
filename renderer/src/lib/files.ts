import type { SaveKind } from '../../../shared/ipc/dialog.channels.js';
import type { ExportResult } from '../../../shared/ipc/exchange.channels.js';
import { call, transportKind } from './api.js';

const MIME: Record<SaveKind, string> = {
  triptych: 'application/json',
  csv: 'text/csv',
  bpmn: 'application/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Hands text to the browser as a file download (browser mode has no save dialog). */
export function download(fileName: string, content: string, kind: SaveKind, base64 = false): void {
  const blob = base64
    ? new Blob([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], { type: MIME[kind] })
    : new Blob([content], { type: `${MIME[kind]};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Runs an export: on the desktop to the path the user picks in the save dialog, in a browser as a
 * download. `run` is the export channel call, with or without the handle main gave for the file
 * the user chose (the renderer never sees a path). Returns what to tell the user, or null when the
 * user cancelled.
 */
export async function saveExport(
  kind: SaveKind,
  run: (file?: string) => Promise<ExportResult & { encoding?: 'base64' }>,
): Promise<string | null> {
  const proposed = await run();
  if (transportKind === 'electron') {
    const choice = await call('dialog:save', { defaultName: proposed.fileName, kind });
    if (choice.available) {
      if (!choice.file) return null;
      await run(choice.file);
      return `Saved ${choice.name ?? proposed.fileName}.`;
    }
  }
  download(proposed.fileName, proposed.content ?? '', kind, proposed.encoding === 'base64');
  return `Downloaded ${proposed.fileName}.`;
}

/** A file's bytes as base64, so main can detect a CSV's encoding itself. */
export async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
