import { FIELD_LABELS, type StepStatus } from '../../../../../shared/compare/index.js';

export type Tone = 'good' | 'partial' | 'bad' | 'neutral';

/** How a status reads on screen: an icon and words as well as a colour, never colour alone. */
export interface StatusView {
  icon: string;
  text: string;
  tone: Tone;
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

/** The process status in words, with the technology side beside it when it moved or was planned to. */
export function statusView(s: StepStatus): StatusView {
  const view = processView(s);
  return { ...view, text: view.text + technologyClause(s) };
}

function processView(s: StepStatus): StatusView {
  if (s.state === 'actual') {
    switch (s.status) {
      case 'unchanged':
        return { icon: '=', text: 'Unchanged from current', tone: s.plannedChange ? 'bad' : 'neutral' };
      case 'adopted':
        return { icon: '✓', text: 'Adopted from future', tone: 'good' };
      case 'partly_adopted':
        return { icon: '~', text: `Partly adopted${differs(s)}`, tone: 'partial' };
      case 'kept':
        return { icon: '≡', text: 'Kept as planned', tone: 'neutral' };
      case 'modified':
        return { icon: '≠', text: 'Changed, not as planned', tone: 'partial' };
      case 'workaround':
        return { icon: '!', text: 'Workaround (in neither current nor future)', tone: 'bad' };
    }
  }
  if (s.state === 'future') {
    switch (s.status) {
      case 'adopted':
        return s.plannedChange
          ? { icon: '✓', text: 'Adopted in actual', tone: 'good' }
          : { icon: '≡', text: 'In actual, as kept from current', tone: 'neutral' };
      case 'partly_adopted':
        return { icon: '~', text: `Partly adopted in actual${differs(s)}`, tone: 'partial' };
      case 'not_adopted':
        return { icon: '✗', text: 'Not adopted in actual', tone: s.plannedChange ? 'bad' : 'neutral' };
    }
  }
  return s.status === 'retired'
    ? { icon: '—', text: 'Retired in actual', tone: 'neutral' }
    : { icon: '→', text: 'Still present in actual', tone: 'neutral' };
}
