import type { MapState } from '../domain/types.js';
import type { SnippetPart } from '../search/fts-query.js';

/** Who may read a published version: the whole firm, one team (a PostgreSQL role), or its publisher. */
export const VISIBILITIES = ['firm', 'team', 'owner'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface PublishOptions {
  visibility: Visibility;
  /** The team role, when visibility is 'team'. */
  team: string | null;
  industry: string;
}

/** One immutable version in the firm library, as lists and searches show it. */
export interface FirmVersionSummary {
  id: string;
  workshopKey: string;
  version: number;
  publisher: string;
  publishedAt: string;
  visibility: Visibility;
  team: string | null;
  title: string;
  client: string;
  industry: string;
  processName: string;
  date: string | null;
  facilitator: string;
  tags: string[];
  verdictPercent: number | null;
  leadMinutes: Record<MapState, number | null>;
}

export interface FirmHit extends FirmVersionSummary {
  source: 'firm';
  rank: number;
  snippet: SnippetPart[];
  /** True when the signed-in consultant published it (so "Download to continue" applies). */
  mine: boolean;
}

export interface PublishedVersion {
  id: string;
  workshopKey: string;
  version: number;
  publishedAt: string;
}

/** A publish waiting in the local outbox (or sent). */
export interface OutboxItem {
  id: string;
  workshopId: string;
  title: string;
  visibility: Visibility;
  team: string | null;
  queuedAt: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  versionId: string | null;
  version: number | null;
}

export interface FirmTargetView {
  host: string;
  port: number;
  database: string;
  user: string;
}

/** The firm library as the app sees it now; never waits on the network to answer. */
export interface FirmStatus {
  configured: boolean;
  /** 'settings' (Settings → Firm library) or 'url' (TRIPTYCH_FIRM_URL / --firm-url). */
  source: 'settings' | 'url' | null;
  target: FirmTargetView | null;
  /** TLS is used (and required) for every host but this machine. */
  tls: boolean;
  passwordKnown: boolean;
  /** Where a password given in Settings is kept: the OS credential store, or this session's memory. */
  passwordStorage: 'os' | 'memory';
  connection: 'unknown' | 'online' | 'offline' | 'refused';
  lastError: string | null;
  checkedAt: string | null;
  waiting: number;
  outbox: OutboxItem[];
}
