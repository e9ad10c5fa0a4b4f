import { resolve } from 'node:path';
import { issueFileHandle } from '../core/files/handles.js';
import { rejectedPairs } from '../../shared/compare/index.js';
import { parseTriptych } from '../../shared/exchange/triptych-file.js';
import {
  PAPERS,
  type Paper,
  REPORT_SECTIONS,
  type ReportOptions,
  type ReportSectionKey,
  reportOptionsSchema,
} from '../../shared/report/options.js';
import { readImportFile } from '../core/exchange/files.js';
import { renderReport } from '../core/report/generate.js';
import { docxPath } from '../core/report/service.js';
import { writeFileAtomically } from '../core/report/write-file.js';
import { toAppError } from '../core/store/errors.js';
import { type Command, type CommandArgs, CliError, call, stringOption } from './command.js';

function sectionsOption(args: CommandArgs): ReportSectionKey[] | undefined {
  const raw = stringOption(args, 'sections');
  if (raw === undefined) return undefined;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !REPORT_SECTIONS.includes(n as ReportSectionKey));
  if (unknown.length || names.length === 0)
    throw new CliError(`--sections takes a comma-separated list of: ${REPORT_SECTIONS.join(', ')}.`, 2);
  return names as ReportSectionKey[];
}

function paperOption(args: CommandArgs): Paper | undefined {
  const paper = stringOption(args, 'paper');
  if (paper === undefined) return undefined;
  if (!PAPERS.includes(paper as Paper)) throw new CliError(`--paper must be ${PAPERS.join(' or ')}.`, 2);
  return paper as Paper;
}

type Flags = Partial<Pick<ReportOptions, 'sections' | 'paper'>>;

/** --sections and --paper, checked before anything is read or drawn. */
function flags(args: CommandArgs): Flags {
  const sections = sectionsOption(args);
  const paper = paperOption(args);
  return { ...(sections ? { sections } : {}), ...(paper ? { paper } : {}) };
}

/** A `.triptych` file is reported straight from the file: nothing is imported into the library. */
async function reportFromFile(file: string, dest: string, overrides: Flags): Promise<string> {
  const parsed = parseTriptych(readImportFile(file).toString('utf8'));
  if (!parsed.ok) throw new CliError(parsed.message, 2);
  const options = { ...reportOptionsSchema.parse({}), ...overrides };
  try {
    // The file's own decisions: the matches its facilitator rejected stay apart, as on Compare.
    const rejected = rejectedPairs(parsed.data.suggestionMarks ?? []);
    const bytes = await renderReport({ data: parsed.data, options, summaryText: null, rejected });
    await writeFileAtomically(dest, bytes);
  } catch (err) {
    throw new CliError(toAppError(err).message, 1);
  }
  return dest;
}

export const reportCommands: Record<string, Command> = {
  report: {
    usage:
      'report <workshop-id | file.triptych> -o report.docx [--sections a,b,…] [--paper a4|letter]   write the Word report',
    options: {
      output: { type: 'string', short: 'o' },
      sections: { type: 'string' },
      paper: { type: 'string' },
    },
    run: async (ctx, args, io) => {
      const [source, ...rest] = args.positionals;
      if (!source || rest.length > 0)
        throw new CliError('report needs one workshop id or .triptych file.', 2);
      const out = stringOption(args, 'output');
      if (!out) throw new CliError('report needs -o <file.docx>.', 2);
      const overrides = flags(args);
      let dest: string;
      try {
        dest = docxPath(resolve(out));
      } catch (err) {
        throw new CliError(toAppError(err).message, 2);
      }
      if (/\.triptych$/i.test(source)) {
        io.out(await reportFromFile(resolve(source), dest, overrides));
        return;
      }
      const saved = await call(ctx, 'report:options-get', { workshopId: source });
      const result = await call(ctx, 'report:generate', {
        workshopId: source,
        options: { ...saved, ...overrides },
        // The user typed this path: the CLI issues the handle a save dialog would.
        file: issueFileHandle(dest, 'write'),
      });
      io.out(
        args.json ? JSON.stringify(result, null, 2) : result.kind === 'file' ? result.path : result.fileName,
      );
    },
  },
};
