import { parseDuration } from '../domain/duration.js';
import {
  AUTOMATION,
  ENVIRONMENTS,
  STEP_KINDS,
  VALUE_CLASSES,
  type Automation,
  type Environment,
  type MapState,
  type StepKind,
  type ValueClass,
} from '../domain/types.js';

/** Reading one cell: a value, or a message saying what to write instead. */
export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = (message: string): Cell<never> => ({ ok: false, message });

const MAX_TEXT = 100_000;

/** Undoes the `'` Triptych puts before a cell that a spreadsheet would run as a formula. */
export function unescapeCell(raw: string): string {
  return /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

export function text(raw: string): Cell<string> {
  const value = raw.trim();
  return value.length > MAX_TEXT ? bad(`is longer than ${MAX_TEXT} characters`) : ok(value);
}

function word(
  raw: string,
  synonyms: Record<string, string>,
  allowed: readonly string[],
): string | null | undefined {
  const key = raw
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (key === '') return null;
  const found = synonyms[key] ?? allowed.find((a) => a.toLowerCase() === key);
  return found;
}

function choice<T extends string>(synonyms: Record<string, T>, allowed: readonly T[], what: string) {
  return (raw: string): Cell<T | null> => {
    const found = word(raw, synonyms, allowed);
    if (found === undefined)
      return bad(
        `"${raw.trim()}" is not ${what}; use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
      );
    return ok(found as T | null);
  };
}

export const state = choice<MapState>(
  { 'as is': 'current', today: 'current', 'to be': 'future', target: 'future', real: 'actual' },
  ['current', 'future', 'actual'],
  'a state',
);

const kindChoice = choice<StepKind>(
  {
    gateway: 'decision',
    'decision point': 'decision',
    'hand off': 'handoff',
    handover: 'handoff',
    'hand over': 'handoff',
    'sign off': 'approval',
    waiting: 'wait',
    queue: 'wait',
    delay: 'wait',
    redo: 'rework',
    loop: 'rework',
    activity: 'task',
    step: 'task',
    // German, French, Spanish, Dutch
    ...{ aufgabe: 'task', tatigkeit: 'task', schritt: 'task', entscheidung: 'decision' },
    ...{ ubergabe: 'handoff', warten: 'wait', wartezeit: 'wait', freigabe: 'approval' },
    ...{ genehmigung: 'approval', nacharbeit: 'rework', tache: 'task', etape: 'task' },
    ...{ decision: 'decision', transfert: 'handoff', attente: 'wait', validation: 'approval' },
    ...{ reprise: 'rework', tarea: 'task', paso: 'task' },
    ...{ traspaso: 'handoff', espera: 'wait', aprobacion: 'approval', retrabajo: 'rework' },
    ...{ taak: 'task', stap: 'task', beslissing: 'decision', overdracht: 'handoff' },
    ...{ wachten: 'wait', goedkeuring: 'approval', herstelwerk: 'rework' },
  },
  STEP_KINDS,
  'a kind',
);
export const kind = (raw: string): Cell<StepKind> => {
  const r = kindChoice(raw);
  return r.ok ? ok(r.value ?? 'task') : r;
};

export const environment = choice<Environment>(
  {
    phys: 'physical',
    'on prem': 'physical',
    virt: 'virtual',
    vm: 'virtual',
    cloud: 'virtual',
    both: 'either',
    any: 'either',
    ...{ physisch: 'physical', physique: 'physical', fisico: 'physical', fysiek: 'physical' },
    ...{ virtuell: 'virtual', virtuel: 'virtual', virtual: 'virtual', virtueel: 'virtual' },
    ...{ beides: 'either', 'les deux': 'either', ambos: 'either', beide: 'either' },
  },
  ENVIRONMENTS,
  'an environment',
);

export const automation = choice<Automation>(
  {
    m: 'manual',
    no: 'manual',
    n: 'manual',
    false: 'manual',
    auto: 'automated',
    automatic: 'automated',
    a: 'automated',
    yes: 'automated',
    y: 'automated',
    true: 'automated',
    ...{ manuell: 'manual', manuel: 'manual', handmatig: 'manual', handmatige: 'manual' },
    ...{ automatisch: 'automated', automatisiert: 'automated', automatique: 'automated' },
    ...{ automatise: 'automated', automatico: 'automated', automatizado: 'automated' },
    ...{ geautomatiseerd: 'automated', ja: 'automated', oui: 'automated', si: 'automated' },
    ...{ nein: 'manual', non: 'manual', nee: 'manual' },
  },
  AUTOMATION,
  'an automation',
);

export const valueClass = choice<ValueClass>(
  {
    va: 'VA',
    'value add': 'VA',
    'value added': 'VA',
    'customer value': 'VA',
    nnva: 'NNVA',
    bva: 'NNVA',
    'business value': 'NNVA',
    necessary: 'NNVA',
    nva: 'waste',
    'non value added': 'waste',
  },
  VALUE_CLASSES,
  'a value class',
);

export function duration(raw: string, hoursPerDay: number, unit: string | null): Cell<number | null> {
  const bare = /^\s*\d+(?:[.,]\d+)?\s*$/.test(raw);
  const r = parseDuration(bare && unit ? `${raw} ${unit}` : raw, hoursPerDay);
  return r.ok ? ok(r.minutes) : bad(r.message);
}

export function percent(raw: string): Cell<number | null> {
  const value = raw.trim().replace(/%$/, '').trim().replace(',', '.');
  if (value === '') return ok(null);
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n > 100)
    return bad(`"${raw.trim()}" is not a percentage from 0 to 100`);
  return ok(n);
}

const unique = (items: string[]) => [...new Set(items.map((i) => i.trim()).filter((i) => i !== ''))];

/** Tools as a list: "Email; ERP", "Email, ERP" or one per line. */
export const list = (raw: string): Cell<string[]> => ok(unique(raw.split(/[;,\r\n]+/)));

/** Pain points: one per line. A `;` inside a line is part of the sentence, so it stays. */
export const lines = (raw: string): Cell<string[]> => ok(unique(raw.split(/\r?\n|\r/)));
