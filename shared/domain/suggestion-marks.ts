/** What the facilitator decided about one suggestion of the comparison (by its stable key). */
export interface SuggestionMark {
  /**
   * `<kind>:<ids…>`: `link:<stepId>:<candidateId>` for a match, `<kind>:<stepId>` for a finding about
   * a step, `metric-above-future:<measure>` for one about a measure.
   */
  key: string;
  decision: 'accepted' | 'rejected';
  /** The finding an accepted finding suggestion became; null for rejections. */
  findingId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids a key names (its parts that are ids; a measure's name is not). */
export const idsInKey = (key: string): string[] => key.split(':').filter((part) => UUID.test(part));

/**
 * The marks that still mean something in a workshop holding `steps` and `findings`, with every id
 * they name passed through `rename` (a copy with fresh ids). A key part that is a step of the
 * workshop is renamed; one that is an id but no step of it (a deleted step), or an accepted mark
 * whose finding is gone, drops the mark: it would point at nothing, and the suggestion is offered
 * anew (as Findings already offers it in the original). Other parts (a measure's name) are kept as they are; a key repeated keeps its first mark.
 */
export function carryMarks(
  marks: readonly SuggestionMark[],
  steps: ReadonlySet<string>,
  findings: ReadonlySet<string>,
  rename: (id: string) => string = (id) => id,
): SuggestionMark[] {
  const out = new Map<string, SuggestionMark>();
  for (const mark of marks) {
    const [kind, ...parts] = mark.key.split(':');
    if (idsInKey(mark.key).some((p) => !steps.has(p))) continue;
    // An acceptance counts while its finding exists (as Findings reads it); a rejection has none.
    const findingId = mark.decision === 'accepted' ? mark.findingId : null;
    if (mark.decision === 'accepted' && (findingId === null || !findings.has(findingId))) continue;
    const key = [kind, ...parts.map((p) => (steps.has(p) ? rename(p) : p))].join(':');
    if (out.has(key)) continue;
    out.set(key, { key, decision: mark.decision, findingId: findingId === null ? null : rename(findingId) });
  }
  return [...out.values()];
}
