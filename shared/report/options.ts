import { z } from 'zod';
import { LOGO_MAX_BYTES, LOGO_TYPES, base64Size, decodeBase64, inspectImage } from './logo.js';

/** Report sections in the order they print; each can be switched off. */
export const REPORT_SECTIONS = [
  'cover',
  'contents',
  'summary',
  'objectives',
  'method',
  'current',
  'future',
  'actual',
  'comparison',
  'findings',
  'actions',
  'parkingLot',
  'appendix',
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export const SECTION_LABELS: Record<ReportSectionKey, string> = {
  cover: 'Cover page',
  contents: 'Table of contents',
  summary: 'Executive summary',
  objectives: 'Objectives and attendees',
  method: 'Method',
  current: 'Current state',
  future: 'Future state',
  actual: 'Actual state',
  comparison: 'Comparison',
  findings: 'Findings',
  actions: 'Recommendations and actions',
  parkingLot: 'Parking lot and decisions',
  appendix: 'Appendix',
};

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** How swimlane diagrams are laid out: `auto` turns a page sideways only when the map needs it. */
export const ORIENTATIONS = ['auto', 'portrait', 'landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const DATE_FORMATS = [
  'd MMMM yyyy',
  'MMMM d, yyyy',
  'yyyy-MM-dd',
  'dd/MM/yyyy',
  'MM/dd/yyyy',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Document languages offered (BCP 47): Word's spelling and the deck's text use it. */
export const LANGUAGES = ['en-GB', 'en-US', 'fr-FR', 'de-DE', 'nl-NL', 'es-ES'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the document stands: printed on the cover. */
export const DOC_STATUSES = ['draft', 'final'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];
export const DOC_STATUS_LABELS: Record<DocStatus, string> = {
  draft: 'Draft for discussion',
  final: 'Final',
};

/** What an empty section prints: nothing at all (the default), or a sentence saying so. */
export const EMPTY_SECTIONS = ['note', 'omit'] as const;

const KIND = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' } as const;

export const logoSchema = z
  .object({
    mediaType: z.enum(LOGO_TYPES, { error: 'must be a PNG or JPEG image' }),
    data: z.string({ error: 'must be base64 text' }).max(4 * 1024 * 1024),
  })
  .strict()
  .superRefine((logo, ctx) => {
    if (base64Size(logo.data) > LOGO_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', message: 'The logo is larger than 2 MB: use a smaller image.' });
      return;
    }
    const bytes = decodeBase64(logo.data);
    const info = bytes && inspectImage(bytes);
    if (!info) ctx.addIssue({ code: 'custom', message: 'The logo must be a PNG or JPEG image.' });
    else if (info.type !== logo.mediaType)
      ctx.addIssue({
        code: 'custom',
        message: `The logo is a ${KIND[info.type]} image, not the ${KIND[logo.mediaType]} it was sent as.`,
      });
  });
export type ReportLogo = z.infer<typeof logoSchema>;

export const reportOptionsSchema = z
  .object({
    sections: z
      .array(z.enum(REPORT_SECTIONS, { error: 'is not a report section' }))
      .max(REPORT_SECTIONS.length * 2)
      .default([...REPORT_SECTIONS]),
    paper: z.enum(PAPERS, { error: 'must be a4 or letter' }).default('a4'),
    orientation: z.enum(ORIENTATIONS).default('auto'),
    firmName: z.string().trim().max(120, { error: 'must be at most 120 characters' }).default(''),
    logo: logoSchema.nullable().default(null),
    dateFormat: z.enum(DATE_FORMATS).default('d MMMM yyyy'),
    emptySections: z.enum(EMPTY_SECTIONS).default('omit'),
    language: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).default('en-GB'),
    version: z.string().trim().max(20, { error: 'must be at most 20 characters' }).default('1.0'),
    status: z.enum(DOC_STATUSES, { error: 'must be draft or final' }).default('draft'),
  })
  .strict();

export type ReportOptions = z.output<typeof reportOptionsSchema>;
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>;

export function defaultReportOptions(): ReportOptions {
  return reportOptionsSchema.parse({});
}

export function hasSection(options: ReportOptions, key: ReportSectionKey): boolean {
  return options.sections.includes(key);
}
