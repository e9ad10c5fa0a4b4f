import { z } from 'zod';
import { channel } from './define.js';

/** The kinds of file Triptych writes, each with its own filter in a save dialog. */
export const SAVE_KINDS = ['triptych', 'csv', 'bpmn', 'xlsx', 'docx', 'pptx'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/** The kinds of file Triptych reads, each with its own filter in an open dialog. */
export const OPEN_KINDS = ['triptych', 'csv', 'bpmn', 'xlsx'] as const;
export type OpenKind = (typeof OPEN_KINDS)[number];

export interface FileChoice {
  /** False where there is no desktop shell (browser mode): the renderer uploads or downloads instead. */
  available: boolean;
  /** An opaque handle for the chosen file, to pass to an import or export; null when cancelled. */
  file: string | null;
  /** The chosen file's name, to show the user (never its folder). */
  name: string | null;
}

export const dialogChannels = {
  /** Asks the user where to save a file, with the OS's save dialog. */
  'dialog:save': channel<FileChoice>()(
    z.strictObject({ defaultName: z.string().min(1).max(255), kind: z.enum(SAVE_KINDS) }),
  ),
  /** Asks the user for a file to import, with the OS's open dialog. */
  'dialog:open': channel<FileChoice>()(z.strictObject({ kind: z.enum(OPEN_KINDS) })),
};
