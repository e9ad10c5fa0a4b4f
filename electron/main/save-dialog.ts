import { BrowserWindow, dialog } from 'electron';
import type { OpenKind, SaveKind } from '../../shared/ipc/dialog.channels.js';

const FILTERS: Record<SaveKind, Electron.FileFilter> = {
  triptych: { name: 'Triptych workshop', extensions: ['triptych'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  bpmn: { name: 'BPMN diagram', extensions: ['bpmn'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pptx: { name: 'PowerPoint presentation', extensions: ['pptx'] },
};

/** The OS save dialog over the focused window; null when the user cancels. */
export async function chooseSavePath(defaultName: string, kind: SaveKind): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: [FILTERS[kind]] };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The OS open dialog over the focused window, one file of the kind; null when the user cancels. */
export async function chooseOpenPath(kind: OpenKind): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: [FILTERS[kind]] };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
