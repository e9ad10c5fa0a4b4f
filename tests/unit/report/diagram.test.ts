import { describe, expect, it } from 'vitest';
import { barChart } from '../../../shared/diagram/chart.js';
import { swimlaneInput } from '../../../shared/diagram/from-map.js';
import { swimlaneDiagram } from '../../../shared/diagram/swimlane.js';
import { textWidth, wrapText } from '../../../shared/diagram/text.js';
import { diagramBox } from '../../../shared/report/page.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { bigWorkshop } from './workshops.js';

const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('swimlane diagram', () => {
  it('draws every step of a small map on one page, in its lane, at 8 pt or more', () => {
    const data = originWorkshop();
    const box = diagramBox('a4', true);
    const [page, ...more] = swimlaneDiagram(swimlaneInput(data.maps.current, data.painPoints), box);
    expect(more).toEqual([]);
    expect(page!.width).toBeLessThanOrEqual(box.width);
    expect(page!.height).toBeLessThanOrEqual(box.firstMaxHeight);
    expect(Math.min(...fontSizes(page!.svg))).toBeGreaterThanOrEqual(8);
    expect(page!.lanes).toEqual(data.maps.current.lanes.map((l) => l.name));
    const drawn = texts(page!.svg).join(' ');
    for (const step of data.maps.current.steps) expect(drawn).toContain(step.title.split(' ')[0]);
    // One pain-point marker per step with pain points.
    expect(page!.svg.match(/<circle[^>]*fill="#a1251b"/g)).toHaveLength(3 + 1); // 3 steps + the legend
  });

  it('keeps a decision’s text clear of its hexagon’s slanted edges, and times in dark grey', () => {
    const data = bigWorkshop({ steps: 12, lanes: 3, findings: 0, actions: 0 });
    const [page] = swimlaneDiagram(
      swimlaneInput(data.maps.current, [], () => '30 min / 2 d'),
      diagramBox('a4', true),
    );
    const hexagons = [...page!.svg.matchAll(/<g><polygon points="([^"]+)"[^>]*\/>(.*?)<\/g>/g)];
    expect(hexagons.length).toBeGreaterThan(0);
    for (const [, points, body] of hexagons) {
      const xs = points!.split(' ').map((p) => Number(p.split(',')[0]));
      const [left, right] = [Math.min(...xs), Math.max(...xs)];
      for (const t of body!.matchAll(/<text x="([\d.]+)"[^>]*>(.*?)<\/text>/g)) {
        const x = Number(t[1]);
        const text = t[2]!.replace(/<[^>]+>/g, '');
        // The slant is 5 pt at the corners: text starts and ends inside the straight top and bottom edges.
        expect(x).toBeGreaterThanOrEqual(left + 5);
        expect(x + textWidth(text, 8, true)).toBeLessThanOrEqual(right - 5 + 0.5);
      }
    }
    expect(page!.svg).toMatch(/<text[^>]*font-size="8" fill="#333a45"[^>]*>/);
  });

  it('splits a long map into even parts that fit the page, each step once and in order', () => {
    const data = bigWorkshop({ steps: 150, lanes: 12, findings: 0, actions: 0 });
    const box = diagramBox('letter', true);
    const pages = swimlaneDiagram(swimlaneInput(data.maps.actual, data.painPoints), box);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap((p) => p.steps.map((s) => s.number))).toEqual(
      data.maps.actual.steps.map((_, i) => i + 1),
    );
    pages.forEach((p, i) => {
      expect(p.width).toBeLessThanOrEqual(box.width);
      // The report's overview takes the room under the headings, so every part gets a page of its own.
      expect(p.height).toBeLessThanOrEqual(box.maxHeight);
      expect(Math.min(...fontSizes(p.svg))).toBeGreaterThanOrEqual(8);
      expect(p.part).toBe(i + 1);
    });
    const sizes = pages.map((p) => p.columns);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('escapes text and wraps long words instead of overflowing', () => {
    const svg = swimlaneDiagram(
      {
        lanes: [{ id: 'l', name: 'R&D <core>' }],
        steps: [
          {
            number: 1,
            laneId: 'l',
            title: 'Supercalifragilisticexpialidocious "quoted"',
            kind: 'decision',
            detail: '',
            painPoints: 0,
          },
        ],
      },
      { width: 480, maxHeight: 600 },
    )[0]!.svg;
    expect(svg).toContain('R&amp;D &lt;core&gt;');
    expect(svg).toContain('&quot;quoted&quot;');
    expect(wrapText('Supercalifragilisticexpialidocious', 40, 8).length).toBeGreaterThan(1);
    expect(wrapText('one two three four five six', 30, 8, { maxLines: 2 }).at(-1)).toMatch(/…$/);
  });

  it('draws nothing for an empty map', () => {
    expect(swimlaneDiagram({ lanes: [], steps: [] }, { width: 480, maxHeight: 600 })).toEqual([]);
  });
});

describe('bar chart', () => {
  it('draws one bar per known value and says "not timed" for unknown ones', () => {
    const chart = barChart(
      [{ label: 'Lead time' }, { label: 'Process time' }],
      [
        {
          label: 'Current',
          values: [
            { value: 100, text: '100 min' },
            { value: 10, text: '10 min' },
          ],
        },
        {
          label: 'Future',
          values: [
            { value: null, text: 'not timed' },
            { value: 5, text: '5 min' },
          ],
        },
      ],
      400,
    );
    expect(chart.width).toBe(400);
    expect(texts(chart.svg)).toEqual(
      expect.arrayContaining(['Lead time', 'Current', '100 min', 'not timed']),
    );
    expect(Math.min(...fontSizes(chart.svg))).toBeGreaterThanOrEqual(8);
  });
});
