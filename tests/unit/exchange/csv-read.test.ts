import { describe, expect, it } from 'vitest';
import { fieldForHeader } from '../../../shared/exchange/csv-columns.js';
import { decodeCsvBytes } from '../../../shared/exchange/csv-decode.js';
import { readCsv } from '../../../shared/exchange/csv-read.js';
import { escapeCell } from '../../../shared/exchange/csv-write.js';

const read = (text: string, opts: Partial<Parameters<typeof readCsv>[1]> = {}) =>
  readCsv(text, { hoursPerDay: 8, state: 'current', ...opts });

describe('CSV headers', () => {
  it.each([
    ['Swimlane', 'lane'],
    ['ACTOR', 'lane'],
    ['Role', 'lane'],
    ['Activity', 'title'],
    ['Task', 'title'],
    ['Step', 'title'],
    ['Type', 'kind'],
    ['Systems', 'tools'],
    ['Application', 'tools'],
    ['PT', 'processTime'],
    ['Touch time', 'processTime'],
    ['Process time (h)', 'processTime'],
    ['process_time', 'processTime'],
    ['WT', 'waitTime'],
    ['Delay', 'waitTime'],
    ['%C&A', 'pctCompleteAccurate'],
    ['% C & A', 'pctCompleteAccurate'],
    ['pct ca', 'pctCompleteAccurate'],
    ['Complete and accurate', 'pctCompleteAccurate'],
    ['Pain points', 'painPoints'],
    ['Issues', 'painPoints'],
    ['Comments', 'notes'],
    ['Env', 'environment'],
    ['Ticket number', null],
  ])('reads %j as %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('reports unknown headers and takes an explicit mapping for them', () => {
    const csv = 'Who,What,Ticket\nInfra,Configure server,INC-1\n';
    const auto = read(csv);
    expect(auto.unmapped).toEqual(['What', 'Ticket']);
    expect(auto.problems).toEqual([expect.stringMatching(/No column holds the step names/)]);
    const mapped = read(csv, { mapping: { What: 'title', Ticket: 'notes' } });
    expect(mapped.problems).toEqual([]);
    expect(mapped.columns.map((c) => [c.header, c.field, c.source])).toEqual([
      ['Who', 'lane', 'header'],
      ['What', 'title', 'mapping'],
      ['Ticket', 'notes', 'mapping'],
    ]);
    expect(mapped.rows[0]!.step).toMatchObject({ lane: 'Infra', title: 'Configure server', notes: 'INC-1' });
  });

  it('refuses two columns for one field until one is ignored', () => {
    const csv = 'Step,Task\nA,B\n';
    expect(read(csv).problems).toEqual([expect.stringMatching(/"Step" and "Task" are both read as Step/)]);
    expect(read(csv, { mapping: { Task: 'ignore' } }).problems).toEqual([]);
  });
});

describe('CSV rows', () => {
  it('reads every field, with durations, percentages, lists and synonyms', () => {
    const csv = [
      'Lane;Step;Kind;Tools;PT;WT;%C&A;Pain points;Environment;Automation;Value',
      'Finance;Approve;Sign-off;Email, ERP;15 min;1,5 d;85%;"Slow; Nobody owns it";VM;no;NNVA',
    ].join('\n');
    const table = read(csv);
    expect(table.delimiter).toBe(';');
    expect(table.errorCount).toBe(0);
    expect(table.rows[0]).toMatchObject({
      row: 2,
      state: 'current',
      step: {
        lane: 'Finance',
        title: 'Approve',
        kind: 'approval',
        tools: ['Email', 'ERP'],
        processMinutes: 15,
        waitMinutes: 720,
        pctCompleteAccurate: 85,
        painPoints: ['Slow; Nobody owns it'],
        environment: 'virtual',
        automation: 'manual',
        valueClass: 'NNVA',
      },
    });
  });

  it('uses a unit written in the header for bare numbers', () => {
    const table = read('Step,Process time (h),Wait time (days)\nA,2,1.5\nB,30m,\n');
    expect(table.rows.map((r) => [r.step.processMinutes, r.step.waitMinutes])).toEqual([
      [120, 720],
      [30, null],
    ]);
  });

  it('splits pain points on lines when the cell has several lines', () => {
    const table = read('Step,Pain\nA,"Slow; painful\nForgotten"\n');
    expect(table.rows[0]!.step.painPoints).toEqual(['Slow; painful', 'Forgotten']);
  });

  it('gives each bad cell its own error, with row and column', () => {
    const table = read('Step,Kind,PT,%C&A\nA,meeting,soon,140\n,task,,\n');
    expect(table.rows[0]!.errors).toEqual([
      {
        field: 'kind',
        column: 'Kind',
        message: expect.stringMatching(/"meeting" is not a kind; use task, decision/),
      },
      { field: 'processTime', column: 'PT', message: expect.stringMatching(/"soon" is not a duration/) },
      { field: 'pctCompleteAccurate', column: '%C&A', message: '"140" is not a percentage from 0 to 100' },
    ]);
    expect(table.rows[1]!.errors).toEqual([
      { field: 'title', column: 'Step', message: 'A step needs a name' },
    ]);
    expect(table.errorCount).toBe(4);
  });

  it('flags ragged rows and an unclosed quote', () => {
    const table = read('Step,Lane,Notes\nA,Ops\nB,Ops,x,y\nC,Ops,,\n"D,Ops\n');
    const messages = table.rows.map((r) => r.errors.map((e) => e.message));
    expect(messages[0]).toEqual([
      'This row has 2 cells but the header has 3; a delimiter or quote may be missing',
    ]);
    expect(messages[1]).toEqual([expect.stringMatching(/has 4 cells but the header has 3/)]);
    expect(messages[2]).toEqual([]);
    expect(messages[3]!.join(' ')).toMatch(/Quoted field unterminated/);
  });

  it('routes rows by the State column only when no state is chosen', () => {
    const csv = 'State,Step\nas-is,A\nfuture,B\n,C\n';
    expect(read(csv).rows.map((r) => r.state)).toEqual(['current', 'current', 'current']);
    const routed = read(csv, { state: undefined });
    expect(routed.rows.map((r) => r.state)).toEqual(['current', 'future', null]);
    expect(routed.rows[2]!.errors[0]!.message).toMatch(/No state/);
  });

  it("strips the ' that export puts before formula-like cells", () => {
    expect(escapeCell('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const c of ['+1', '-1', '@cmd', '\tx', '\rx']) expect(escapeCell(c)).toBe(`'${c}`);
    expect(escapeCell("it's fine")).toBe("it's fine");
    expect(read("Step,Notes\n'=HYPERLINK(x),'-3 days\n").rows[0]!.step).toMatchObject({
      title: '=HYPERLINK(x)',
      notes: '-3 days',
    });
  });
});

describe('CSV encodings', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('Step\nRéview\n');
    expect(decodeCsvBytes(utf8)).toEqual({ ok: true, text: 'Step\nRéview\n', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: 'Step\nRéview\n',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Café – €5" as saved by older Excel on Windows.
    const cp1252 = bytes(...ascii('Caf'), 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35);
    expect(decodeCsvBytes(cp1252)).toEqual({ ok: true, text: 'Café – €5', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode text"', () => {
    const le = bytes(0xff, 0xfe, ...ascii('Step').flatMap((c) => [c, 0]));
    expect(decodeCsvBytes(le)).toEqual({ ok: true, text: 'Step', encoding: 'utf-16le' });
  });

  it('refuses UTF-16 without a BOM, binary data and workbooks, saying what to do', () => {
    const noBom = bytes(...ascii('Step,Lane').flatMap((c) => [c, 0]));
    expect(decodeCsvBytes(noBom)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /encoding Triptych cannot read \(it looks like UTF-16 without a byte-order mark/,
      ),
    });
    expect(decodeCsvBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toMatchObject({
      ok: false,
      message: /workbook/,
    });
    const binary = bytes(...Array.from({ length: 64 }, (_, i) => (i % 7) + 1));
    expect(decodeCsvBytes(binary)).toMatchObject({ ok: false, message: /binary data/ });
  });
});
