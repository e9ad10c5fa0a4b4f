/** A file name people recognise, safe on Windows, macOS and Linux: "Northwind IT - Deployment (actual).bpmn". */
export function exportFileName(parts: (string | null | undefined)[], extension: string): string {
  const base = parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .join(' - ')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${base || 'workshop'}.${extension}`;
}
