import { MAP_STATES, type Step } from '../domain/types.js';
import { alignedRows } from './build-comparison.js';
import { type BuildContext, capitalize, part, stepRef } from './context.js';
import type { SectionOf, StepDetailRow } from './model.js';
import { GLOSSARY, STATE_NAMES } from './texts.js';

const VALUE_CLASS: Record<string, string> = {
  VA: 'Value-added',
  NNVA: 'Necessary',
  waste: 'Waste',
};

function detailRow(step: Step, number: number): StepDetailRow {
  return {
    number: String(number),
    title: step.title,
    description: step.description,
    environment: step.environment ? capitalize(step.environment) : '',
    automation: step.automation ? capitalize(step.automation) : '',
    valueClass: step.valueClass ? (VALUE_CLASS[step.valueClass] ?? step.valueClass) : '',
    completeAccurate: step.pctCompleteAccurate === null ? '' : `${step.pctCompleteAccurate} %`,
    notes: step.notes,
  };
}

function stepByStep(ctx: BuildContext) {
  const rows = alignedRows(ctx);
  return rows.length ? { heading: 'Step by step', items: rows, empty: '' } : null;
}

export function appendixSection(ctx: BuildContext): SectionOf<'appendix'> {
  const states = MAP_STATES.flatMap((state) => {
    const rows = ctx.data.maps[state].steps.map((s, i) => detailRow(s, i + 1));
    const p = part(
      ctx,
      STATE_NAMES[state],
      rows,
      `No steps were mapped for the ${STATE_NAMES[state].toLowerCase()}.`,
    );
    return p ? [{ ...p, state }] : [];
  });
  const anySteps = MAP_STATES.some((s) => ctx.data.maps[s].steps.length > 0);
  return {
    kind: 'appendix',
    heading: 'Appendix',
    note: null,
    details: anySteps ? { heading: 'Step details', states } : null,
    aligned: anySteps ? stepByStep(ctx) : null,
    evidence: ctx.data.evidence.length
      ? {
          heading: 'Evidence heard in the room',
          items: ctx.data.evidence.map((e) => ({
            text: e.text,
            speaker: [e.speaker, e.mode === 'observed' ? 'observed' : 'reported'].filter(Boolean).join(', '),
            step: stepRef(ctx, e.stepId),
          })),
          empty: '',
        }
      : null,
    glossary: { heading: 'Glossary of measures', items: GLOSSARY, empty: '' },
  };
}
