/** The only sites a link in Triptych may open in the user's browser. */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['www.bpmn.org', 'bpmn.io', 'www.omg.org'];

/** An https link to an allowlisted host (no credentials, default port); anything else stays closed. */
export function externalAllowed(raw: string, allow: readonly string[] = EXTERNAL_ALLOWLIST): boolean {
  try {
    const url = new URL(raw);
    return (
      url.protocol === 'https:' && !url.username && !url.password && !url.port && allow.includes(url.hostname)
    );
  } catch {
    return false;
  }
}

export interface LinkShell {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

/** Opens an allowlisted link only after the user confirms it; returns whether it was opened. */
export async function openExternalLink(raw: string, shell: LinkShell): Promise<boolean> {
  if (!externalAllowed(raw)) return false;
  if (!(await shell.confirm(raw))) return false;
  await shell.open(raw);
  return true;
}
