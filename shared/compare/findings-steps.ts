/** Suggested findings about single steps: old steps still in use, future steps not adopted, workarounds. */
import type { FindingCategory, RootCause } from '../domain/types.js';
import type { IndexedStep, StepIndex } from './lookup.js';
import { bestMatch } from './substance.js';
import type { Correspondence, FindingSuggestion, StatusResult, StepStatus, SubstanceField } from './types.js';

export function stepFindings(
  index: StepIndex,
  correspondence: Correspondence,
  statuses: StatusResult,
  fields: readonly SubstanceField[],
): FindingSuggestion[] {
  const out: FindingSuggestion[] = [];
  for (const actual of index.byState.actual) {
    const id = actual.step.id;
    const status = statuses.byStep[id];
    if (status?.state !== 'actual') continue;
    const futures = correspondence.byStep[id]?.counterparts.future ?? [];
    const currents = correspondence.byStep[id]?.counterparts.current ?? [];
    const futureEntry = bestMatch(actual, futures, index, fields)?.entry;
    const finding = actualFinding(actual, status, futureEntry, [...currents, ...futures]);
    if (finding) out.push(finding);
    // An unchanged step already has its finding; this one is for steps that moved but stayed manual.
    if (status.status === 'unchanged') continue;
    if (actual.step.automation === 'manual' && futureEntry?.step.automation === 'automated') {
      out.push({
        key: `manual-not-automated:${id}`,
        title: `"${actual.step.title}" is manual; the future automated it`,
        detail: `The future step "${futureEntry.step.title}" is automated, but the work is still done by hand.`,
        category: 'technology',
        rootCause: 'tooling',
        severity: 'medium',
        stepIds: [id, futureEntry.step.id],
        evidence: `Actual: ${describe(actual)}. Future: ${describe(futureEntry)}.`,
      });
    }
  }
  for (const future of index.byState.future) {
    const id = future.step.id;
    const status = statuses.byStep[id];
    if (status?.status !== 'not_adopted' || !status.plannedChange) continue;
    if ((correspondence.byStep[id]?.counterparts.actual.length ?? 0) > 0) continue;
    const tools = future.step.tools.length > 0;
    out.push({
      key: `future-not-adopted:${id}`,
      title: `"${future.step.title}" from the future state was not adopted`,
      detail: tools
        ? `Nothing in actual corresponds to it; its tools (${future.step.tools.join(', ')}) are not in use for it.`
        : 'Nothing in actual corresponds to it.',
      category: tools ? 'technology' : 'process',
      rootCause: tools ? 'tooling' : 'policy',
      severity: 'medium',
      stepIds: [id],
      evidence: `Future: ${describe(future)}. Actual: no counterpart.`,
    });
  }
  return out;
}

function actualFinding(
  actual: IndexedStep,
  status: StepStatus,
  future: IndexedStep | undefined,
  linked: string[],
): FindingSuggestion | null {
  const id = actual.step.id;
  const title = actual.step.title;
  const stepIds = [id, ...linked];
  const evidence = `Actual: ${describe(actual)}. ${future ? `Future: ${describe(future)}.` : 'Future: no counterpart.'}`;
  const approval = actual.step.kind === 'approval';
  if (status.status === 'unchanged' && !future) {
    return finding(
      `retired-still-used:${id}`,
      `"${title}" is still used in actual; the future state removed it`,
      {
        detail: 'The future design has no such step, yet it is still done as in the current state.',
        ...kinds('process', 'policy'),
        severity: approval ? 'high' : 'medium',
        stepIds,
        evidence,
      },
    );
  }
  if (status.status === 'unchanged' && future && status.plannedChange) {
    const tech = !approval && future.step.kind === actual.step.kind && future.laneKey === actual.laneKey;
    return finding(`future-design-not-used:${id}`, `"${title}" is still done the current way`, {
      detail: `The future design ("${future.step.title}") was not adopted for this step${
        actual.step.automation === 'manual' && future.step.automation === 'automated'
          ? '; it is still manual'
          : ''
      }.`,
      ...(tech ? kinds('technology', 'tooling') : kinds('process', 'policy')),
      severity: approval ? 'high' : 'medium',
      stepIds,
      evidence,
    });
  }
  if (status.status === 'partly_adopted' && future) {
    const fields = status.differingFields;
    return finding(
      `partly-adopted:${id}`,
      `"${title}" only partly follows the future "${future.step.title}"`,
      {
        detail: `It differs from the future design in: ${fields.join(', ')}.`,
        ...categoryOf(fields),
        severity: 'medium',
        stepIds,
        evidence,
      },
    );
  }
  if (status.status === 'workaround') {
    return finding(`workaround:${id}`, `"${title}" is a workaround outside the designed process`, {
      detail: 'It has no counterpart in the current or the future state.',
      ...kinds('process', 'other'),
      severity: approval ? 'high' : 'medium',
      stepIds,
      evidence: `Actual: ${describe(actual)}. Current and future: no counterpart.`,
    });
  }
  if (status.status === 'modified' && status.plannedChange) {
    return finding(`changed-off-plan:${id}`, `"${title}" changed, but not as the future planned`, {
      detail: `It differs from its current counterpart in: ${status.differingFields.join(', ')}.`,
      ...kinds('process', 'other'),
      severity: 'low',
      stepIds,
      evidence,
    });
  }
  return null;
}

function finding(
  key: string,
  title: string,
  rest: Omit<FindingSuggestion, 'key' | 'title'>,
): FindingSuggestion {
  return { key, title, ...rest };
}

function kinds(
  category: FindingCategory,
  rootCause: RootCause,
): { category: FindingCategory; rootCause: RootCause } {
  return { category, rootCause };
}

/** Tool and platform differences point at technology, lane differences at people, the rest at process. */
function categoryOf(fields: readonly SubstanceField[]): { category: FindingCategory; rootCause: RootCause } {
  if (fields.some((f) => f === 'tools' || f === 'environment' || f === 'automation')) {
    return kinds('technology', 'tooling');
  }
  if (fields.includes('lane')) return kinds('people', 'ownership');
  return kinds('process', 'policy');
}

/** `"Title" (lane Finance, approval, tools: Email, ERP)` */
export function describe(entry: IndexedStep): string {
  const parts = [entry.laneName ? `lane ${entry.laneName}` : 'no lane', entry.step.kind];
  if (entry.step.tools.length > 0) parts.push(`tools: ${entry.step.tools.join(', ')}`);
  if (entry.step.environment) parts.push(entry.step.environment);
  return `"${entry.step.title}" (${parts.join(', ')})`;
}
