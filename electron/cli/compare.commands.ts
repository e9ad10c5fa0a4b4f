import { compareWorkshop, rejectedPairs } from '../../shared/compare/index.js';
import type { ComparisonResult } from '../../shared/compare/index.js';
import { MAP_STATES } from '../../shared/domain/types.js';
import type { WorkshopData } from '../../shared/domain/workshop-data.js';
import { linkSuggestionKey } from '../../shared/ipc/compare.channels.js';
import type { HandlerContext } from '../core/handlers/types.js';
import { type Command, CliError, call, stringOption } from './command.js';
import { comparisonText } from './compare-output.js';

/** The comparison exactly as Compare shows it: stored links, automatic matches, rejected pairs left out. */
async function compared(ctx: HandlerContext, id: string) {
  const data = await call(ctx, 'workshop:data', { id });
  const marks = await call(ctx, 'suggestion:list', { workshopId: id });
  const result = compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: { hoursPerDay: data.workshop.hoursPerDay, automatic: { rejected: rejectedPairs(marks) } },
  });
  return { data, result };
}

/** Every step beside its status, and every match with its source and confidence, for scripts. */
export function comparisonJson(data: WorkshopData, result: ComparisonResult) {
  const steps = MAP_STATES.flatMap((state) => {
    const lanes = new Map(data.maps[state].lanes.map((l) => [l.id, l.name]));
    return data.maps[state].steps.map((step) => {
      const s = result.statuses.byStep[step.id];
      return {
        id: step.id,
        state,
        title: step.title,
        lane: step.laneId === null ? null : (lanes.get(step.laneId) ?? null),
        status: s?.status ?? null,
        label: s?.label ?? null,
        technology: s?.technology ?? null,
      };
    });
  });
  const matches = result.correspondence.links.map((l) => ({
    fromStepId: l.fromStepId,
    toStepId: l.toStepId,
    source: l.sources.includes('lineage') ? 'lineage' : l.sources.includes('manual') ? 'manual' : 'automatic',
    sources: l.sources,
    confidence: l.confidence,
    reasons: l.reasons,
  }));
  return { ...result, steps, matches };
}

export const compareCommands: Record<string, Command> = {
  compare: {
    usage: 'compare <workshop-id> [--json]   step statuses, measures with deltas, change realized, verdict',
    run: async (ctx, args, io) => {
      const id = args.positionals[0];
      if (!id || args.positionals.length > 1) throw new CliError('compare needs one workshop id.', 2);
      const { data, result } = await compared(ctx, id);
      io.out(
        args.json ? JSON.stringify(comparisonJson(data, result), null, 2) : comparisonText(data, result),
      );
    },
  },
  links: {
    usage:
      'links <workshop-id> [--accept-all | --reject-all | --accept <from>:<to> | --reject <from>:<to>] [--json]   review automatic matches',
    options: {
      'accept-all': { type: 'boolean', default: false },
      'reject-all': { type: 'boolean', default: false },
      accept: { type: 'string' },
      reject: { type: 'string' },
    },
    run: async (ctx, args, io) => {
      const id = args.positionals[0];
      if (!id || args.positionals.length > 1) throw new CliError('links needs one workshop id.', 2);
      const chosen = ['accept-all', 'reject-all', 'accept', 'reject'].filter(
        (k) => args.values[k] !== undefined && args.values[k] !== false,
      );
      if (chosen.length > 1)
        throw new CliError('Choose one of --accept-all, --reject-all, --accept, --reject.', 2);
      const { result } = await compared(ctx, id);
      const pair = (value: string | undefined) => {
        const [from, to] = (value ?? '').split(':');
        const found = result.automatic.find(
          (m) => (m.fromStepId === from && m.toStepId === to) || (m.fromStepId === to && m.toStepId === from),
        );
        if (!found) throw new CliError(`No automatic match ${value ?? ''}: see "triptych links ${id}".`, 2);
        return [found];
      };
      const action = chosen[0];
      const targets =
        action === 'accept'
          ? pair(stringOption(args, 'accept'))
          : action === 'reject'
            ? pair(stringOption(args, 'reject'))
            : result.automatic;
      const accept = action === 'accept' || action === 'accept-all';
      if (action === 'accept-all' && targets.length > 0) {
        // One edit: one undo in the app restores every match it accepted.
        const pairs = targets.map((m) => ({ fromStepId: m.fromStepId, toStepId: m.toStepId }));
        await call(ctx, 'link:accept-many', { workshopId: id, pairs });
      } else if (action !== undefined) {
        for (const m of targets) {
          if (accept) await call(ctx, 'link:create', { fromStepId: m.fromStepId, toStepId: m.toStepId });
          else
            await call(ctx, 'suggestion:reject', {
              workshopId: id,
              key: linkSuggestionKey(m.fromStepId, m.toStepId),
            });
        }
      }
      const done = action === undefined ? 'listed' : accept ? 'accepted' : 'rejected';
      if (args.json) return io.out(JSON.stringify({ [done]: targets }, null, 2));
      if (action !== undefined)
        return io.out(`${targets.length} automatic ${targets.length === 1 ? 'match' : 'matches'} ${done}.`);
      io.out(
        targets.length === 0
          ? 'No automatic matches to review.'
          : targets
              .map(
                (m) =>
                  `${m.fromStepId}:${m.toStepId}  ${Math.round(m.confidence * 100)} %  ${m.reasons.join('; ')}`,
              )
              .join('\n'),
      );
    },
  },
};
