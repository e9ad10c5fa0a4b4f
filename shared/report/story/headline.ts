import type { WorkshopData } from '../../domain/workshop-data.js';
import type { VerdictView } from './verdict-view.js';

const THING: Record<string, string> = { physical: 'physical servers', virtual: 'virtual servers' };

/** What the technology moved to, in the room's words: "virtual servers", or null when unrecorded. */
function newTechnology(data: WorkshopData): string | null {
  const count = (state: 'current' | 'actual', env: string) =>
    data.maps[state].steps.filter((s) => s.environment === env).length;
  for (const env of ['virtual', 'physical'])
    if (count('actual', env) > count('current', env)) return THING[env]!;
  return null;
}

/** The finding in one line, in the client's terms: what changed and what did not. */
export function headline(data: WorkshopData, verdict: VerdictView): string {
  const process = data.process.name.trim() || 'the process';
  const tech = newTechnology(data);
  const changed = tech ? `The servers changed to ${tech}` : 'The technology changed';
  switch (verdict.band) {
    case 'unchanged':
    case 'low':
      return verdict.technologyChanged || tech
        ? `${changed}; the process did not`
        : `The planned change to ${lower(process)} has not happened yet`;
    case 'partial':
      if ((verdict.percent ?? 0) < 50 && (verdict.technologyChanged || tech))
        return `${changed}; the process largely did not`;
      return `About ${verdict.percent ?? 0} % of the planned change to ${lower(process)} has happened`;
    case 'high':
      return `${capital(process)} now runs largely as designed`;
    case 'complete':
      return `${capital(process)} runs as designed: the planned change is realized`;
    default:
      return `${capital(process)}: three maps, one verdict still to complete`;
  }
}

function lower(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
