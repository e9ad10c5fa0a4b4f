import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { reviewEngagements } from '../../../shared/library/cross-engagement.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';

/** The origin story at another client, its findings worded a little differently. */
function secondClient(): WorkshopData {
  const data = originWorkshop();
  return {
    ...data,
    workshop: { ...data.workshop, id: '00000000-0000-4000-8000-0000000000aa', title: 'Server requests' },
    engagement: { ...data.engagement, client: 'Contoso Bank' },
    findings: [
      { ...data.findings[0]!, title: 'The hardware request form is still used for VMs' },
      // Same words, other category: a different theme.
      { ...data.findings[1]!, title: 'Configuration is still manual', category: 'technology' },
    ],
  };
}

describe('cross-engagement review', () => {
  it('puts each workshop’s lead times and verdict side by side', () => {
    const origin = originWorkshop();
    const { workshops } = reviewEngagements([origin, secondClient()]);
    const expected = compareWorkshop({ maps: origin.maps, links: origin.links }).verdict;
    expect(workshops[0]).toMatchObject({
      title: origin.workshop.title,
      client: 'Northwind IT',
      percent: expected.percent,
    });
    expect(workshops[0]!.leadTime.current).toMatch(/\d/);
    expect(workshops[1]!.client).toBe('Contoso Bank');
  });

  it('gives no figure for a workshop with only the current state mapped', () => {
    const origin = originWorkshop();
    const currentOnly: WorkshopData = {
      ...origin,
      maps: {
        ...origin.maps,
        future: { ...origin.maps.future, steps: [] },
        actual: { ...origin.maps.actual, steps: [] },
      },
      links: [],
    };
    const [reviewedWorkshop] = reviewEngagements([currentOnly]).workshops;
    expect(reviewedWorkshop).toMatchObject({ percent: null, band: null });
    expect(reviewedWorkshop!.sentence).not.toMatch(/100 %|fully realized/);
    expect(reviewedWorkshop!.sentence).toContain('no verdict yet');
  });

  it('finds findings and pain points that recur across workshops, in similar words and the same category', () => {
    const { themes } = reviewEngagements([originWorkshop(), secondClient()]);
    const form = themes.find((t) => t.kind === 'finding' && /hardware request form/i.test(t.label));
    expect(form).toMatchObject({ category: 'process', workshops: 2 });
    expect(form!.occurrences.map((o) => o.client)).toEqual(['Northwind IT', 'Contoso Bank']);
    // "Configuration is still manual" is people in one and technology in the other.
    expect(themes.filter((t) => t.label === 'Configuration is still manual')).toEqual([]);
    // Every pain point comes back, since both workshops share them.
    expect(themes.filter((t) => t.kind === 'pain_point').length).toBeGreaterThan(0);
    expect(themes.every((t) => t.workshops >= 2)).toBe(true);
  });

  it('finds nothing recurring in a single workshop', () => {
    expect(reviewEngagements([originWorkshop()]).themes).toEqual([]);
  });
});
