import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  type ActionAnswer,
  type JoinAnswer,
  type ParticipantInput,
  type ParticipantRoute,
  type ParticipantView,
  participantRoutes,
} from '../../shared/participation/contract.js';
import { toAppError } from '../core/store/errors.js';
import { refuse, send } from './http.js';
import type { RateLimiter } from './rate-limit.js';

/** What the room server may ask of the open session; the facilitator's API is not in it. */
export interface RoomApi {
  rev(): number;
  participant(token: string): string | null;
  /** A token for a new participant, or null when the code is wrong or the room has ended. */
  join(code: string, name: string): JoinAnswer | null;
  view(participantId: string): ParticipantView;
  contribute(participantId: string, input: ParticipantInput<'contribute'>): ActionAnswer;
  vote(participantId: string, input: ParticipantInput<'vote'>): ActionAnswer;
  limits: { actions: RateLimiter; failedJoins: RateLimiter };
}

const STATUS: Record<string, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  db_busy: 503,
};

function issue(error: z.ZodError): { message: string; path: string } {
  const first = error.issues[0]!;
  const path = first.path.map(String).join('.');
  return { path, message: path ? `${path}: ${first.message}` : first.message };
}

export function handleRoute(
  res: ServerResponse,
  room: RoomApi,
  req: { route: ParticipantRoute; payload: unknown; token: string | undefined; from: string },
): void {
  const parsed = participantRoutes[req.route].safeParse(req.payload);
  if (!parsed.success) {
    const { message, path } = issue(parsed.error);
    return send(res, 400, { ok: false, error: { code: 'invalid_input', message, path } });
  }
  if (req.route === 'join') {
    if (room.limits.failedJoins.exhausted(req.from))
      return refuse(res, 429, 'rate_limited', 'Too many wrong codes; wait a minute and try again.');
    const input = parsed.data as ParticipantInput<'join'>;
    const answer = room.join(input.code, input.name ?? '');
    if (answer) return send(res, 200, { ok: true, value: answer });
    room.limits.failedJoins.take(req.from);
    return refuse(res, 403, 'forbidden', 'That join code is not right, or the session has ended.');
  }
  const who = req.token ? room.participant(req.token) : null;
  if (!who) return refuse(res, 401, 'forbidden', 'Your access to this room has ended.');
  if (!room.limits.actions.take(who))
    return refuse(res, 429, 'rate_limited', 'Too many requests; slow down a little.');
  try {
    const value =
      req.route === 'state'
        ? room.view(who)
        : req.route === 'contribute'
          ? room.contribute(who, parsed.data as ParticipantInput<'contribute'>)
          : room.vote(who, parsed.data as ParticipantInput<'vote'>);
    send(res, 200, { ok: true, value });
  } catch (err) {
    const e = toAppError(err);
    if (e.code === 'internal') console.error('[participation]', err);
    send(res, STATUS[e.code] ?? 500, {
      ok: false,
      error: e.path
        ? { code: e.code, message: e.message, path: e.path }
        : { code: e.code, message: e.message },
    });
  }
}
