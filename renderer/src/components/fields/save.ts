import { ApiError } from '../../lib/api.js';

/** Runs a save; returns the message to show on the field, or null when it was saved. */
export async function trySave(save: () => Promise<unknown>): Promise<string | null> {
  try {
    await save();
    return null;
  } catch (err) {
    if (err instanceof ApiError) return err.message.replace(/^[\w.]+: /, '');
    return err instanceof Error ? err.message : String(err);
  }
}
