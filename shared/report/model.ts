/**
 * The report as plain data, computed once from a workshop and the options; the Word writer only
 * lays it out. Text is final here (dates and times formatted), so tests can compare it directly.
 */
import type { FindingCategory, MapState } from '../domain/types.js';
import type { ImageInfo } from './logo.js';
import type { Paper } from './options.js';
import type { FindingStory } from './finding-story.js';

export interface ReportMeta {
  client: string;
  engagement: string;
  title: string;
  date: string;
  location: string;
  facilitator: string;
  firmName: string;
  processName: string;
  paper: Paper;
  /** BCP 47, e.g. en-GB: Word's proofing language for the whole document. */
  language: string;
  version: string;
  /** "Draft for discussion" or "Final". */
  status: string;
}

export interface ReportLogoImage extends ImageInfo {
  data: string;
}

/** An SVG drawn at print size in points, with what a screen reader says about it. */
export interface ReportImage {
  key: string;
  svg: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

/** A titled part of a section; `items` empty means "print `empty` instead". */
export interface Part<T> {
  heading: string;
  items: T[];
  empty: string;
}

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'bullets'; items: string[] };

export interface MeasureRow {
  label: string;
  current: string;
  future: string;
  actual: string;
  planned: string;
  realized: string;
}

export interface StepRow {
  number: string;
  lane: string;
  title: string;
  kind: string;
  tools: string;
  processTime: string;
  waitTime: string;
  painPoints: string[];
}

export interface StepDetailRow {
  number: string;
  title: string;
  description: string;
  environment: string;
  automation: string;
  valueClass: string;
  completeAccurate: string;
  notes: string;
}

export interface AlignedRow {
  current: string;
  future: string;
  actual: string;
  status: string;
}

/** A finding as a story (observation → evidence → implication → recommendation → actions). */
export interface FindingRow extends FindingStory {
  rootCause: string;
  severity: string;
}

export interface ActionRow {
  number: string;
  title: string;
  owner: string;
  due: string;
  priority: string;
  status: string;
  /** The finding it answers ("F1 Hardware form still used"); '' when none. */
  finding: string;
}

/** A row of the roadmap: one owner's actions in one period, in two cells of at most six lines. */
export interface RoadmapRow {
  /** The owner and the period ("January 2027"); "(continued)" on a row that carries on a list;
   * nothing on a row kept on the page of the one it carries on. */
  lead: string[];
  /** One line an action: its short title and the finding it answers ("… (F2)"). */
  actions: string[];
  /** The rest of the period's actions beside them, when there are more than six; else the first
   * cell spans both (in a table where some row has two). */
  more: string[];
  /** The actions' ids, in the order of `actions`. */
  ids: string[];
  /** Kept on the page of the next row, which carries on its list. */
  keepWithNext: boolean;
}

type Noted = { heading: string; note: string | null };

export type ReportSection =
  | { kind: 'cover' }
  | { kind: 'contents'; title: string }
  | (Noted & {
      kind: 'summary';
      blocks: TextBlock[];
      measures: MeasureRow[];
      /** The point of view in one line, and up to three messages each with its figure. */
      headline?: string;
      messages?: { figure: string; text: string }[];
      chart?: ReportImage | null;
      recommendations?: { text: string; owner: string; due: string }[];
      /** The units, said once. */
      unitNote?: string;
    })
  | (Noted & {
      kind: 'objectives';
      objectives: Part<string> | null;
      process: Part<{ label: string; value: string }>;
      attendees: Part<{ name: string; role: string; organisation: string }> | null;
      agenda: Part<{ title: string; minutes: string }> | null;
    })
  | (Noted & {
      kind: 'method';
      intro: string;
      states: Part<{ state: string; meaning: string }>;
      measures: Part<string>;
    })
  | (Noted & {
      kind: 'state';
      state: MapState;
      intro: string;
      landscape: boolean;
      diagram: Part<ReportImage> | null;
      steps: Part<StepRow> | null;
      /** The step times' unit, said once above the table, when a step is timed. */
      timesNote?: string | null;
    })
  | (Noted & {
      kind: 'comparison';
      /** Said above the chapter while the statuses rest on unreviewed automatic matches. */
      draft: string | null;
      verdict: Part<string>;
      chart: Part<ReportImage> | null;
      /** The three states side by side at a glance; the full table is in the appendix. */
      sideBySide: Part<ReportImage> | null;
      measures: Part<MeasureRow> | null;
      /** The measures no state records, left out of the table ("Not recorded: …"), or null. */
      unrecorded?: string | null;
    })
  | (Noted & {
      kind: 'findings';
      intro: string;
      groups: (Part<FindingRow> & { category: FindingCategory })[];
    })
  | (Noted & {
      kind: 'actions';
      recommendations: Part<string> | null;
      actions: Part<ActionRow> | null;
      roadmap?: Part<RoadmapRow> | null;
      /** What the roadmap shows and how (its periods, the finding references), or null. */
      roadmapNote?: string | null;
    })
  | (Noted & {
      kind: 'parkingLot';
      parkingLot: Part<{ text: string; step: string; status: string }> | null;
      decisions: Part<{ text: string; decidedBy: string }> | null;
    })
  | (Noted & {
      kind: 'appendix';
      details: { heading: string; states: (Part<StepDetailRow> & { state: MapState })[] } | null;
      /** The comparison step by step: every row of corresponding steps with its status. */
      aligned?: Part<AlignedRow> | null;
      evidence: Part<{ text: string; speaker: string; step: string }> | null;
      glossary: Part<{ term: string; meaning: string }>;
    });

export type SectionOf<K extends ReportSection['kind']> = Extract<ReportSection, { kind: K }>;

export interface ReportModel {
  meta: ReportMeta;
  logo: ReportLogoImage | null;
  sections: ReportSection[];
  /** Sections asked for but left out because they would be empty, with why. */
  omitted?: { heading: string; reason: string }[];
}
