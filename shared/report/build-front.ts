import { MAP_STATES } from '../domain/types.js';
import { type BuildContext, part } from './context.js';
import { formatDate } from './format.js';
import type { SectionOf } from './model.js';
import { METHOD_INTRO, METHOD_MEASURES, STATE_MEANINGS, STATE_NAMES } from './texts.js';

/**
 * Objectives, the process, attendees and agenda. When nothing was recorded but the process's name
 * (a workshop built from imported maps), the chapter would repeat the cover on a page of its own:
 * it is left out like an empty one.
 */
export function objectivesSection(ctx: BuildContext): SectionOf<'objectives'> | null {
  const { workshop, process, attendees, agenda } = ctx.data;
  const objectives = workshop.objectives
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const facts = [
    { label: 'Process', value: process.name },
    { label: 'Starts when', value: process.startTrigger },
    { label: 'Ends when', value: process.endOutcome },
    { label: 'Workshop date', value: formatDate(workshop.date, ctx.options.dateFormat) },
    { label: 'Location', value: workshop.location },
    { label: 'Facilitator', value: workshop.facilitator },
  ].filter((f) => f.value.trim() !== '');
  const onlyTheName =
    objectives.length === 0 && attendees.length === 0 && agenda.length === 0 && facts.length <= 1;
  if (onlyTheName && ctx.options.emptySections === 'omit') return null;
  return {
    kind: 'objectives',
    heading: 'Objectives and attendees',
    note: null,
    objectives: part(ctx, 'Objectives', objectives, 'No objectives were recorded for this workshop.'),
    process: { heading: 'The process', items: facts, empty: 'The process was not described.' },
    attendees: part(
      ctx,
      'Attendees',
      attendees.map((a) => ({ name: a.name, role: a.role, organisation: a.organisation })),
      'No attendees were recorded.',
    ),
    agenda: agenda.length
      ? {
          heading: 'Agenda',
          items: agenda.map((a) => ({ title: a.title, minutes: `${a.minutes} min` })),
          empty: '',
        }
      : null,
  };
}

export function methodSection(): SectionOf<'method'> {
  return {
    kind: 'method',
    heading: 'Method',
    note: null,
    intro: METHOD_INTRO,
    states: {
      heading: 'The three states',
      items: MAP_STATES.map((s) => ({ state: STATE_NAMES[s], meaning: STATE_MEANINGS[s] })),
      empty: '',
    },
    measures: { heading: 'How the states were mapped and measured', items: METHOD_MEASURES, empty: '' },
  };
}
