import {
  PARTICIPANT_TOKEN_HEADER,
  type ParticipantRoute,
  type ParticipantResult,
} from '../../../shared/participation/protocol.js';

/** A request that never got an answer we can trust (offline, rate limited, server trouble): try again. */
export class RetryLater extends Error {}

/** One request to the room server; an answer that is a clear refusal comes back as `{ ok: false }`. */
export async function post<T>(
  route: ParticipantRoute,
  body: unknown,
  token?: string,
): Promise<ParticipantResult<T>> {
  let res: Response;
  try {
    res = await fetch(`./p/api/${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { [PARTICIPANT_TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new RetryLater('No connection to the room.');
  }
  if (res.status === 429 || res.status >= 500) throw new RetryLater('The room is busy.');
  try {
    return (await res.json()) as ParticipantResult<T>;
  } catch {
    throw new RetryLater('The room answered oddly.');
  }
}
