/** The deck's look, declared once: 16:9 (13.33 × 7.5 in), one font, the report's palette. */
export const SLIDE = { width: 13.333, height: 7.5 };
export const FONT = 'Arial';
export const INK = '1D2430';
export const MUTED = '4D5766';
export const ACCENT = '1F3A5F';
export const SOFT = 'EEF1F5';
export const TONES = { good: '2E6B3D', bad: 'A1251B', mixed: '8A6D1D', neutral: '4D5766' } as const;
/** Where a slide's body goes, below the title band and above the footer (inches). */
export const BODY = { x: 0.6, y: 1.35, w: 12.13, h: 5.35 };
export const POINTS_PER_INCH = 72;
