import type { SearchHit } from '../../shared/ipc/search.channels.js';
import { type Command, CliError, call, stringOption } from './command.js';

const LABELS: Record<SearchHit['entity'], string> = {
  workshop: 'workshop',
  step: 'step',
  pain_point: 'pain point',
  finding: 'finding',
  action: 'action',
  parking_lot: 'parking lot',
  decision: 'decision',
};

/** One line per hit: what it is, where, and the text around it with hits in [brackets]. */
function hitLine(hit: SearchHit): string {
  const where = [hit.client, hit.workshopTitle, hit.state, hit.stepTitle].filter(Boolean).join(' › ');
  const text = hit.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
  return `${LABELS[hit.entity].padEnd(11)} ${where}\n            ${text.replace(/\s+/g, ' ').trim()}`;
}

export const searchCommands: Record<string, Command> = {
  search: {
    usage: 'search "<text>" [--workshop <id>] [--limit n] [--json]   full-text search across workshops',
    options: { workshop: { type: 'string' }, limit: { type: 'string' } },
    run: async (ctx, args, io) => {
      const text = args.positionals.join(' ');
      if (text.trim() === '') throw new CliError('search needs the text to look for.', 2);
      const workshopId = stringOption(args, 'workshop');
      const limit = stringOption(args, 'limit');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw new CliError('--limit takes a number.', 2);
      const hits = await call(ctx, 'search:query', {
        text,
        ...(workshopId ? { workshopId } : {}),
        ...(limit ? { limit: Number(limit) } : {}),
      });
      if (args.json) io.out(JSON.stringify(hits, null, 2));
      else io.out(hits.length === 0 ? `Nothing found for "${text}".` : hits.map(hitLine).join('\n'));
    },
  },
};
