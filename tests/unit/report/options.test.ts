import { describe, expect, it } from 'vitest';
import { formatDate, formatMinutes } from '../../../shared/report/format.js';
import { inspectImage } from '../../../shared/report/logo.js';
import {
  REPORT_SECTIONS,
  defaultReportOptions,
  reportOptionsSchema,
} from '../../../shared/report/options.js';
import { jpegBytes, pngBytes } from './images.js';

const logo = (bytes: Buffer, mediaType = 'image/png') => ({ mediaType, data: bytes.toString('base64') });
const issue = (input: unknown) => {
  const parsed = reportOptionsSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]!;
};

describe('report options', () => {
  it('defaults to every section, A4, automatic orientation, no logo', () => {
    expect(defaultReportOptions()).toEqual({
      sections: [...REPORT_SECTIONS],
      paper: 'a4',
      orientation: 'auto',
      firmName: '',
      logo: null,
      dateFormat: 'd MMMM yyyy',
      emptySections: 'omit',
      language: 'en-GB',
      version: '1.0',
      status: 'draft',
    });
  });

  it('refuses unknown sections, papers and fields', () => {
    expect(issue({ sections: ['cover', 'gossip'] })?.path).toEqual(['sections', 1]);
    expect(issue({ paper: 'a3' })?.message).toBe('must be a4 or letter');
    expect(issue({ colour: 'red' })).not.toBeNull();
    expect(issue({ language: 'klingon' })?.message).toMatch(/^must be one of en-GB/);
    expect(issue({ status: 'done' })?.message).toBe('must be draft or final');
  });

  it('accepts a PNG or JPEG logo recognised by its bytes, and nothing else', () => {
    expect(issue({ logo: logo(pngBytes()) })).toBeNull();
    expect(issue({ logo: logo(jpegBytes(300, 100), 'image/jpeg') })).toBeNull();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    expect(issue({ logo: logo(gif) })).toMatchObject({
      path: ['logo'],
      message: 'The logo must be a PNG or JPEG image.',
    });
    expect(issue({ logo: logo(pngBytes(), 'image/jpeg') })?.message).toMatch(/is a PNG image, not the JPEG/);
    expect(issue({ logo: { mediaType: 'image/png', data: '***not base64***' } })?.message).toMatch(
      /PNG or JPEG/,
    );
  });

  it('refuses a logo over 2 MB before decoding it', () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 10);
    pngBytes().copy(big);
    expect(issue({ logo: logo(big) })?.message).toMatch(/larger than 2 MB/);
  });

  it('reads the pixel size of PNG and JPEG images', () => {
    expect(inspectImage(pngBytes(120, 40))).toEqual({ type: 'image/png', width: 120, height: 40 });
    expect(inspectImage(jpegBytes(640, 480))).toEqual({ type: 'image/jpeg', width: 640, height: 480 });
    expect(inspectImage(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('formats dates and times the way the report prints them', () => {
    expect(formatDate('2026-11-24', 'd MMMM yyyy')).toBe('24 November 2026');
    expect(formatDate('2026-11-24', 'MMMM d, yyyy')).toBe('November 24, 2026');
    expect(formatDate('2026-03-05', 'dd/MM/yyyy')).toBe('05/03/2026');
    expect(formatDate('2026-03-05', 'MM/dd/yyyy')).toBe('03/05/2026');
    expect(formatDate(null, 'yyyy-MM-dd')).toBe('');
    expect(formatMinutes(30, 8)).toBe('30 min');
    expect(formatMinutes(90, 8)).toBe('1.5 h');
    expect(formatMinutes(2 * 8 * 60, 8)).toBe('2 d');
    expect(formatMinutes(null, 8)).toBe('');
  });
});
