import { BrowserWindow, dialog } from 'electron';
import type { SaveKind } from '../../shared/ipc/dialog.channels.js';

const FILTERS: Record<SaveKind, Electron.FileFilter> = {
  triptych: { name: 'Triptych workshop', extensions: ['triptych'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  bpmn: { name: 'BPMN diagram', extensions: ['bpmn'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/** The OS save dialog over the focused window; null when the user cancels. */
export async function chooseSavePath(defaultName: string, kind: SaveKind): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: [FILTERS[kind]] };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
