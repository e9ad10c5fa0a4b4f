import type { MapState } from '../domain/types.js';

/** Fixed wording of the report: the method and the glossary a client reads once. */

export const STATE_NAMES: Record<MapState, string> = {
  current: 'Current state',
  future: 'Future state',
  actual: 'Actual state',
};

export const STATE_MEANINGS: Record<MapState, string> = {
  current:
    'How the process was done before the change (for example on physical servers): the baseline the change set out to improve.',
  future:
    'How the process should be done with the new technology (for example virtualized: self-service, templates, automation): the design the change was meant to deliver.',
  actual:
    'How people really do the process now, as observed and reported in the workshop. Set against the current state, it shows whether the process changed or only the technology did.',
};

export const STATE_INTROS: Record<MapState, string> = {
  current: 'The process as it was done before the change.',
  future: 'The process as the change intended it to run.',
  actual: 'The process as it really runs today.',
};

export const METHOD_INTRO =
  'The workshop mapped one process three times, with the people who run it: as it was done, as it should be done, and as it is really done now. Putting the three maps side by side shows whether the new technology changed the process or whether the team kept the old one.';

export const METHOD_MEASURES = [
  'Each step was placed in the lane of the role or team that performs it, in the order the work flows.',
  'Where the room could say, steps were timed: process time is hands-on time, wait time is the time the work waits before or within the step. Step times are in working days and hours; lead times of the whole process are given in elapsed calendar time (five working days a week).',
  'Corresponding steps were linked across the three maps, so each step of the actual process can be traced to the current and future steps it stands for. Steps without such a link were matched automatically by their wording, lane, kind and tools in the order of the flow; the facilitator reviews these matches.',
  'Process and technology are judged apart: the process is what is done, by whom, and the kind of step (approvals, handoffs, waits); the technology is the tools, the environment (physical or virtual) and automation. A step that moved to new infrastructure but is done as before counts as an unchanged process.',
  'For each measure the future changes, the gap closure (actual − current) ÷ (future − current) says how far actual moved: 0 is no move, 100 % the future reached, below 0 a regression, above 100 % an overshoot. The process change realized is the average of the steps adopted and these closures (each held to 0–100 %); the technology change realized is the share of the planned tool, environment and automation changes the actual steps took. No figure is given until all three states are mapped.',
];

export const GLOSSARY: { term: string; meaning: string }[] = [
  {
    term: 'Process time',
    meaning: 'Hands-on time for one item at a step, if it were not interrupted (touch time).',
  },
  { term: 'Wait time', meaning: 'Time the item waits before or within a step.' },
  {
    term: 'Lead time',
    meaning:
      'Process time plus wait time; for the whole process, the sum along the flow, given in elapsed calendar time (five working days a week).',
  },
  { term: 'Value-added time', meaning: 'The part of process time the customer would pay for.' },
  {
    term: 'Value',
    meaning:
      'How a step was classed: value-added (the customer would pay for it), necessary (not value-added but required, e.g. by law or policy) or waste.',
  },
  { term: 'Activity ratio', meaning: 'Total process time divided by total lead time.' },
  {
    term: 'Process cycle efficiency',
    meaning: 'Value-added time divided by lead time. Often under 10 %; above about 25 % is considered lean.',
  },
  {
    term: '%C&A',
    meaning:
      'Percent complete and accurate: the share of a step’s output the next step can use without correcting, adding or clarifying.',
  },
  {
    term: 'Rolled %C&A',
    meaning: 'The product of %C&A over all steps: the share of work that passes through clean.',
  },
  { term: 'Handoff', meaning: 'A transfer of work from one lane (role or team) to another.' },
  { term: 'Systems touched', meaning: 'The number of different tools and systems used along the process.' },
  {
    term: 'Change realized',
    meaning:
      'Where the actual process sits between the current one (0 %) and the future one (100 %), from the steps adopted and the measures moved; given separately for the process and the technology.',
  },
  {
    term: 'd, h, min',
    meaning:
      'Working days, hours and minutes in the step tables; a working day is the workshop’s working hours per day.',
  },
];
