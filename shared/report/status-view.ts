import { FIELD_LABELS, type StepStatus } from '../compare/index.js';
import { STATUS_MARKS, type StatusMark, markOf } from './side-by-side.js';

/**
 * How a status reads on Compare: the mark the report, the read-out deck and the presenter draw
 * (symbol, short word, tone: what the room sees is what the client reads), then what the Compare
 * stage has to add ("from current", "differs: tools", the technology side). Never colour alone.
 */
export interface StatusView extends StatusMark {
  /** Follows the word as written, with its own leading space or "; ": "" when the word says it all. */
  detail: string;
}

const differs = (s: StepStatus) =>
  s.differingFields.length > 0
    ? ` (differs: ${s.differingFields.map((f) => FIELD_LABELS[f]).join(', ')})`
    : '';

/** The technology side the engine put after "; " in the step's label ("technology changed"), if any. */
function technologyClause(s: StepStatus): string {
  const at = s.label.indexOf('; ');
  return at < 0 ? '' : s.label.slice(at);
}

/**
 * What a status adds to its mark's word. The word comes from `markOf`, so a step the future design
 * kept as it was (`plannedChange` false) reads "Kept as planned" here too; its detail says which.
 */
function processDetail(s: StepStatus, mark: StatusMark): string {
  const kept = mark === STATUS_MARKS.actual.kept;
  switch (s.state) {
    case 'actual':
      if (s.status === 'kept') return ' (same in current and future)';
      if (kept) return ' (unchanged from current)';
      if (s.status === 'unchanged') return ' from current';
      if (s.status === 'adopted') return ' from future';
      if (s.status === 'partly_adopted') return ` from future${differs(s)}`;
      if (s.status === 'workaround') return ' (in neither current nor future)';
      return ''; // modified: "Changed off-plan" says it
    case 'future':
      if (kept) return ' (done in actual)';
      return s.status === 'partly_adopted' ? ` in actual${differs(s)}` : ' in actual';
    case 'current':
      return kept ? ' (still done in actual)' : ' in actual';
  }
}

/** A step's status on Compare: the deliverables' mark, with the stage's longer explanation after it. */
export function statusView(s: StepStatus): StatusView {
  const mark = markOf(s.state, s);
  return { ...mark, detail: processDetail(s, mark) + technologyClause(s) };
}
