import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { MapState } from '../../shared/domain/types.js';
import {
  type ContributionKind,
  type ContributionStatus,
  JOIN_ALPHABET,
  JOIN_CODE_LENGTH,
} from '../../shared/participation/contract.js';
import { AppError } from '../core/store/errors.js';

export interface Participant {
  id: string;
  name: string;
  /** How their votes are signed in the votes table: unique within the session. */
  label: string;
  joinedAt: string;
}

export interface Contribution {
  id: string;
  clientId: string;
  participantId: string;
  kind: ContributionKind;
  text: string;
  stepId: string | null;
  status: ContributionStatus;
  /** The pain point or parking-lot item it became, or the pain point it was merged into. */
  landedId: string | null;
  at: string;
}

export interface RoomSettings {
  budget: number;
  revealTotals: boolean;
  votingLocked: boolean;
  focus: { state: MapState; stepId: string | null };
}

export const MAX_PARTICIPANTS = 500;

function joinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/**
 * One open room, in memory: its join code, who joined (by token), what they sent and which of
 * their action ids were already done. What lands in the workshop goes through ordinary edits;
 * this holds only what lives and dies with the session.
 */
export class RoomSession {
  readonly id = randomUUID();
  readonly joinCode = joinCode();
  readonly participants = new Map<string, Participant>();
  readonly contributions: Contribution[] = [];
  private readonly tokens = new Map<string, string>();
  private readonly done = new Map<string, unknown>();
  rev = 1;
  ended = false;

  constructor(
    readonly workshopId: string,
    readonly endsAt: Date,
    public settings: RoomSettings,
  ) {}

  codeMatches(given: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(this.joinCode);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  join(name: string): { token: string; participant: Participant } {
    if (this.participants.size >= MAX_PARTICIPANTS) throw new AppError('conflict', 'The room is full.');
    const id = randomUUID();
    const shown = name || 'Anonymous';
    const participant = {
      id,
      name: shown,
      label: `${shown} #${id.slice(0, 4)}`,
      joinedAt: new Date().toISOString(),
    };
    const token = randomBytes(32).toString('base64url');
    this.participants.set(id, participant);
    this.tokens.set(token, id);
    this.touch();
    return { token, participant };
  }

  /** The participant a token belongs to, or null (unknown, removed, or the room has ended). */
  byToken(token: string | undefined): Participant | null {
    if (this.ended || !token) return null;
    const id = this.tokens.get(token);
    return id ? (this.participants.get(id) ?? null) : null;
  }

  remove(participantId: string): void {
    if (!this.participants.delete(participantId))
      throw new AppError('not_found', 'That participant is no longer in the room.');
    for (const [t, id] of this.tokens) if (id === participantId) this.tokens.delete(t);
    this.touch();
  }

  /** Runs an action once per (participant, clientId); a retry gets the first answer back. */
  once<T>(participantId: string, clientId: string, act: () => T): { value: T; duplicate: boolean } {
    const key = `${participantId}:${clientId}`;
    if (this.done.has(key)) return { value: this.done.get(key) as T, duplicate: true };
    const value = act();
    this.done.set(key, value);
    return { value, duplicate: false };
  }

  contribution(id: string): Contribution {
    const c = this.contributions.find((x) => x.id === id);
    if (!c) throw new AppError('not_found', 'That contribution is not in this room.', 'contributionId');
    return c;
  }

  touch(): void {
    this.rev++;
  }
}
