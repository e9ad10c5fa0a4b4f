import type { MapState } from '../domain/types.js';
import type { IpcResult } from '../ipc/result.js';

/**
 * The participation protocol's plain parts (types and constants, no zod), so the phones' page
 * carries only what it needs; the schemas that check each request are in `contract.ts`.
 */

/** Header carrying the participant's token. */
export const PARTICIPANT_TOKEN_HEADER = 'x-participant-token';

export const CONTRIBUTION_KINDS = ['pain_point', 'idea', 'question'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export type ParticipantRoute = 'join' | 'state' | 'contribute' | 'vote';

export type ContributionStatus = 'pending' | 'accepted' | 'merged' | 'hidden';

/** What the phone shows: one read-only map in large type, what I sent, what I voted. */
export interface ParticipantView {
  rev: number;
  workshopTitle: string;
  me: { id: string; name: string };
  focus: { state: MapState; stepId: string | null };
  steps: { id: string; title: string; lane: string; painPoints: { id: string; text: string }[] }[];
  budget: number;
  used: number;
  myVotes: Record<string, number>;
  /** Totals per pain point, only while the facilitator shows them. */
  totals: Record<string, number> | null;
  votingLocked: boolean;
  mine: { clientId: string; kind: ContributionKind; text: string; status: ContributionStatus }[];
  endsAt: string;
}

export interface JoinAnswer {
  token: string;
  participantId: string;
}

/** What an action answers; a retry of the same clientId answers the same, without acting again. */
export interface ActionAnswer {
  clientId: string;
  duplicate: boolean;
}

export type ParticipantResult<T> = IpcResult<T>;

/** Pushed over the WebSocket: something changed, fetch the view (or: your access has ended). */
export type ParticipantPush = { type: 'changed'; rev: number } | { type: 'ended'; reason: string };
