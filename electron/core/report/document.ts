import { Document } from 'docx';
import type { ReportImage, ReportModel, ReportSection } from '../../../shared/report/model.js';
import { keepNodes, keptNodes, modelKey, sectionKey } from './node-cache.js';
import { textWidth, wordSection } from './page-setup.js';
import { PictureSlots } from './pictures.js';
import type { Nodes } from './sections/env.js';
import { sectionNodes } from './sections/index.js';
import { TABLE_STYLES_XML, reportStyles } from './styles.js';

function isLandscape(section: ReportSection): boolean {
  return section.kind === 'state' && section.landscape;
}

/** The pictures a section prints. */
export function sectionImages(section: ReportSection): ReportImage[] {
  if (section.kind === 'state') return section.diagram?.items ?? [];
  if (section.kind === 'comparison')
    return [...(section.chart?.items ?? []), ...(section.sideBySide?.items ?? [])];
  if (section.kind === 'summary') return section.chart ? [section.chart] : [];
  return [];
}

/** Rows at most for the parking lot and decisions to follow the chapter before on its page. */
const BRIEF_ROWS = 10;

/**
 * A chapter too short for a page of its own: a few parking-lot items and decisions would leave a
 * page mostly blank, so they follow the recommendations and actions.
 */
function brief(section: ReportSection): boolean {
  if (section.kind !== 'parkingLot') return false;
  return (section.parkingLot?.items.length ?? 0) + (section.decisions?.items.length ?? 0) <= BRIEF_ROWS;
}

interface Placed {
  section: ReportSection;
  width: number;
  newPage: boolean;
  follows: boolean;
  key: string;
  /** The nodes of the last report, when nothing they are made from has changed. */
  nodes: Nodes | undefined;
}

/** Runs of consecutive report sections that share an orientation: each becomes one Word section. */
function groups(model: ReportModel): { landscape: boolean; sections: Placed[] }[] {
  const base = modelKey(model);
  const used = new Set<string>();
  const out: { landscape: boolean; sections: Placed[] }[] = [];
  for (const section of model.sections) {
    const landscape = isLandscape(section);
    let last = out[out.length - 1];
    if (!last || last.landscape !== landscape) out.push((last = { landscape, sections: [] }));
    const width = textWidth(model.meta, landscape);
    const newPage = last.sections.length > 0;
    const follows = newPage && brief(section);
    const key = sectionKey(base, section, width, `${newPage} ${follows}`);
    // The same nodes never go twice into one document.
    const nodes = used.has(key) ? undefined : keptNodes(key);
    used.add(key);
    last.sections.push({ section, width, newPage, follows, key, nodes });
  }
  return out;
}

/**
 * The Word document for a report model. `draw` turns pictures into PNG fallbacks (by image key);
 * it is called once, before the sections are laid out, so the pictures are drawn on other threads
 * meanwhile.
 */
export async function reportDocument(
  model: ReportModel,
  draw: (images: ReportImage[]) => ReadonlyMap<string, Promise<Uint8Array>>,
): Promise<Document> {
  const placed = groups(model);
  const todo = placed.flatMap((g) => g.sections).filter((p) => !p.nodes);
  const slots = new PictureSlots(draw(todo.flatMap((p) => sectionImages(p.section))));
  const env = { meta: model.meta, logo: model.logo, picture: slots.place };
  for (const p of todo)
    p.nodes = sectionNodes(p.section, { ...env, width: p.width, newPage: p.newPage, follows: p.follows });
  await slots.placed();
  keepNodes(new Map(placed.flatMap((g) => g.sections.map((p) => [p.key, p.nodes!] as const))));
  const sections = placed.map((group, g) =>
    wordSection(
      model.meta,
      group.landscape,
      group.sections.flatMap((p) => p.nodes!),
      g === 0 && group.sections[0]?.section.kind === 'cover',
    ),
  );
  const { meta } = model;
  const author = meta.facilitator.trim() || meta.firmName || 'Triptych';
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: `${meta.title} (${meta.client})`,
    description: `Workshop report: ${meta.processName}`,
    externalStyles: TABLE_STYLES_XML,
    styles: reportStyles(meta.language),
    features: { updateFields: true },
    sections: sections.length ? sections : [wordSection(meta, false, [], false)],
  });
}
