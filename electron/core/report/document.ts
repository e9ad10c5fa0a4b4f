import { Document } from 'docx';
import type { ReportModel, ReportSection } from '../../../shared/report/model.js';
import { textWidth, wordSection } from './page-setup.js';
import { sectionNodes } from './sections/index.js';
import { TABLE_STYLES_XML, reportStyles } from './styles.js';

function isLandscape(section: ReportSection): boolean {
  return section.kind === 'state' && section.landscape;
}

/** Runs of consecutive report sections that share an orientation: each becomes one Word section. */
function groups(sections: readonly ReportSection[]): { landscape: boolean; sections: ReportSection[] }[] {
  const out: { landscape: boolean; sections: ReportSection[] }[] = [];
  for (const section of sections) {
    const landscape = isLandscape(section);
    const last = out[out.length - 1];
    if (last && last.landscape === landscape) last.sections.push(section);
    else out.push({ landscape, sections: [section] });
  }
  return out;
}

/** The Word document for a report model and its rendered pictures (PNG bytes by image key). */
export function reportDocument(model: ReportModel, images: ReadonlyMap<string, Uint8Array>): Document {
  const sections = groups(model.sections).map((group, g) => {
    const width = textWidth(model.meta, group.landscape);
    const children = group.sections.flatMap((section, i) =>
      sectionNodes(section, { model, width, images, opensPage: i === 0 }),
    );
    const cover = g === 0 && group.sections[0]?.kind === 'cover';
    return wordSection(model.meta, group.landscape, children, cover);
  });
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
