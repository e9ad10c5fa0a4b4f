/** The workshop id a `.triptych` file carries, or null when it is not readable as one (main will say why). */
export function triptychWorkshopId(content: string): string | null {
  try {
    const raw: unknown = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
    const id = (raw as { workshop?: { workshop?: { id?: unknown } } } | null)?.workshop?.workshop?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
