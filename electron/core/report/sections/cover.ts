import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { ReportModel } from '../../../../shared/report/model.js';
import { COLORS } from '../styles.js';
import type { Nodes } from './env.js';

type Cover = Pick<ReportModel, 'meta' | 'logo'>;

const LOGO_MAX = { width: 180, height: 80 }; // points

function logo(model: Cover): Paragraph[] {
  const image = model.logo;
  if (!image) return [];
  const scale = Math.min(LOGO_MAX.width / image.width, LOGO_MAX.height / image.height, 1);
  const px = (points: number) => Math.round((points * 96) / 72);
  const run = new ImageRun({
    type: image.type === 'image/png' ? 'png' : 'jpg',
    data: Buffer.from(image.data, 'base64'),
    transformation: { width: px(image.width * scale), height: px(image.height * scale) },
    altText: {
      name: 'logo',
      title: 'Logo',
      description: model.meta.firmName ? `${model.meta.firmName} logo` : 'Firm logo',
    },
  });
  return [new Paragraph({ children: [run], spacing: { after: 240 } })];
}

function line(text: string, opts: { bold?: boolean; before?: number } = {}): Paragraph[] {
  if (!text) return [];
  return [
    new Paragraph({
      style: 'CoverLine',
      spacing: opts.before ? { before: opts.before } : undefined,
      children: [new TextRun({ text, bold: opts.bold })],
    }),
  ];
}

/** The cover: who the report is for, what it is about, when, by whom; no header or footer. */
export function coverSection(model: Cover): Nodes {
  const m = model.meta;
  return [
    ...logo(model),
    ...line(m.firmName, { bold: true }),
    new Paragraph({
      spacing: { before: 2000, after: 120 },
      children: [
        new TextRun({
          text: 'PROCESS WORKSHOP REPORT',
          bold: true,
          size: 20,
          color: COLORS.muted,
          characterSpacing: 20,
        }),
      ],
    }),
    new Paragraph({ style: 'Title', text: m.title, spacing: { after: 240 } }),
    ...line(m.processName && m.processName !== m.title ? `Process: ${m.processName}` : ''),
    ...line(`Prepared for ${m.client}`, { bold: true, before: 480 }),
    ...line(m.engagement),
    ...line(m.date ? `Workshop held on ${m.date}` : '', { before: 240 }),
    ...line(m.location),
    ...line(m.facilitator ? `Facilitated by ${m.facilitator}` : ''),
    ...line([m.version ? `Version ${m.version}` : '', m.status].filter(Boolean).join(' · '), {
      bold: true,
      before: 480,
    }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 1200 },
      children: [new TextRun({ text: 'Confidential', bold: true, color: COLORS.muted })],
    }),
  ];
}
