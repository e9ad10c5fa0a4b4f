import { VISIBILITIES, type Visibility } from '../../shared/firm/types.js';
import { migrateFirm } from '../core/firm/migrate.js';
import { firmOf } from '../core/firm/service.js';
import { type Command, type CommandArgs, CliError, call, stringOption } from './command.js';
import { firmHitLine, outboxLine, statusText } from './firm-output.js';

const USAGE = [
  'firm status [--json]                 the firm library and what waits in the outbox',
  '  firm publish <workshop-id> [--visibility firm|team|owner] [--team <role>] [--industry <text>]',
  '  firm search "<text>" [--json]        search the firm library',
  '  firm pull <version-id> [--as-template] [--replace]   into the local library',
  '  firm sync                            send what waits now',
  '  firm migrate                         create or upgrade the firm schema (IT, as the owner role)',
  '  (the library: --firm-url postgres://user@host/db or TRIPTYCH_FIRM_URL; password in the URL or PGPASSWORD)',
].join('\n');

function visibility(args: CommandArgs): Visibility {
  const v = stringOption(args, 'visibility') ?? 'firm';
  if (!(VISIBILITIES as readonly string[]).includes(v))
    throw new CliError(`--visibility is one of ${VISIBILITIES.join(', ')}.`, 2);
  return v as Visibility;
}

function need(args: CommandArgs, what: string): string {
  const v = args.positionals[1];
  if (!v) throw new CliError(`firm ${args.positionals[0]} needs ${what}.`, 2);
  return v;
}

export const firmCommands: Record<string, Command> = {
  firm: {
    usage: USAGE,
    options: {
      'firm-url': { type: 'string' },
      visibility: { type: 'string' },
      team: { type: 'string' },
      industry: { type: 'string' },
      'as-template': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
    },
    run: async (ctx, args, io) => {
      const firm = firmOf(ctx.core);
      const url = stringOption(args, 'firm-url');
      if (url) firm.useUrl(url);
      const sub = args.positionals[0];
      const print = (value: unknown, text: string) =>
        io.out(args.json ? JSON.stringify(value, null, 2) : text);
      switch (sub) {
        case 'status': {
          const s = await call(ctx, 'firm:status', {});
          return print(s, statusText(s));
        }
        case 'sync': {
          const s = await call(ctx, 'firm:sync', {});
          return print(s, statusText(s));
        }
        case 'publish': {
          const team = stringOption(args, 'team');
          const industry = stringOption(args, 'industry');
          const item = await call(ctx, 'firm:publish', {
            workshopId: need(args, 'the id of a workshop'),
            visibility: visibility(args),
            ...(team ? { team } : {}),
            ...(industry ? { industry } : {}),
          });
          return print(item, outboxLine(item));
        }
        case 'search': {
          const text = args.positionals.slice(1).join(' ');
          if (text.trim() === '') throw new CliError('firm search needs the text to look for.', 2);
          const hits = await call(ctx, 'firm:search', { text });
          return print(
            hits,
            hits.length === 0
              ? `Nothing in the firm library for "${text}".`
              : hits.map(firmHitLine).join('\n'),
          );
        }
        case 'pull': {
          const versionId = need(args, 'the id of a published version');
          const opened = await call(ctx, 'firm:open', { versionId });
          const result =
            opened.mine && args.values['as-template'] !== true
              ? await call(ctx, 'firm:download', { versionId, overwrite: args.values.replace === true })
              : await call(ctx, 'firm:use-template', { versionId });
          return print(result, result.workshopId);
        }
        case 'migrate': {
          const version = await firm.run(async (client) => migrateFirm(client));
          return print({ version }, `The firm schema is at version ${version}.`);
        }
        default:
          throw new CliError(
            `firm needs one of: status, publish, search, pull, sync, migrate.\n\n  ${USAGE}`,
            2,
          );
      }
    },
  },
};
