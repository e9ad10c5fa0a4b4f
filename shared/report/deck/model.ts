import type { MapState } from '../../domain/types.js';
import type { MeasureRow, ReportImage } from '../model.js';
import type { SideColumn } from '../side-by-side.js';
import type { DeckRoadmap } from './roadmap.js';
import type { KeyMessage, TopRecommendation } from '../story/index.js';

/** The read-out deck as plain data: one entry per slide, with what the presenter says under it. */
export type DeckSlide = { title: string; notes: string } & (
  | { kind: 'title'; subtitle: string; lines: string[] }
  | { kind: 'verdict'; headline: string; messages: KeyMessage[]; sentence: string; note: string }
  | { kind: 'map'; state: MapState; image: ReportImage; caption: string }
  | { kind: 'sideBySide'; columns: SideColumn[]; detailed: boolean }
  | { kind: 'measures'; chart: ReportImage; rows: MeasureRow[] }
  | { kind: 'findings'; items: { title: string; detail: string; severity: string; evidence: string }[] }
  | { kind: 'recommendations'; items: TopRecommendation[] }
  | ({ kind: 'roadmap' } & DeckRoadmap)
);

export interface DeckModel {
  firmName: string;
  client: string;
  title: string;
  date: string;
  facilitator: string;
  logo: { data: string; mediaType: string; width: number; height: number } | null;
  slides: DeckSlide[];
}

export type DeckSlideOf<K extends DeckSlide['kind']> = Extract<DeckSlide, { kind: K }>;
