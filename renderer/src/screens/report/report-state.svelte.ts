import type { GeneratedReport, ReportSummary } from '../../../../shared/ipc/report.channels.js';
import type { ReportOptions } from '../../../../shared/report/options.js';
import type { OutlineEntry } from '../../../../shared/report/outline.js';
import { ApiError, call, transportKind } from '../../lib/api.js';
import { downloadBase64 } from './download.js';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The report stage of one workshop: its saved options, outline, summary, and a generation in progress. */
export class ReportState {
  options = $state<ReportOptions | null>(null);
  outline = $state<OutlineEntry[]>([]);
  summary = $state<ReportSummary | null>(null);
  /** An error about a field (e.g. the logo), by the field's name. */
  fieldError = $state<Record<string, string>>({});
  error = $state<string | null>(null);
  generating = $state(false);
  result = $state<GeneratedReport | null>(null);
  deckBusy = $state(false);
  deckResult = $state<GeneratedReport | null>(null);

  /** Where a generated report ends up, in the user's words. */
  readonly savedTo =
    transportKind === 'browser' ? 'in your browser’s downloads' : 'where you chose in the save dialog';

  constructor(readonly workshopId: string) {}

  async load(): Promise<void> {
    try {
      const workshopId = this.workshopId;
      const [options, summary, outline] = await Promise.all([
        call('report:options-get', { workshopId }),
        call('report:summary-get', { workshopId }),
        call('report:outline', { workshopId }),
      ]);
      this.options = options;
      this.summary = summary;
      this.outline = outline;
    } catch (err) {
      this.error = message(err);
    }
  }

  /** Saves a change to the options (remembered for this workshop) and refreshes the outline. */
  async saveOptions(change: Partial<ReportOptions>, field?: string): Promise<void> {
    if (!this.options) return;
    const next = { ...this.options, ...change };
    try {
      this.options = await call('report:options-save', { workshopId: this.workshopId, options: next });
      if (field) this.fieldError = { ...this.fieldError, [field]: '' };
      this.outline = await call('report:outline', { workshopId: this.workshopId });
      this.error = null;
    } catch (err) {
      if (field && err instanceof ApiError && err.code === 'invalid_input')
        this.fieldError = { ...this.fieldError, [field]: err.message.replace(/^options\.\w+: /, '') };
      else this.error = message(err);
    }
  }

  /** Saves the edited summary; null goes back to the draft. */
  async saveSummary(text: string | null): Promise<void> {
    try {
      this.summary = await call('report:summary-save', { workshopId: this.workshopId, text });
    } catch (err) {
      this.error = message(err);
    }
  }

  /** Writes the report (a job: its progress and Cancel show in JobProgress) and hands it to the downloads. */
  async generate(): Promise<void> {
    if (this.generating) return;
    this.generating = true;
    this.result = null;
    this.error = null;
    try {
      const result = await call('report:generate', { workshopId: this.workshopId });
      if (result.kind === 'download') downloadBase64(result.base64, result.fileName);
      this.result = result;
    } catch (err) {
      this.error = message(err);
    } finally {
      this.generating = false;
    }
  }

  /** Writes the read-out deck (.pptx) with the same options and hands it to the downloads. */
  async generateDeck(): Promise<void> {
    if (this.deckBusy) return;
    this.deckBusy = true;
    this.deckResult = null;
    this.error = null;
    try {
      const result = await call('report:deck', { workshopId: this.workshopId });
      if (result.kind === 'download') downloadBase64(result.base64, result.fileName);
      this.deckResult = result;
    } catch (err) {
      this.error = message(err);
    } finally {
      this.deckBusy = false;
    }
  }
}
