import { STAGE_LABELS } from '../../../shared/domain/stages.js';
import type { SearchEntity, SearchHit } from '../../../shared/ipc/search.channels.js';
import type { Route } from './app.svelte.js';

const ENTITY_LABELS: Record<SearchEntity, string> = {
  workshop: 'Workshop',
  step: 'Step',
  pain_point: 'Pain point',
  finding: 'Finding',
  action: 'Action',
  parking_lot: 'Parking lot',
  decision: 'Decision',
};

/** Where a hit sits, in words: "Step in Current", "Pain point on “Approve change” (Actual)". */
export function hitPlace(hit: SearchHit): string {
  const label = ENTITY_LABELS[hit.entity];
  const state = hit.state ? STAGE_LABELS[hit.state] : null;
  if (hit.entity === 'step' && state) return `${label} in ${state}`;
  if (hit.stepTitle && state) return `${label} on “${hit.stepTitle}” (${state})`;
  return label;
}

/** The screen that shows a hit: the map stage at its step, the findings stage, or the setup. */
export function hitRoute(hit: SearchHit): Route {
  const base = { name: 'workshop', id: hit.workshopId } as const;
  if (hit.state && hit.stepId) return { ...base, stage: hit.state, stepId: hit.stepId };
  if (hit.entity === 'finding' || hit.entity === 'action') return { ...base, stage: 'findings' };
  return { ...base, stage: 'setup' };
}
