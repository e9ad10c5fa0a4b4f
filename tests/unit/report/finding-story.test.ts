import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { type OpenedDocx, headings, openDocx, tables } from './docx-reader.js';

/** The text between two headings of the report, as a reader goes through it. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end === -1 ? undefined : end);
}

describe('findings told as a story in the Word report', () => {
  const data = originWorkshop();
  // A pain point with a semicolon in it stays one pain point.
  const painAt = data.painPoints.findIndex((p) => p.text === 'Still asks for rack units for a VM');
  data.painPoints[painAt] = { ...data.painPoints[painAt]!, text: 'Still asks for rack units; for a VM' };
  const options = reportOptionsSchema.parse({ dateFormat: 'd MMMM yyyy' });
  let docx: OpenedDocx;
  beforeAll(async () => {
    docx = await openDocx(await renderReport({ data, options, summaryText: null }));
  });

  it('tells each finding: observation, evidence with who said it, implication, recommendation, actions', () => {
    expect(
      headings(docx.document)
        .filter((h) => h.level === 3 && /^F\d+\./.test(h.text))
        .map((h) => h.text),
    ).toEqual([
      'F1. Configuration is still manual',
      'F2. Hardware request form is still used for virtual machines',
    ]);
    const f2 = between(docx.text, 'F2. Hardware request form', 'Recommendations and actions');
    const order = ['Observation.', 'Evidence.', 'Implication.', 'Recommendation.', 'Actions.'].map((l) =>
      f2.indexOf(l),
    );
    expect(order.every((i) => i > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(f2).toContain('The future state replaced it with self-service');
    // The quote picked in the room, with who said it and where; the pain point whole, ';' and all.
    expect(f2).toContain(
      '“We email Raj and wait.” (Lena Fischer, at 4. Request VM from infrastructure team (actual))',
    );
    expect(f2).toMatch(
      /Pain point at \d+\. Submit hardware request form \(actual\): Still asks for rack units; for a VM/,
    );
    expect(f2).toContain('"We still fill in rack units for a VM" (Raj Patel)');
    // Implication in time a client reads (calendar units, share of the lead time).
    expect(f2).toMatch(
      /Implication\. The step it concerns takes \d+(\.5)? (days|weeks?) of elapsed time in the actual process \(\d+ % of its lead time\)/,
    );
    expect(f2).toContain('Retire the hardware form for virtual requests.');
    expect(f2).toContain('Publish the self-service request in the portal (Mary Adams, by 15 December 2026)');

    const f1 = between(docx.text, 'F1. Configuration is still manual', 'F2. Hardware');
    expect(f1).toContain('Ansible training for the infrastructure team (Raj Patel, by 31 January 2027)');
    expect(f1).toMatch(/Implication\. The step it concerns takes .* hands-on work\./);
  });

  it('shows in the action register the finding each action answers, and a roadmap by owner and due date', () => {
    const all = tables(docx.document);
    const register = all.find((t) => t[0]?.includes('Answers finding') && t[0]?.includes('Priority'))!;
    expect(register[0]).toEqual(['#', 'Action', 'Owner', 'Due', 'Priority', 'Status', 'Answers finding']);
    expect(register.slice(1).map((r) => [r[1], r[6]])).toEqual([
      [
        'Publish the self-service request in the portal',
        'F2 Hardware request form is still used for virtual machines',
      ],
      ['Ansible training for the infrastructure team', 'F1 Configuration is still manual'],
    ]);
    expect(headings(docx.document)).toContainEqual({ level: 2, text: 'Roadmap by owner and due date' });
    // Each action by its title and the finding it answers; no period has more than six, so one
    // column of actions.
    const roadmap = all.find((t) => t[0]?.[0] === 'Owner and due')!;
    expect(roadmap).toEqual([
      ['Owner and due', 'Actions (finding answered)'],
      ['Mary Adams\n15 December 2026', 'Publish the self-service request in the portal (F2)'],
      ['Raj Patel\n31 January 2027', 'Ansible training for the infrastructure team (F1)'],
    ]);
  });

  it('keeps a pain point with a semicolon whole in the steps table', () => {
    const steps = tables(docx.document).filter((t) => t[0]?.includes('Pain points'));
    const cells = steps.flatMap((t) => t.slice(1).map((r) => r[r.length - 1]!));
    expect(cells).toContain('Still asks for rack units; for a VM');
  });
});
