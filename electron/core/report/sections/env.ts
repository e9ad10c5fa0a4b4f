import type { FileChild } from 'docx';
import type { ReportModel } from '../../../../shared/report/model.js';

/** What a section's builder may read besides its own data. */
export interface SectionEnv {
  model: ReportModel;
  /** Text width of the pages the section prints on, in twips. */
  width: number;
  /** PNGs by image key. */
  images: ReadonlyMap<string, Uint8Array>;
  /** True when the section opens a Word section, so its heading needs no page break of its own. */
  opensPage: boolean;
}

export type Nodes = FileChild[];
