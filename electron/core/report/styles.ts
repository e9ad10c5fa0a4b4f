import { type IStylesOptions, LineRuleType } from 'docx';

/** The report's look, declared once: Word's built-in headings (so the TOC and navigation pane work) and one table style. */

export const FONT = 'Arial';
export const TABLE_STYLE = 'TriptychTable';
/** Long tables (a 150-step map): 8 pt, tighter cells. */
export const COMPACT_TABLE_STYLE = 'TriptychCompact';
export const COLORS = {
  ink: '1D2430',
  muted: '5B6574',
  accent: '1F3A5F',
  line: 'BFC6D0',
  headFill: '1F3A5F',
};

const pt = (points: number) => points * 2; // half-points
const space = (points: number) => points * 20; // twips

/**
 * Borders, cell margins and a shaded header row; every data table refers to it by id. It goes in as
 * `externalStyles`, which docx merges with its built-in styles (headings, TOC, caption).
 */
const tableStyle = (
  id: string,
  name: string,
  size: number,
  v: number,
  h: number,
) => `<w:style w:type="table" w:styleId="${id}">
  <w:name w:val="${name}"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="${pt(size)}"/><w:szCs w:val="${pt(size)}"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLORS.line}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="${v}" w:type="dxa"/><w:left w:w="${h}" w:type="dxa"/>
      <w:bottom w:w="${v}" w:type="dxa"/><w:right w:w="${h}" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.headFill}"/></w:tcPr>
  </w:tblStylePr>
</w:style>`;

export const TABLE_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
${tableStyle(TABLE_STYLE, 'Triptych Table', 8.5, 50, 90)}
${tableStyle(COMPACT_TABLE_STYLE, 'Triptych Compact Table', 8, 20, 60)}
</w:styles>`;

const heading = (size: number, before: number, after: number) => ({
  run: { font: FONT, size: pt(size), bold: true, color: COLORS.accent },
  paragraph: { spacing: { before: space(before), after: space(after) }, keepNext: true, keepLines: true },
});

export function reportStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(10), color: COLORS.ink, language: { value: language } },
        paragraph: { spacing: { after: space(6), line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(18, 0, 10),
      heading2: heading(13, 14, 5),
      heading3: heading(11, 10, 4),
      title: { run: { font: FONT, size: pt(28), bold: true, color: COLORS.accent } },
      caption: {
        run: { font: FONT, size: pt(8.5), italics: true, color: COLORS.muted },
        paragraph: { spacing: { before: space(3), after: space(12) } },
      },
    },
    paragraphStyles: [
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(8.5) },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TableCompact',
        name: 'Table Compact',
        basedOn: 'TableText',
        run: { size: pt(8) },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { italics: true, color: COLORS.muted },
      },
      {
        id: 'CoverLine',
        name: 'Cover Line',
        basedOn: 'Normal',
        run: { size: pt(13), color: COLORS.ink },
        paragraph: { spacing: { after: space(4) } },
      },
      {
        id: 'ContentsTitle',
        name: 'Contents Title',
        basedOn: 'Normal',
        run: { size: pt(18), bold: true, color: COLORS.accent },
        paragraph: { spacing: { after: space(10) } },
      },
    ],
  };
}
