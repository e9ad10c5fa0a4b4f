import { type Command, CliError, call, stringOption } from './command.js';
import { workshopTable } from './output.js';

export const workshopCommands: Record<string, Command> = {
  list: {
    usage: 'list [--all] [--json]            list workshops, newest first',
    options: { all: { type: 'boolean', default: false } },
    run: async (ctx, args, io) => {
      const rows = await call(ctx, 'workshop:list', { includeArchived: args.values.all === true });
      io.out(args.json ? JSON.stringify(rows, null, 2) : workshopTable(rows));
    },
  },
  new: {
    usage:
      'new --client <name> --title <title> [--date YYYY-MM-DD] [--json]   create a workshop, print its id',
    options: { client: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' } },
    run: async (ctx, args, io) => {
      const client = stringOption(args, 'client');
      const title = stringOption(args, 'title');
      const date = stringOption(args, 'date');
      if (client === undefined || title === undefined)
        throw new CliError('new needs --client <name> and --title <title>.', 2);
      const created = await call(ctx, 'workshop:create', { client, title, ...(date ? { date } : {}) });
      io.out(args.json ? JSON.stringify(created, null, 2) : created.workshop.id);
    },
  },
};
