import type { FirmHit } from '../../../shared/firm/types.js';

/** Firm-library state shared by the search box, the version viewer and Settings → Firm library. */
class FirmState {
  /** The published version being looked at (read-only), opened from a "firm" search result. */
  viewing = $state<FirmHit | null>(null);
  settingsOpen = $state(false);
}

export const firm = new FirmState();

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
