import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A produced .docx opened the way a test reads it: the XML parts and the plain text. */
export interface OpenedDocx {
  document: string;
  styles: string;
  settings: string;
  headers: string[];
  footers: string[];
  media: string[];
  text: string;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const named = (re: RegExp) =>
    Object.keys(zip.files)
      .filter((n) => re.test(n))
      .sort();
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    headers: await Promise.all(named(/^word\/header\d+\.xml$/).map(read)),
    footers: await Promise.all(named(/^word\/footer\d+\.xml$/).map(read)),
    media: named(/^word\/media\//),
    text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value,
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an XML fragment's runs. */
export function runText(xml: string): string {
  return unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** Headings in order, by their built-in style (Heading1–3). */
export function headings(documentXml: string): { level: number; text: string }[] {
  return [
    ...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading(\d)"\/>(.*?)<\/w:p>/gs),
  ].map((m) => ({
    level: Number(m[1]),
    text: runText(m[2]!),
  }));
}

/** Every table as rows of cell texts (cells' paragraphs joined with a newline). */
export function tables(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>(.*?)<\/w:tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
        [...c[1]!.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map((p) => runText(p[1]!)).join('\n'),
      ),
    ),
  );
}

/** The body's blocks in order: heading levels as numbers, other paragraphs as 'p', tables as 'table'. */
export function blocks(documentXml: string): (number | 'p' | 'table')[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p(?: [^>]*)?>.*?<\/w:p>|<w:p\/>/gs)].map((m) => {
    if (m[0].startsWith('<w:tbl>')) return 'table';
    const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(m[0]);
    return level ? Number(level[1]) : 'p';
  });
}

/** Headings with nothing under them: followed by a heading of the same or a higher level, or by the end. */
export function emptyHeadings(documentXml: string): number[] {
  const list = blocks(documentXml);
  return list.flatMap((b, i) => {
    if (typeof b !== 'number') return [];
    const next = list[i + 1];
    return next === undefined || (typeof next === 'number' && next <= b) ? [i] : [];
  });
}

/** A table with its column widths (twips) and each cell's lines and span, as Word lays it out. */
export interface GridTable {
  grid: number[];
  rows: { lines: string[]; span: number; width: number }[][];
}

export function gridTables(documentXml: string): GridTable[] {
  return [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) => {
    const grid = [...t[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const rows = [...t[1]!.matchAll(/<w:tr(?: [^>]*)?>(.*?)<\/w:tr>/gs)].map((r) => {
      let column = 0;
      return [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1]!)?.[1] ?? 1);
        const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        const lines = [...c[1]!.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>|<w:p\/>/gs)]
          .map((p) => runText(p[1] ?? ''))
          .filter((l) => l !== '');
        return { lines, span, width };
      });
    });
    return { grid, rows };
  });
}
