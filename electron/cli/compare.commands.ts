import { compareWorkshop } from '../../shared/compare/index.js';
import { type Command, CliError, call } from './command.js';
import { comparisonText } from './compare-output.js';

export const compareCommands: Record<string, Command> = {
  compare: {
    usage: 'compare <workshop-id> [--json]   step statuses, measures with deltas, change realized, verdict',
    run: async (ctx, args, io) => {
      const id = args.positionals[0];
      if (!id || args.positionals.length > 1) throw new CliError('compare needs one workshop id.', 2);
      const data = await call(ctx, 'workshop:data', { id });
      const result = compareWorkshop({
        maps: data.maps,
        links: data.links,
        options: { hoursPerDay: data.workshop.hoursPerDay },
      });
      io.out(args.json ? JSON.stringify(result, null, 2) : comparisonText(data, result));
    },
  },
};
