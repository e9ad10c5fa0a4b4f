/**
 * A workshop the facilitator has decided about on Compare and Findings: one automatic match rejected
 * (one whose rejection moves the verdict), one suggested finding dismissed, one accepted. And what
 * a user sees of any workshop's comparison, by step position instead of id, so a copy under new
 * ids compares equal to its original.
 */
import type { AppCore } from '../../../electron/core/app-core.js';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { linkSuggestionKey } from '../../../shared/ipc/compare.channels.js';
import { invoke } from '../../helpers/core.js';
import { compareScenario, importScenario, labels } from '../compare/scenario-helpers.js';

export interface Decided {
  workshopId: string;
  /** The verdict before any decision. */
  undecidedPercent: number | null;
  rejectedMatch: string;
  dismissed: string;
  accepted: string;
}

/** The decisions, made through the same channels Compare and Findings use. */
export async function decidedWorkshop(core: AppCore): Promise<Decided> {
  const workshopId = await importScenario(core, 'it-virtualization');
  const undecided = (await compareScenario(core, workshopId)).result;
  let rejectedMatch: string | null = null;
  for (const m of undecided.automatic) {
    const key = linkSuggestionKey(m.fromStepId, m.toStepId);
    await invoke(core, 'suggestion:reject', { workshopId, key });
    if ((await compareScenario(core, workshopId)).result.verdict.percent !== undecided.verdict.percent) {
      rejectedMatch = key;
      break;
    }
    await invoke(core, 'suggestion:restore', { workshopId, key });
  }
  if (!rejectedMatch) throw new Error('no automatic match whose rejection moves the verdict');
  const [dismiss, accept] = (await compareScenario(core, workshopId)).result.findings;
  if (!dismiss || !accept) throw new Error('the comparison suggests fewer than two findings');
  await invoke(core, 'suggestion:reject', { workshopId, key: dismiss.key });
  const { key, ...finding } = accept;
  await invoke(core, 'finding:accept-suggestion', { workshopId, key, finding });
  return {
    workshopId,
    undecidedPercent: undecided.verdict.percent,
    rejectedMatch,
    dismissed: dismiss.key,
    accepted: key,
  };
}

/** Compare and Findings as the user sees them, ids replaced by step positions ("A3" = third actual step). */
export async function seen(core: AppCore, workshopId: string) {
  const { data, result } = await compareScenario(core, workshopId);
  const marks = await invoke(core, 'suggestion:list', { workshopId });
  const { labelOf } = labels(data);
  const label = (key: string) =>
    key
      .split(':')
      .map((part) => labelOf.get(part) ?? part)
      .join(':');
  const findings = new Set(data.findings.map((f) => f.id));
  // As SuggestedFindings.svelte offers them: neither dismissed nor accepted into a finding that exists.
  const decided = (key: string) =>
    marks.some(
      (m) =>
        m.key === key && (m.decision === 'rejected' || (m.findingId !== null && findings.has(m.findingId))),
    );
  const view = {
    statuses: Object.fromEntries(
      MAP_STATES.flatMap((s) => data.maps[s].steps).map((s) => [
        labelOf.get(s.id),
        result.statuses.byStep[s.id]?.status,
      ]),
    ),
    percent: result.verdict.percent,
    band: result.verdict.band,
    technology: result.verdict.technology.percent,
    automatic: result.automatic.map((m) => `${labelOf.get(m.fromStepId)}>${labelOf.get(m.toStepId)}`),
    offered: result.findings.filter((f) => !decided(f.key)).map((f) => label(f.key)),
    marks: marks.map((m) => `${m.decision} ${label(m.key)}`).sort(),
    findings: data.findings.map((f) => `${f.title} (${f.suggested ? 'suggested' : 'own'})`),
  };
  return { view, label };
}
