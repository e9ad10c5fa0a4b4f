/**
 * The technology side of the comparison: tools, environment and automation, apart from the process.
 *
 * For each actual step with a current counterpart, the planned technology is its future
 * counterpart's; without one, the future map's prevailing environment and automation (recorded on
 * at least 60 % of the future steps that record them). The fields where the plan differs from
 * current are the target; the step's credit is the share of them actual took.
 * `realized` = mean credit over steps with a target; null when the future plans no technology change.
 */
import type { Environment, MapState } from '../domain/types.js';
import type { IndexedStep, StepIndex } from './lookup.js';
import {
  PROCESS_FIELDS,
  TECHNOLOGY_FIELDS,
  bestMatch,
  comparable,
  sameField,
  differingFields,
} from './substance.js';
import type {
  Correspondence,
  StatusResult,
  StepStatus,
  SubstanceField,
  TechnologyStatus,
  TechnologyVerdict,
} from './types.js';

const PREVAILING = 0.6;

export function technologyComparison(
  index: StepIndex,
  correspondence: Correspondence,
  statuses: StatusResult,
): TechnologyVerdict {
  const prevailing = {
    environment: prevailingValue(index.byState.future.map((e) => e.step.environment)),
    automation: prevailingValue(index.byState.future.map((e) => e.step.automation)),
  };
  const ids = (id: string, state: MapState) => correspondence.byStep[id]?.counterparts[state] ?? [];
  const credits: number[] = [];
  let changedSteps = 0;
  let comparedSteps = 0;
  const moves = new Map<string, number>();
  for (const actual of index.byState.actual) {
    const status = statuses.byStep[actual.step.id];
    const current = bestMatch(actual, ids(actual.step.id, 'current'), index, PROCESS_FIELDS)?.entry;
    if (!status || !current) continue;
    const future = bestMatch(actual, ids(actual.step.id, 'future'), index, PROCESS_FIELDS)?.entry ?? null;
    comparedSteps += 1;
    const moved = differingFields(actual, current, TECHNOLOGY_FIELDS);
    status.technologyFields = moved;
    if (moved.length > 0) changedSteps += 1;
    const from = current.step.environment;
    const to = actual.step.environment;
    if (from && to && from !== to && from !== 'either' && to !== 'either') {
      const key = `${from}>${to}`;
      moves.set(key, (moves.get(key) ?? 0) + 1);
    }
    const target = TECHNOLOGY_FIELDS.filter((f) => plannedDiffers(current, future, prevailing, f));
    const taken = target.filter((f) => takesPlan(actual, future, prevailing, f));
    if (target.length > 0) credits.push(taken.length / target.length);
    status.technology = technologyStatus(target.length, taken.length, moved.length);
  }
  for (const future of index.byState.future) {
    const status = statuses.byStep[future.step.id];
    const found = ids(future.step.id, 'actual').map((id) => statuses.byStep[id]?.technology ?? null);
    if (status) status.technology = bestTechnology(found);
  }
  for (const status of Object.values(statuses.byStep)) status.label = withTechnology(status);
  const realized = credits.length === 0 ? null : credits.reduce((s, c) => s + c, 0) / credits.length;
  const [move, steps] = [...moves].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const [fromEnv, toEnv] = move ? (move.split('>') as [Environment, Environment]) : [null, null];
  return {
    realized,
    percent: realized === null ? null : Math.round(realized * 100),
    counted: credits.length,
    changedSteps,
    comparedSteps,
    environment: fromEnv && toEnv ? { from: fromEnv, to: toEnv, steps } : null,
  };
}

const TECHNOLOGY_CLAUSES: Record<TechnologyStatus, string | null> = {
  unchanged: null,
  adopted: 'technology as planned',
  partly_adopted: 'technology partly as planned',
  not_adopted: 'planned technology not adopted',
  changed: 'technology changed',
};

/**
 * A step's label says both sides when the technology moved or was planned to: the old step on a
 * VM reads "Unchanged from current; technology changed", never as adoption.
 */
function withTechnology({ label, status, technology }: StepStatus): string {
  // "Adopted" already says the technology came with it.
  if (!technology || (status === 'adopted' && technology === 'adopted')) return label;
  const clause = TECHNOLOGY_CLAUSES[technology];
  return clause ? `${label}; ${clause}` : label;
}

type Prevailing = { environment: string | null; automation: string | null };

function plannedValue(future: IndexedStep | null, prevailing: Prevailing, field: SubstanceField): unknown {
  if (future) return field === 'tools' ? future.toolKeys.join('\u0000') : future.step[field as 'environment'];
  return field === 'tools' ? null : prevailing[field as 'environment' | 'automation'];
}

function plannedDiffers(
  current: IndexedStep,
  future: IndexedStep | null,
  prevailing: Prevailing,
  field: SubstanceField,
): boolean {
  if (future) return comparable(current, future, field) && !sameField(current, future, field);
  const planned = plannedValue(null, prevailing, field);
  const value = current.step[field as 'environment'];
  return (
    planned !== null && planned !== 'either' && value !== null && value !== 'either' && value !== planned
  );
}

function takesPlan(
  actual: IndexedStep,
  future: IndexedStep | null,
  prevailing: Prevailing,
  field: SubstanceField,
): boolean {
  if (future) return comparable(actual, future, field) && sameField(actual, future, field);
  const value = actual.step[field as 'environment'];
  return value !== null && (value === 'either' || value === plannedValue(null, prevailing, field));
}

function technologyStatus(target: number, taken: number, moved: number): TechnologyStatus {
  if (target > 0) {
    if (taken === target) return 'adopted';
    if (taken > 0) return 'partly_adopted';
    return moved === 0 ? 'not_adopted' : 'changed';
  }
  return moved === 0 ? 'unchanged' : 'changed';
}

const RANK: TechnologyStatus[] = ['adopted', 'partly_adopted', 'changed', 'unchanged', 'not_adopted'];

function bestTechnology(found: (TechnologyStatus | null)[]): TechnologyStatus | null {
  const known = found.filter((s): s is TechnologyStatus => s !== null);
  if (known.length === 0) return null;
  return known.sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0]!;
}

/** The value most future steps record, when at least PREVAILING of those recording one agree. */
function prevailingValue(values: (string | null)[]): string | null {
  const recorded = values.filter((v): v is string => v !== null);
  if (recorded.length === 0) return null;
  const counts = new Map<string, number>();
  for (const v of recorded) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return count / recorded.length >= PREVAILING ? value : null;
}
