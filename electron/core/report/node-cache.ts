import { createHash } from 'node:crypto';
import type { ReportModel, ReportSection } from '../../../shared/report/model.js';
import { DIAGRAM_DPI } from './rasterize.js';
import type { Nodes } from './sections/env.js';

/**
 * Each section's Word nodes from the last report, by a hash of everything they are made from:
 * the section's data (its pictures' SVGs included), the cover's meta and logo, the page width and
 * where it starts (a page of its own or not). A consultant regenerates after a small edit; the
 * sections it did not touch are not built or drawn again. docx writes the same nodes into any number of documents
 * (the section properties it adds while writing are taken off again), but never twice into one.
 * Only the last report's sections are kept.
 */
let kept = new Map<string, Nodes>();

/** What every section's key starts with: the parts of the model any section may read. */
export function modelKey(model: ReportModel): string {
  return createHash('sha1')
    .update(JSON.stringify([DIAGRAM_DPI, model.meta, model.logo]))
    .digest('hex');
}

/** Each section's own hash, once per section object (a kept model's sections are hashed once). */
const hashes = new WeakMap<ReportSection, string>();

export function sectionKey(base: string, section: ReportSection, width: number, place: string): string {
  let own = hashes.get(section);
  if (own === undefined) {
    own = createHash('sha1').update(JSON.stringify(section)).digest('hex');
    hashes.set(section, own);
  }
  return createHash('sha1').update(`${base}\n${width}\n${place}\n${own}`).digest('hex');
}

export function keptNodes(key: string): Nodes | undefined {
  return kept.get(key);
}

/** Keeps exactly the sections of the report just built. */
export function keepNodes(next: Map<string, Nodes>): void {
  kept = next;
}

/** Forgets every section (a first generation is measured without them). */
export function clearNodeCache(): void {
  kept = new Map();
}
