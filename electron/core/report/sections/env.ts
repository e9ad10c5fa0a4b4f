import type { FileChild, Paragraph } from 'docx';
import type { ReportImage, ReportModel } from '../../../../shared/report/model.js';

/**
 * All a section's builder may read besides its own data. Sections' nodes are reused by a hash of
 * their data and of this (the picture function aside, whose PNGs follow from the SVGs): keep
 * anything a builder reads in here, never in module state.
 */
export interface SectionEnv {
  meta: ReportModel['meta'];
  logo: ReportModel['logo'];
  /** Text width of the pages the section prints on, in twips. */
  width: number;
  /** False when the section opens a Word section, which starts a page anyway. */
  newPage: boolean;
  /** True for a brief chapter, which follows the one before on its page. */
  follows: boolean;
  /** A picture's paragraphs (the image, then its caption). */
  picture: (image: ReportImage) => Paragraph[];
}

export type Nodes = FileChild[];
