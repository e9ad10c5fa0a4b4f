import { z } from 'zod';
import { channel } from './define.js';

/** The kinds of file Triptych writes, each with its own filter in a save dialog. */
export const SAVE_KINDS = ['triptych', 'csv', 'bpmn', 'xlsx'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

export interface SaveChoice {
  /** False where there is no desktop shell (browser mode): the renderer downloads instead. */
  available: boolean;
  /** The chosen path; null when the user cancelled (or no dialog is available). */
  path: string | null;
}

export const dialogChannels = {
  /** Asks the user where to save a file, with the OS's save dialog. */
  'dialog:save': channel<SaveChoice>()(
    z.strictObject({ defaultName: z.string().min(1).max(255), kind: z.enum(SAVE_KINDS) }),
  ),
};
