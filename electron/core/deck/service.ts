import { exportFileName } from '../../../shared/exchange/file-name.js';
import type { GeneratedReport } from '../../../shared/ipc/report.channels.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { rejectedPairs } from '../../../shared/compare/index.js';
import type { RejectedPairs } from '../../../shared/report/build.js';
import { buildDeckModel } from '../../../shared/report/deck/build.js';
import { listMarks } from '../edits/suggestion-marks.js';
import { type JobHooks, NO_HOOKS } from '../jobs/hooks.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { comparisonFor } from '../report/comparison-cache.js';
import { loadReportOptions } from '../report/settings.js';
import { checkDestinationFolder, writeFileAtomically } from '../report/write-file.js';
import { writeDeck } from './write.js';

/** The destination with `.pptx` added when the name has no extension of its own. */
export function pptxPath(destination: string): string {
  if (/\.pptx$/i.test(destination)) return destination;
  if (/\.[a-z0-9]{1,5}$/i.test(destination))
    throw new AppError('invalid_input', 'The deck file must end with .pptx.', 'destination');
  return `${destination}.pptx`;
}

/** The read-out deck of a workshop as .pptx bytes. */
export function renderDeck(
  data: WorkshopData,
  options: ReportOptions,
  rejected: RejectedPairs = [],
): Promise<Uint8Array> {
  const author = data.workshop.facilitator.trim() || options.firmName || 'Triptych';
  const model = buildDeckModel(data, options, comparisonFor(data, rejected));
  return writeDeck(model, { author, language: options.language });
}

export interface DeckInput {
  workshopId: string;
  options?: ReportOptions | undefined;
  destination?: string | undefined;
}

/** Writes the deck where asked, or hands it back as bytes for a download. */
export async function generateDeck(
  db: Db,
  input: DeckInput,
  hooks: JobHooks = NO_HOOKS,
): Promise<GeneratedReport> {
  const dest = input.destination === undefined ? undefined : pptxPath(input.destination);
  if (dest !== undefined) await checkDestinationFolder(dest);
  hooks.progress('Reading the workshop', 0, 3);
  const data = loadWorkshopData(db, input.workshopId);
  const options = input.options ?? loadReportOptions(db, input.workshopId);
  hooks.progress('Drawing the slides', 1, 3);
  // Pairs the facilitator rejected in Compare stay unmatched in the deck, as in the report.
  const bytes = await renderDeck(data, options, rejectedPairs(listMarks(db, input.workshopId)));
  hooks.progress('Saving the file', 2, 3);
  if (dest === undefined) {
    const fileName = exportFileName([data.engagement.client, data.workshop.title, 'read-out'], 'pptx');
    return { kind: 'download', fileName, base64: Buffer.from(bytes).toString('base64'), bytes: bytes.length };
  }
  await writeFileAtomically(dest, bytes);
  return { kind: 'file', path: dest, bytes: bytes.length };
}
