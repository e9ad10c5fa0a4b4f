/** The presenter's slides, in the order the story is told: the three states, then the verdict. */
export const SLIDES = ['current', 'future', 'actual', 'side-by-side', 'comparison', 'findings'] as const;
export type Slide = (typeof SLIDES)[number];

export function isSlide(value: unknown): value is Slide {
  return typeof value === 'string' && (SLIDES as readonly string[]).includes(value);
}
