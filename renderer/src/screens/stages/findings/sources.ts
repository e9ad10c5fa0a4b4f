import type { FindingSource } from '../../../../../shared/domain/room.js';
import type { WorkshopData } from '../../../../../shared/domain/workshop-data.js';

export interface SourceOption {
  key: string;
  source: FindingSource;
  kind: 'Quote' | 'Pain point';
  text: string;
  /** Who said it (a quote's speaker), or where it was raised (a pain point's step). */
  who: string;
}

export const sourceKey = (s: FindingSource) => `${s.type}:${s.id}`;

export function sourceFromKey(key: string): FindingSource {
  const at = key.indexOf(':');
  return { type: key.slice(0, at) as FindingSource['type'], id: key.slice(at + 1) };
}

/** Every quote and pain point of the workshop, as a finding's evidence may cite them. */
export function sourceOptions(data: WorkshopData, stepLabel: (id: string) => string): SourceOption[] {
  return [
    ...data.evidence.map((e) => ({
      key: sourceKey({ type: 'evidence', id: e.id }),
      source: { type: 'evidence' as const, id: e.id },
      kind: 'Quote' as const,
      text: `“${e.text}”`,
      who: e.speaker || (e.stepId ? `at ${stepLabel(e.stepId)}` : ''),
    })),
    ...data.painPoints.map((p) => ({
      key: sourceKey({ type: 'pain_point', id: p.id }),
      source: { type: 'pain_point' as const, id: p.id },
      kind: 'Pain point' as const,
      text: p.text,
      who: `at ${stepLabel(p.stepId)}`,
    })),
  ];
}
