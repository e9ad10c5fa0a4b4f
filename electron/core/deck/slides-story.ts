import type PptxGenJS from 'pptxgenjs';
import type { DeckModel, DeckSlideOf } from '../../../shared/report/deck/model.js';
import { HANG, ROADMAP_GRID } from '../../../shared/report/deck/roadmap.js';
import { type TextStyle, addLogo } from './frame.js';
import { ACCENT, BODY, FONT, MUTED, SLIDE, SOFT } from './theme.js';

type Slide = PptxGenJS.Slide;

export function titleSlide(slide: Slide, deck: DeckModel, s: DeckSlideOf<'title'>, text: TextStyle): void {
  slide.background = { color: ACCENT };
  slide.addText(s.title, {
    ...text,
    x: 0.8,
    y: 2.2,
    w: SLIDE.width - 1.6,
    h: 1.4,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: 'FFFFFF',
    valign: 'bottom',
  });
  slide.addText(s.subtitle, {
    ...text,
    x: 0.8,
    y: 3.7,
    w: SLIDE.width - 1.6,
    h: 0.6,
    fontFace: FONT,
    fontSize: 22,
    color: 'FFFFFF',
  });
  slide.addText(s.lines.join('\n'), {
    ...text,
    x: 0.8,
    y: 4.6,
    w: SLIDE.width - 1.6,
    h: 1.4,
    fontFace: FONT,
    fontSize: 16,
    color: 'DCE4EE',
    valign: 'top',
  });
  addLogo(slide, deck);
}

export function verdictSlide(slide: Slide, s: DeckSlideOf<'verdict'>, text: TextStyle): void {
  slide.addText(s.headline, {
    ...text,
    x: BODY.x,
    y: BODY.y,
    w: BODY.w,
    h: 1.1,
    fontSize: 30,
    bold: true,
    color: ACCENT,
    valign: 'top',
    fit: 'shrink',
  });
  const w = (BODY.w - 0.4) / 3;
  s.messages.forEach((m, i) => {
    const x = BODY.x + i * (w + 0.2);
    slide.addShape('rect', { x, y: 2.65, w, h: 2.9, fill: { color: SOFT }, line: { color: SOFT } });
    slide.addText(
      [
        { text: m.figure, options: { fontSize: 30, bold: true, color: ACCENT, breakLine: true } },
        { text: m.text, options: { fontSize: 18 } },
      ],
      { ...text, x: x + 0.15, y: 2.75, w: w - 0.3, h: 2.8, valign: 'top', fit: 'shrink' },
    );
  });
  slide.addText(`${s.sentence} ${s.note}`, {
    ...text,
    x: BODY.x,
    y: 5.85,
    w: BODY.w,
    h: 0.8,
    fontSize: 12,
    color: MUTED,
    valign: 'top',
  });
}

export function findingsSlide(slide: Slide, s: DeckSlideOf<'findings'>, text: TextStyle): void {
  const rows = s.items.map((f) => [
    { text: `${f.severity.toUpperCase()}`, options: { bold: true, fontSize: 14 } },
    {
      text: [
        { text: f.title, options: { bold: true, fontSize: 20, breakLine: true } },
        { text: f.detail || f.evidence, options: { fontSize: 16, color: MUTED } },
      ],
    },
  ]);
  slide.addTable(rows as PptxGenJS.TableRow[], {
    ...text,
    x: BODY.x,
    y: BODY.y,
    w: BODY.w,
    colW: [1.4, BODY.w - 1.4],
    border: { type: 'solid', color: 'D0D6DE', pt: 0.75 },
    valign: 'top',
    autoPage: false,
  });
}

export function recommendationsSlide(slide: Slide, s: DeckSlideOf<'recommendations'>, text: TextStyle): void {
  const head = ['Recommendation', 'Owner', 'By'].map((t) => ({
    text: t,
    options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT } },
  }));
  const rows = s.items.map((r) => [
    {
      text: [
        { text: r.text, options: { fontSize: 20, breakLine: !!r.finding } },
        ...(r.finding ? [{ text: `Answers: ${r.finding}`, options: { fontSize: 14, color: MUTED } }] : []),
      ],
    },
    { text: r.owner || 'to be named' },
    { text: r.due || 'to be set' },
  ]);
  slide.addTable([head, ...rows] as PptxGenJS.TableRow[], {
    ...text,
    x: BODY.x,
    y: BODY.y,
    w: BODY.w,
    colW: [BODY.w - 4.6, 2.6, 2.0],
    fontSize: 18,
    border: { type: 'solid', color: 'D0D6DE', pt: 0.75 },
    valign: 'top',
    autoPage: false,
  });
}

/** Owners down, periods across: each cell's lines are counted in the model, so the grid fits. */
export function roadmapSlide(slide: Slide, s: DeckSlideOf<'roadmap'>, text: TextStyle): void {
  const g = ROADMAP_GRID;
  const periodW = (g.width - g.ownerWidth) / s.periods.length;
  const head = ['Owner', ...s.periods].map((t) => ({
    text: t,
    options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT } },
  }));
  // An action's second line is a soft break in its paragraph; "+ 3 more" is muted.
  const lines = (items: readonly string[]) =>
    items.map((t, i) => ({
      text: t,
      options: {
        breakLine: i < items.length - 1 && !items[i + 1]!.startsWith(HANG),
        ...(t.startsWith(HANG) ? { softBreakBefore: true } : {}),
        ...(t.startsWith('+ ') ? { color: MUTED } : {}),
      },
    }));
  const rows = s.rows.map((r) => [
    {
      text: [
        { text: r.owner, options: { bold: true, breakLine: true } },
        { text: r.count, options: { color: MUTED } },
      ],
    },
    ...r.cells.map((c) => ({ text: c.length ? lines(c) : '' })),
  ]);
  slide.addTable([head, ...rows] as PptxGenJS.TableRow[], {
    ...text,
    x: BODY.x,
    y: BODY.y,
    w: g.width,
    colW: [g.ownerWidth, ...s.periods.map(() => periodW)],
    rowH: [g.header, ...s.rows.map((r) => r.height)],
    fontSize: g.fontSize,
    margin: [0.05, g.margin, 0.05, g.margin],
    border: { type: 'solid', color: 'D0D6DE', pt: 0.75 },
    valign: 'top',
    autoPage: false,
  });
}
