import type { ReportSection } from '../../../../shared/report/model.js';
import { actionsSection } from './actions.js';
import { appendixSection } from './appendix.js';
import { comparisonSection } from './comparison.js';
import { contentsSection } from './contents.js';
import { coverSection } from './cover.js';
import type { Nodes, SectionEnv } from './env.js';
import { findingsSection } from './findings.js';
import { methodSection } from './method.js';
import { objectivesSection } from './objectives.js';
import { parkingLotSection } from './parking-lot.js';
import { stateSection } from './state.js';
import { summarySection } from './summary.js';

/** One report section's docx nodes. */
export function sectionNodes(section: ReportSection, env: SectionEnv): Nodes {
  switch (section.kind) {
    case 'cover':
      return coverSection(env);
    case 'contents':
      return contentsSection(section.title, env);
    case 'summary':
      return summarySection(section, env);
    case 'objectives':
      return objectivesSection(section, env);
    case 'method':
      return methodSection(section, env);
    case 'state':
      return stateSection(section, env);
    case 'comparison':
      return comparisonSection(section, env);
    case 'findings':
      return findingsSection(section, env);
    case 'actions':
      return actionsSection(section, env);
    case 'parkingLot':
      return parkingLotSection(section, env);
    case 'appendix':
      return appendixSection(section, env);
  }
}
