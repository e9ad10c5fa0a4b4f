import { resolve } from 'node:path';
import { rejectedPairs } from '../../shared/compare/index.js';
import { parseTriptych } from '../../shared/exchange/triptych-file.js';
import { reportOptionsSchema } from '../../shared/report/options.js';
import { pptxPath, renderDeck } from '../core/deck/service.js';
import { readImportFile } from '../core/exchange/files.js';
import { writeFileAtomically } from '../core/report/write-file.js';
import { toAppError } from '../core/store/errors.js';
import { type Command, CliError, call, stringOption } from './command.js';
import { issueFileHandle } from '../core/files/handles.js';

/** A `.triptych` file is presented straight from the file: nothing is imported into the library. */
async function deckFromFile(file: string, dest: string): Promise<string> {
  const parsed = parseTriptych(readImportFile(file).toString('utf8'));
  if (!parsed.ok) throw new CliError(parsed.message, 2);
  try {
    // The file's own decisions: the matches its facilitator rejected stay apart, as on Compare.
    const rejected = rejectedPairs(parsed.data.suggestionMarks ?? []);
    await writeFileAtomically(dest, await renderDeck(parsed.data, reportOptionsSchema.parse({}), rejected));
  } catch (err) {
    throw new CliError(toAppError(err).message, 1);
  }
  return dest;
}

export const deckCommands: Record<string, Command> = {
  deck: {
    usage: 'deck <workshop-id | file.triptych> -o deck.pptx   write the read-out deck (PowerPoint)',
    options: { output: { type: 'string', short: 'o' } },
    run: async (ctx, args, io) => {
      const [source, ...rest] = args.positionals;
      if (!source || rest.length > 0) throw new CliError('deck needs one workshop id or .triptych file.', 2);
      const out = stringOption(args, 'output');
      if (!out) throw new CliError('deck needs -o <file.pptx>.', 2);
      let dest: string;
      try {
        dest = pptxPath(resolve(out));
      } catch (err) {
        throw new CliError(toAppError(err).message, 2);
      }
      if (/\.triptych$/i.test(source)) {
        io.out(await deckFromFile(resolve(source), dest));
        return;
      }
      const result = await call(ctx, 'report:deck', {
        workshopId: source,
        // The user typed this path: the CLI issues the handle a save dialog would.
        file: issueFileHandle(dest, 'write'),
      });
      io.out(
        args.json ? JSON.stringify(result, null, 2) : result.kind === 'file' ? result.path : result.fileName,
      );
    },
  },
};
